import type { QrDecodeRequest, QrDecodeResponse } from '../shared/message-types';
import { boundedText } from './extract-text';

/**
 * QR candidates: only images a shopper could be asked to scan. An element is considered when the scanner meets
 * it in a scanned area: an <img>, a <canvas>, an element with an inline CSS background image, or an empty element
 * that may carry a stylesheet background (any inside a message unit; elsewhere only when its class or id names a
 * QR code). It becomes a candidate once an IntersectionObserver reports it visible (which also gives its box
 * without a layout read of ours), roughly square, 80-2,000 px, and in a message area or near refund / payment /
 * scan words; an empty element must also have a computed `background-image` (read then, for that one element).
 * Decoding is the background's (qr/decode): a capture of the visible tab cropped to the box covers images,
 * canvases and CSS backgrounds alike; the page's thread only measures the box.
 */

export const MIN_QR_PX = 80;
export const MAX_QR_PX = 2000;
export const QR_BUDGET_PER_PAGE = 20;
/** Delay before a second look at a canvas that held no code (drawn after it appeared). */
const CANVAS_RETRY_MS = 1500;
const NEAR_WORDS =
	/退款|理赔|赔偿|赔付|客服|售后|扫码|扫一扫|二维码|付款|支付|收款|转账|领取|加群|进群|微信|refund|claim|compensat|pay|scan|qr|wechat/i;

export function isQrShaped(width: number, height: number): boolean {
	if (width < MIN_QR_PX || height < MIN_QR_PX || width > MAX_QR_PX || height > MAX_QR_PX) return false;
	const ratio = width / height;
	return ratio > 0.8 && ratio < 1.25;
}

const CSS_URL = /url\(\s*['"]?([^'")]+)['"]?\s*\)/i;

function absolute(url: string, el: Element): string | undefined {
	try {
		return new URL(url, el.ownerDocument.baseURI).href;
	} catch {
		return undefined;
	}
}

/** The URL of an <img> (current source) or of an inline `background-image: url(...)`. */
export function imageUrlOf(el: Element): string | undefined {
	if (el.tagName === 'IMG')
		return (el as HTMLImageElement).currentSrc || (el as HTMLImageElement).src || undefined;
	const m = CSS_URL.exec(el.getAttribute('style') ?? '');
	return m?.[1] ? absolute(m[1], el) : undefined;
}

/**
 * The URL of an element's computed CSS background image (a stylesheet rule), or undefined. A style read: only
 * called for a visible, QR-shaped candidate, never while walking.
 */
export function backgroundUrlOf(el: Element): string | undefined {
	const view = el.ownerDocument.defaultView;
	if (!view) return undefined;
	const m = CSS_URL.exec(view.getComputedStyle(el).backgroundImage || '');
	return m?.[1] ? absolute(m[1], el) : undefined;
}

/** Tags of empty boxes a page may paint a QR code into with a stylesheet background. */
const BOX_TAGS = new Set(['DIV', 'SPAN', 'I', 'A', 'FIGURE', 'P', 'SECTION', 'LI']);
const QR_HINT = /qr|ewm|erweima|code|scan|wechat|weixin|二维码/i;
/** Selector for the boxes inside a message unit that may carry a stylesheet background. */
export const MESSAGE_MEDIA_SELECTOR =
	'img, canvas, [style*="url("], div:empty, span:empty, i:empty, a:empty, figure:empty';

/** An empty element (no child nodes) of a box tag: it shows nothing unless a stylesheet paints it. */
export function isEmptyBox(el: Element): boolean {
	return el.firstChild === null && BOX_TAGS.has(el.tagName);
}

/** Outside message units: an empty box whose class or id names a QR code (no style read). */
export function isHintedEmptyBox(el: Element): boolean {
	if (!isEmptyBox(el)) return false;
	const cls = el.getAttribute('class') ?? '';
	return QR_HINT.test(cls) || QR_HINT.test(el.id);
}

/** Whether an element is worth considering at all (cheap, no layout). */
export function isMediaCandidate(el: Element): boolean {
	const tag = el.tagName;
	if (tag === 'IMG' || tag === 'CANVAS') return true;
	const style = el.getAttribute('style');
	return !!style && /background(-image)?\s*:[^;]*url\(/i.test(style);
}

/** Refund, payment or scan words in the few blocks around the element. */
export function nearScamWords(el: Element): boolean {
	let p: Element | null = el.parentElement;
	for (let depth = 0; p && depth < 4; depth += 1) {
		if (NEAR_WORDS.test(boundedText(p, 600))) return true;
		p = p.parentElement;
	}
	return false;
}

export interface QrWatcherOptions {
	signal: AbortSignal;
	/** True when the element is inside a site profile's message area (then no nearby words are needed). */
	inMessageArea: (el: Element) => boolean;
	decode: (req: QrDecodeRequest) => Promise<QrDecodeResponse | undefined>;
	onPayloads: (el: Element, payloads: string[]) => void;
	budget?: number;
}

export class QrWatcher {
	private readonly seen = new WeakSet<Element>();
	private readonly retried = new WeakSet<Element>();
	private readonly observers = new Map<Window, IntersectionObserver>();
	private spent = 0;
	private readonly budget: number;
	readonly results: { src?: string; payloads: string[]; via: string; ms: number }[] = [];

	constructor(private readonly o: QrWatcherOptions) {
		this.budget = o.budget ?? QR_BUDGET_PER_PAGE;
		o.signal.addEventListener(
			'abort',
			() => {
				for (const io of this.observers.values()) io.disconnect();
				this.observers.clear();
			},
			{ once: true },
		);
	}

	consider(el: Element): void {
		if (this.o.signal.aborted || this.seen.has(el) || this.spent >= this.budget) return;
		this.seen.add(el);
		this.observerFor().observe(el);
	}

	private observerFor(): IntersectionObserver {
		// One observer for the top frame's viewport; elements of same-origin frames are observed by it too
		// (the implicit root is the top-level viewport).
		const win = window;
		let io = this.observers.get(win);
		if (!io) {
			io = new IntersectionObserver((entries) => this.onEntries(entries), { threshold: 0.9 });
			this.observers.set(win, io);
		}
		return io;
	}

	private onEntries(entries: IntersectionObserverEntry[]): void {
		for (const entry of entries) {
			if (!entry.isIntersecting) continue;
			const el = entry.target;
			const box = entry.boundingClientRect;
			this.observerFor().unobserve(el);
			if (!isQrShaped(box.width, box.height)) continue;
			if (!this.o.inMessageArea(el) && !nearScamWords(el)) continue;
			const tag = el.tagName;
			if (tag === 'IMG' && !(el as HTMLImageElement).complete) {
				// Not loaded yet: a capture now would show an empty box. Look again once it has loaded.
				el.addEventListener('load', () => this.lookAgain(el, 0), { once: true, signal: this.o.signal });
				continue;
			}
			// An empty box is only an image when a stylesheet gives it a background.
			const src = tag === 'CANVAS' ? undefined : imageUrlOf(el) || backgroundUrlOf(el);
			if (tag !== 'IMG' && tag !== 'CANVAS' && !src) continue;
			if (this.spent >= this.budget) return;
			this.spent += 1;
			const offset = frameOffset(el);
			const req: QrDecodeRequest = {
				rect: { x: box.x + offset.x, y: box.y + offset.y, width: box.width, height: box.height },
				viewport: { width: window.innerWidth, height: window.innerHeight },
				...(src ? { src } : {}),
			};
			void this.o
				.decode(req)
				.then((r) => {
					if (!r) return;
					this.results.push({ ...(src ? { src } : {}), payloads: r.payloads, via: r.via, ms: r.ms });
					if (r.payloads.length > 0 && !this.o.signal.aborted) this.o.onPayloads(el, r.payloads);
					else if (!src) this.retryLater(el);
				})
				.catch(() => {});
		}
	}

	/**
	 * A canvas whose capture held no code may not have been drawn yet (chat clients draw image messages after the
	 * element appears), or its tab was not the active one at that moment (no capture): one more look a little
	 * later. Images have the URL fallback and need no retry.
	 */
	private retryLater(el: Element): void {
		if (this.retried.has(el)) return;
		this.retried.add(el);
		this.lookAgain(el, CANVAS_RETRY_MS);
	}

	/** Observes the element again (a fresh box from the IntersectionObserver, no layout read of ours). */
	private lookAgain(el: Element, delayMs: number): void {
		const timer = setTimeout(() => {
			if (!this.o.signal.aborted && el.isConnected) this.observerFor().observe(el);
		}, delayMs);
		this.o.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
	}
}

/** Offset of a same-origin frame's viewport inside the top frame's viewport (0 for the top document). */
function frameOffset(el: Element): { x: number; y: number } {
	let x = 0;
	let y = 0;
	let win = el.ownerDocument.defaultView;
	for (let depth = 0; win && win !== window && depth < 10; depth += 1) {
		const frame = win.frameElement;
		if (!frame) break;
		const r = frame.getBoundingClientRect();
		x += r.x + (frame as HTMLElement).clientLeft;
		y += r.y + (frame as HTMLElement).clientTop;
		win = frame.ownerDocument.defaultView;
	}
	return { x, y };
}
