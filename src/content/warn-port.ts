import type {
	BannerMountOptions,
	FieldMountOptions,
	InlineMountOptions,
	WarningHandle,
	WarningState,
} from '../warn/types';

/**
 * The content script's one door to the warning UI (src/warn). Until the warning components are wired in here,
 * a plain text stand-in marks the element, so scanning can be tested end to end; switching to the real UI is
 * the three assignments in `warnUi` below.
 */
export interface WarnUi {
	inline(opts: InlineMountOptions): WarningHandle;
	banner(opts: BannerMountOptions): WarningHandle;
	field(field: Element, opts: FieldMountOptions): WarningHandle;
}

function standIn(
	doc: Document,
	place: (host: Element) => void,
	text: string,
	opts: { signal: AbortSignal },
): WarningHandle {
	const host = doc.createElement('div');
	const root = host.attachShadow({ mode: 'closed' });
	const box = doc.createElement('div');
	box.setAttribute('role', 'alert');
	box.textContent = text;
	root.append(box);
	let state: WarningState = 'shown';
	place(host);
	const remove = () => {
		host.remove();
		state = 'removed';
	};
	opts.signal.addEventListener('abort', remove, { once: true });
	return {
		update() {},
		remove,
		get state() {
			return state;
		},
	};
}

function summary(o: InlineMountOptions | BannerMountOptions | FieldMountOptions): string {
	return `RefundGuard: ${o.verdict.level} ${o.verdict.family ?? ''}`;
}

export const warnUi: WarnUi = {
	inline: (o) => standIn(o.anchor.ownerDocument, (h) => o.anchor.after(h), summary(o), o),
	banner: (o) => {
		const doc = o.document ?? document;
		return standIn(doc, (h) => (doc.body ?? doc.documentElement).prepend(h), summary(o), o);
	},
	field: (field, o) => standIn(field.ownerDocument, (h) => field.after(h), summary(o), o),
};
