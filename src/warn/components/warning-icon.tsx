/** A warning triangle drawn with currentColor; decorative (the text says everything). */
export function WarningIcon() {
	return (
		<svg class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
			<path d="M10 1.5 19 18H1Z" fill="currentColor" />
			<path d="M9 7h2v5H9zM9 13.5h2v2H9z" fill="#fff" />
		</svg>
	);
}
