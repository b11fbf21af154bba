import { decodeQr } from './qr-decode';
import type { QrDecodeRequest, QrDecodeResponse } from './qr-request';

/**
 * Gets a candidate image's pixels without a request the page's server could notice where possible, and decodes
 * them off the page's thread:
 * 1. a capture of the visible tab (`tabs.captureVisibleTab`, needs the host permission), cropped to the element's
 *    box: works for cross-origin images, canvases and CSS backgrounds alike, and costs the page nothing;
 * 2. else, for an image URL, the background fetches it (HTTP cache first);
 * with a per-image time cap (decodeQr), a per-tab budget and a cache of results by image URL hash.
 */

export interface QrPorts {
	/** PNG data URL of the visible area of the window. */
	capture(windowId: number): Promise<string>;
	fetchImage(url: string): Promise<Blob>;
	now(): number;
}

export const QR_BUDGET_PER_TAB = 30;
const CACHE_MAX = 500;
/** Chrome allows two captures per second; a capture is shared by the candidates that arrive together. */
const CAPTURE_REUSE_MS = 600;

interface TabState {
	decodes: number;
	url: string;
}

export function createQrService(ports: QrPorts) {
	const cache = new Map<string, string[]>();
	const tabs = new Map<number, TabState>();
	const captures = new Map<number, { at: number; bitmap: Promise<ImageBitmap> }>();

	async function urlKey(url: string): Promise<string> {
		const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(url));
		return Array.from(new Uint8Array(digest).slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
	}

	function remember(key: string, payloads: string[]): void {
		if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
		cache.set(key, payloads);
	}

	async function captured(windowId: number): Promise<ImageBitmap> {
		const now = ports.now();
		const last = captures.get(windowId);
		if (last && now - last.at < CAPTURE_REUSE_MS) return last.bitmap;
		if (last) {
			// Keep to the capture rate limit.
			const wait = Math.max(0, last.at + CAPTURE_REUSE_MS - now);
			if (wait > 0) await new Promise((r) => setTimeout(r, wait));
		}
		const bitmap = ports
			.capture(windowId)
			.then((dataUrl) => fetch(dataUrl))
			.then((r) => r.blob())
			.then((blob) => createImageBitmap(blob));
		captures.set(windowId, { at: ports.now(), bitmap });
		return bitmap;
	}

	async function cropped(windowId: number, req: QrDecodeRequest): Promise<ImageData | null> {
		const bitmap = await captured(windowId);
		const scale = bitmap.width / Math.max(1, req.viewport.width);
		const x = Math.max(0, Math.floor(req.rect.x * scale));
		const y = Math.max(0, Math.floor(req.rect.y * scale));
		const w = Math.min(bitmap.width - x, Math.ceil(req.rect.width * scale));
		const h = Math.min(bitmap.height - y, Math.ceil(req.rect.height * scale));
		if (w < 20 || h < 20) return null;
		const canvas = new OffscreenCanvas(w, h);
		const ctx = canvas.getContext('2d');
		if (!ctx) return null;
		ctx.drawImage(bitmap, x, y, w, h, 0, 0, w, h);
		return ctx.getImageData(0, 0, w, h);
	}

	return {
		async decode(
			req: QrDecodeRequest,
			sender: { tabId?: number; windowId?: number; active?: boolean; url?: string },
		): Promise<QrDecodeResponse> {
			const t0 = ports.now();
			const done = (payloads: string[], via: QrDecodeResponse['via']): QrDecodeResponse => ({
				payloads,
				via,
				ms: Math.round((ports.now() - t0) * 10) / 10,
			});
			const key = req.src && /^https?:/i.test(req.src) ? await urlKey(req.src) : null;
			const hit = key ? cache.get(key) : undefined;
			if (hit) return done(hit, 'cache');
			if (sender.tabId !== undefined) {
				const state = tabs.get(sender.tabId);
				const fresh = !state || state.url !== sender.url;
				const current = fresh ? { decodes: 0, url: sender.url ?? '' } : state;
				if (current.decodes >= QR_BUDGET_PER_TAB) return done([], 'none');
				current.decodes += 1;
				tabs.set(sender.tabId, current);
			}
			let payloads: string[] = [];
			let via: QrDecodeResponse['via'] = 'none';
			if (sender.active && sender.windowId !== undefined) {
				try {
					const pixels = await cropped(sender.windowId, req);
					if (pixels) {
						payloads = await decodeQr(pixels);
						via = 'capture';
					}
				} catch {
					// No capture permission for this page, or the window is not visible: fall back to the URL.
				}
			}
			if (payloads.length === 0 && req.src && /^(https?|data):/i.test(req.src)) {
				try {
					payloads = await decodeQr(await ports.fetchImage(req.src));
					via = 'fetch';
				} catch {
					// Unreachable or not an image.
				}
			}
			if (key) remember(key, payloads);
			return done(payloads, via);
		},
		forgetTab(tabId: number): void {
			tabs.delete(tabId);
		},
	};
}
