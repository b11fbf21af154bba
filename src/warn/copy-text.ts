/**
 * Copies text to the clipboard from a click handler. The async Clipboard API first; where it is refused (an
 * http: page, an unfocused frame, an older engine) a selected textarea inside our own shadow root and
 * `execCommand('copy')`, which works in content scripts during a user gesture. The textarea never holds markup.
 */
export async function copyText(text: string, container: Node | null): Promise<boolean> {
	try {
		if (navigator.clipboard?.writeText) {
			await navigator.clipboard.writeText(text);
			return true;
		}
	} catch {
		// Fall back below.
	}
	const doc = container?.ownerDocument ?? (typeof document === 'undefined' ? null : document);
	if (!doc || !container) return false;
	const area = doc.createElement('textarea');
	area.value = text;
	area.setAttribute('readonly', '');
	area.style.setProperty('position', 'fixed');
	area.style.setProperty('opacity', '0');
	area.style.setProperty('inset', '0');
	container.appendChild(area);
	try {
		area.select();
		return typeof doc.execCommand === 'function' && doc.execCommand('copy');
	} catch {
		return false;
	} finally {
		area.remove();
	}
}
