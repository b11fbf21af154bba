import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { InlineWarning } from '../warn/components/warning-view';
import { installStyles } from '../warn/style-install';
import type { WarnAction, WarningData } from '../warn/types';

/**
 * The same inline warning a page shows, rendered in an extension page: in its own shadow root with the warning's
 * styles, so the popup's CSS and the warning's never mix.
 */
export function PopupWarning({
	data,
	onAction,
}: {
	data: WarningData;
	onAction: (action: WarnAction) => void;
}) {
	const host = useRef<HTMLDivElement>(null);
	useEffect(() => {
		const el = host.current;
		if (!el) return;
		const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
		installStyles(root);
		const mount = root.querySelector('div.mount') ?? root.appendChild(el.ownerDocument.createElement('div'));
		mount.className = 'mount';
		render(<InlineWarning data={data} onAction={onAction} />, mount);
	}, [data, onAction]);
	useEffect(
		() => () => {
			const mount = host.current?.shadowRoot?.querySelector('div.mount');
			if (mount) render(null, mount);
		},
		[],
	);
	return <div class="popup-warning" ref={host} data-testid="warning-host" />;
}
