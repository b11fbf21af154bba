import { render } from 'preact';
import { fillText, WARN_TEXTS } from '../i18n/warn';
import { siteKey } from '../shared/settings';
import { Announcer, type Speaker } from './announcer';
import { backgroundBridge } from './background-bridge';
import { FieldWarning, InlineWarning, PageBanner, type WarningViewProps } from './components/warning-view';
import { highlightMatches } from './highlight';
import { installStyles } from './style-install';
import type {
	BannerMountOptions,
	FieldMountOptions,
	InlineMountOptions,
	MountCommon,
	WarnAction,
	WarnBridge,
	WarningData,
	WarningHandle,
	WarningState,
} from './types';
import { buildWarningModel } from './warning-model';

/** Shadow roots by host, for tests in this (isolated) world only; the page cannot reach this map. */
export const shadowRootForTests = new WeakMap<Element, ShadowRoot>();

/** After this many removals by the page in one document, warnings there are no longer put back. */
const DOCUMENT_REMOVAL_BUDGET = 4;

interface DocState {
	removals: number;
	banner: MountedWarning | null;
	/** Keys dismissed by the user (element ids or text keys): a re-rendered message stays dismissed. */
	dismissed: Set<string>;
	/** Elements whose warning the user dismissed: a unit nested in or around one of them stays quiet too. */
	dismissedAnchors: WeakRef<Element>[];
	/** "this is fine" site+sender pairs marked on this page. */
	fine: Set<string>;
	byKey: Map<string, MountedWarning>;
	byAnchor: WeakMap<Element, MountedWarning>;
	live: Set<MountedWarning>;
}

const docs = new WeakMap<Document, DocState>();

/**
 * Switches every warning shown in a document to another language (the options' language setting changed):
 * the content script calls it once on `settings/changed`.
 */
export function setWarningsLocale(doc: Document, locale: WarningData['locale']): void {
	for (const warning of docs.get(doc)?.live ?? []) warning.update({ locale });
}

/** Forgets what was dismissed or marked fine in a document (tests; a new document starts fresh anyway). */
export function forgetDocumentForTests(doc: Document): void {
	docs.delete(doc);
}

function docState(doc: Document): DocState {
	let state = docs.get(doc);
	if (!state) {
		state = {
			removals: 0,
			banner: null,
			dismissed: new Set(),
			dismissedAnchors: [],
			fine: new Set(),
			byKey: new Map(),
			byAnchor: new WeakMap(),
			live: new Set(),
		};
		docs.set(doc, state);
	}
	return state;
}

let sharedAnnouncer: Announcer | null = null;
function announcer(): Announcer {
	sharedAnnouncer ??= new Announcer();
	return sharedAnnouncer;
}

/** Short stable key of a message's text, for remembering a dismissal across a re-render. */
function textKey(data: WarningData): string {
	const text = `${data.input.text ?? ''}\n${(data.input.links ?? []).map((l) => l.href).join('\n')}`;
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return `t${(h >>> 0).toString(36)}:${text.length}`;
}

function fineKey(site: string, sender: string): string {
	return `${site}\n${sender}`;
}

/**
 * The host element: inherits nothing from the page (`all: initial`) and is laid out as one block. Inline styles are
 * set through CSSOM (`style.setProperty`), which a page CSP does not block (a `style` attribute in markup it would).
 */
function makeHost(doc: Document, variant: 'inline' | 'banner' | 'field'): HTMLElement {
	const host = doc.createElement('div');
	const s = host.style;
	s.setProperty('all', 'initial', 'important');
	s.setProperty('display', 'block', 'important');
	s.setProperty('box-sizing', 'border-box', 'important');
	if (variant === 'field') {
		s.setProperty('position', 'fixed', 'important');
		s.setProperty('z-index', '2147483647', 'important');
		s.setProperty('margin', '0', 'important');
		s.setProperty('inset', 'auto', 'important');
		s.setProperty('overflow', 'visible', 'important');
	} else {
		// Full width of the chat column or page, whatever the container's layout (flex, grid).
		s.setProperty('width', 'auto', 'important');
		s.setProperty('max-width', '100%', 'important');
		s.setProperty('flex', '0 0 auto', 'important');
		s.setProperty('align-self', 'stretch', 'important');
		s.setProperty('grid-column', '1 / -1', 'important');
		s.setProperty('position', 'relative', 'important');
	}
	return host;
}

type Variant = 'inline' | 'banner' | 'field';

interface MountedWarning extends WarningHandle {
	readonly key: string;
	/** The element the warning belongs to (inline warnings), for telling nested units of one message apart. */
	anchor: Element | null;
	/** The rendered block standing for an unrendered message (`InlineMountOptions.scope`), if any. */
	scope: Element | null;
	readonly site: string;
	readonly data: WarningData;
	moveTo(anchor: Element, textRoot: Node | undefined): void;
	silentRemove(): void;
}

interface Placement {
	insert(host: HTMLElement): boolean;
	/** True when the element the warning belongs to is still on the page (else a removal is not a fight). */
	anchorConnected(): boolean;
	afterShow?(host: HTMLElement, signal: AbortSignal): void;
}

function createWarning(
	variant: Variant,
	options: MountCommon,
	doc: Document,
	key: string,
	placement: Placement,
	textRoot: Node | undefined,
): MountedWarning {
	const state = docState(doc);
	const internal = new AbortController();
	const pageUrl = options.pageUrl ?? options.input.pageUrl ?? doc.location?.href ?? '';
	const site = siteKey(pageUrl);
	const bridge: WarnBridge | null = options.bridge === undefined ? backgroundBridge() : options.bridge;
	let data: WarningData = { ...options, pageUrl };
	let current: WarningState = 'shown';
	let live = true;
	let announceText = '';
	let reattached = false;
	let clearHighlight: () => void = () => {};
	let currentTextRoot = textRoot;

	const host = makeHost(doc, variant);
	const root = host.attachShadow({ mode: 'closed' });
	shadowRootForTests.set(host, root);
	installStyles(root);
	const mountPoint = doc.createElement('div');
	root.appendChild(mountPoint);

	const handleAction = (action: WarnAction) => {
		options.onAction?.(action);
		if (action.type === 'dismiss') {
			state.dismissed.add(key);
			if (handle.anchor) state.dismissedAnchors.push(new WeakRef(handle.anchor));
			if (options.elementId)
				void bridge?.resolve(options.elementId, 'dismissed', site, data.sender ?? '').catch(noop);
			finish('dismissed');
		} else if (action.type === 'this-is-fine') {
			state.fine.add(fineKey(action.site, action.sender));
			if (options.elementId)
				void bridge?.resolve(options.elementId, 'fine', action.site, action.sender).catch(noop);
			// Every warning of that sender on this page goes, not only this one.
			for (const other of [...state.live]) {
				if (other.site === action.site && (other.data.sender ?? '') === action.sender) other.silentRemove();
			}
			finish('dismissed');
		} else if (action.type === 'learn-more') {
			void bridge?.openTips(action.family).catch(noop);
		}
	};

	const paint = () => {
		if (current !== 'shown') return;
		const props: WarningViewProps = {
			data,
			onAction: handleAction,
			live,
			announceText,
			site: variant === 'field' ? undefined : site,
		};
		const View = variant === 'inline' ? InlineWarning : variant === 'banner' ? PageBanner : FieldWarning;
		render(<View {...props} />, mountPoint);
	};

	const highlight = () => {
		clearHighlight();
		clearHighlight = () => {};
		if (currentTextRoot && data.input.text) {
			const tone = data.verdict.level === 'danger' ? 'danger' : 'caution';
			clearHighlight = highlightMatches(currentTextRoot, data.input.text, data.verdict.signals, tone);
		}
	};

	const speaker: Speaker = {
		get name() {
			return buildWarningModel(data).accessibleName;
		},
		summarize(more) {
			return `${this.name}. ${fillText(WARN_TEXTS[data.locale].moreWarnings, { count: more })}`;
		},
		speak(text) {
			live = true;
			announceText = text;
			paint();
		},
		wake() {
			live = true;
			paint();
		},
	};

	const finish = (next: WarningState) => {
		if (current !== 'shown') return;
		current = next;
		internal.abort();
		clearHighlight();
		render(null, mountPoint);
		host.remove();
		state.live.delete(handle);
		if (state.byKey.get(key) === handle) state.byKey.delete(key);
		if (state.banner === handle) state.banner = null;
	};

	const watchRemoval = () => {
		const parent = host.parentNode;
		if (!parent) return;
		const observer = new MutationObserver(() => {
			if (host.isConnected || current !== 'shown') return;
			observer.disconnect();
			onRemovedByPage();
		});
		observer.observe(parent, { childList: true });
		internal.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
	};

	/**
	 * The page took our node out. A chat that re-renders gets the warning back once; a page that keeps removing
	 * foreign nodes wins: we stop instead of fighting it (and the warning is not duplicated either way).
	 */
	const onRemovedByPage = () => {
		state.removals++;
		if (!placement.anchorConnected()) return; // The message itself went; a rescan may mount it again.
		if (reattached || state.removals > DOCUMENT_REMOVAL_BUDGET) {
			finish('gave-up');
			return;
		}
		reattached = true;
		// Let the page's own render finish before putting it back.
		queueMicrotask(() => {
			if (current !== 'shown' || host.isConnected) return;
			if (placement.insert(host)) {
				watchRemoval();
				highlight();
			} else finish('gave-up');
		});
	};

	const handle: MountedWarning = {
		key,
		anchor: null,
		scope: null,
		site,
		get data() {
			return data;
		},
		get state() {
			return current;
		},
		update(next) {
			if (current !== 'shown') return;
			data = { ...data, ...next };
			paint();
			highlight();
		},
		remove() {
			finish('removed');
		},
		silentRemove() {
			finish('dismissed');
		},
		moveTo(anchor, nextTextRoot) {
			if (current !== 'shown') return;
			if (reattached) {
				finish('gave-up');
				return;
			}
			reattached = true;
			handle.anchor = anchor;
			currentTextRoot = nextTextRoot ?? anchor;
			anchor.after(host);
			watchRemoval();
			highlight();
		},
	};

	live = announcer().request(speaker, internal.signal);
	paint();
	if (!placement.insert(host)) {
		current = 'gave-up';
		return handle;
	}
	state.live.add(handle);
	state.byKey.set(key, handle);
	watchRemoval();
	highlight();
	placement.afterShow?.(host, internal.signal);
	const onAbort = () => finish('removed');
	if (options.signal.aborted) onAbort();
	else options.signal.addEventListener('abort', onAbort, { once: true, signal: internal.signal });
	return handle;
}

function noop(): void {}

/** A handle for a warning that is not shown (dismissed before, marked fine, or never placed). */
function inertHandle(state: WarningState): WarningHandle {
	return { state, update: noop, remove: noop };
}

function isSuppressed(doc: Document, key: string, options: MountCommon): boolean {
	const state = docState(doc);
	if (state.dismissed.has(key)) return true;
	const site = siteKey(options.pageUrl ?? options.input.pageUrl ?? doc.location?.href ?? '');
	return state.fine.has(fineKey(site, options.sender ?? '')) || state.fine.has(fineKey(site, ''));
}

/**
 * Shows a warning right after the message, mail or element that triggered it. Calling it again for the same
 * anchor updates that warning; calling it for a re-rendered copy of the same message (same `elementId`, or same
 * text) moves the existing warning there once instead of adding a second one.
 */
export function mountInlineWarning(options: InlineMountOptions): WarningHandle {
	const { anchor } = options;
	const doc = anchor.ownerDocument;
	const state = docState(doc);
	const key = options.elementId ?? textKey(options);
	if (options.signal.aborted || isSuppressed(doc, key, options)) return inertHandle('dismissed');
	if (options.verdict.level === 'none') return inertHandle('removed');
	const nearDismissed = state.dismissedAnchors.some((ref) => {
		const at = ref.deref();
		return at?.isConnected && (at.contains(anchor) || anchor.contains(at));
	});
	if (nearDismissed) return inertHandle('dismissed');
	const same = state.byAnchor.get(anchor);
	if (same && same.state === 'shown') {
		same.update(options);
		return same;
	}
	// One message, one warning: a unit nested in (or around) an already warned element joins its warning, which
	// keeps the stronger verdict. An unrendered message's block (its scope) counts as the message.
	const region = options.scope ?? anchor;
	for (const other of state.live) {
		const at = other.anchor;
		if (!at || at === anchor || !at.isConnected) continue;
		const theirs = other.scope ?? at;
		if (!(theirs.contains(anchor) || region.contains(at) || anchor.contains(theirs))) continue;
		const rank = (v: WarningData['verdict']) => (v.level === 'danger' ? 2 : 1) * 1000 + v.score;
		if (rank(options.verdict) > rank(other.data.verdict)) other.update(options);
		state.byAnchor.set(anchor, other);
		return other;
	}
	const existing = state.byKey.get(key);
	if (existing && existing.state === 'shown') {
		const oldHost = existing as MountedWarning;
		// A re-rendered copy of the same message: move the one warning there.
		oldHost.moveTo(anchor, options.textRoot);
		if (oldHost.state === 'shown') {
			state.byAnchor.set(anchor, oldHost);
			oldHost.update(options);
			return oldHost;
		}
		return oldHost;
	}
	const warning = createWarning(
		'inline',
		options,
		doc,
		key,
		{
			insert(host) {
				if (!anchor.isConnected || !anchor.parentNode) return false;
				anchor.after(host);
				return true;
			},
			anchorConnected: () => anchor.isConnected,
		},
		options.textRoot ?? anchor,
	);
	warning.anchor = anchor;
	warning.scope = options.scope ?? null;
	state.byAnchor.set(anchor, warning);
	return warning;
}

/**
 * Shows the page-level warning (a fake refund page, or a transfer/loan/remote-tool page after a scam contact) as
 * the first thing in the page's body, in the normal flow.
 *
 * Why in the flow and not a fixed overlay: a fixed bar covers whatever the page keeps at its top (its own
 * navigation, a sticky header, the first form fields), and reserving room for it means shifting the page's own
 * fixed elements. In the flow it covers nothing: the page moves down by the banner's height once, the browser's
 * scroll anchoring keeps a reader who already scrolled at the same spot, and the page's own controls stay where its
 * layout puts them relative to each other. The field warning covers the moment a sensitive field gets focus.
 * One banner per document: a second call updates it (e.g. caution becoming danger).
 */
export function mountPageBanner(options: BannerMountOptions): WarningHandle {
	const doc = options.document ?? document;
	const state = docState(doc);
	const key = 'page';
	if (options.signal.aborted || isSuppressed(doc, key, options)) return inertHandle('dismissed');
	if (state.banner && state.banner.state === 'shown') {
		state.banner.update(options);
		return state.banner;
	}
	const banner = createWarning(
		'banner',
		options,
		doc,
		key,
		{
			insert(host) {
				const body = doc.body;
				if (!body) return false;
				body.insertBefore(host, body.firstChild);
				return true;
			},
			anchorConnected: () => Boolean(doc.body?.isConnected),
		},
		undefined,
	);
	state.banner = banner;
	return banner;
}

const FIELD_GAP = 6;

/**
 * Shows a warning anchored to a focused card, password or code field, before anything is typed. The host sits
 * right after the field in the DOM (so Tab from the field reaches its buttons) but is drawn in the top layer (a
 * manual popover) or, without popover support, fixed on top: it moves nothing on the page. It is placed beside the
 * field when there is room, else below it, else above, and never over the field itself.
 */
export function mountFieldWarning(field: Element, options: FieldMountOptions): WarningHandle {
	const doc = field.ownerDocument;
	const key = `field:${options.elementId ?? textKey(options)}`;
	if (options.signal.aborted || isSuppressed(doc, key, options)) return inertHandle('dismissed');
	const existing = docState(doc).byKey.get(key);
	if (existing && existing.state === 'shown') {
		existing.update(options);
		return existing;
	}
	return createWarning(
		'field',
		options,
		doc,
		key,
		{
			insert(host) {
				if (!field.isConnected || !field.parentNode) return false;
				field.after(host);
				return true;
			},
			anchorConnected: () => field.isConnected,
			afterShow(host, signal) {
				const popover = host as HTMLElement & { showPopover?: () => void };
				if (typeof popover.showPopover === 'function') {
					try {
						host.setAttribute('popover', 'manual');
						popover.showPopover();
					} catch {
						host.removeAttribute('popover');
					}
				}
				const place = () => placeNear(host, field);
				place();
				const win = doc.defaultView;
				let queued = false;
				const schedule = () => {
					if (queued) return;
					queued = true;
					(win?.requestAnimationFrame ?? ((fn: () => void) => setTimeout(fn, 16)))(() => {
						queued = false;
						place();
					});
				};
				win?.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
				win?.addEventListener('resize', schedule, { passive: true, signal });
			},
		},
		undefined,
	);
}

function placeNear(host: HTMLElement, field: Element): void {
	const win = host.ownerDocument.defaultView;
	if (!win || !field.isConnected) return;
	const rect = field.getBoundingClientRect();
	const box = host.getBoundingClientRect();
	const vw = win.innerWidth;
	const vh = win.innerHeight;
	let top: number;
	let left: number;
	if (vw - rect.right >= box.width + FIELD_GAP + 8) {
		// Room beside the field: nothing of the form below it is covered.
		left = rect.right + FIELD_GAP;
		top = Math.max(8, Math.min(rect.top, vh - box.height - 8));
	} else {
		const below = rect.bottom + FIELD_GAP;
		const fitsBelow = below + box.height <= vh || rect.top - FIELD_GAP - box.height < 0;
		top = fitsBelow ? below : rect.top - FIELD_GAP - box.height;
		left = Math.max(8, Math.min(rect.left, vw - box.width - 8));
	}
	host.style.setProperty('top', `${Math.round(top)}px`, 'important');
	host.style.setProperty('left', `${Math.round(left)}px`, 'important');
}
