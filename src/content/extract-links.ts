import type { LinkInput } from '../engine/types';

/**
 * Links of a scanned element: every anchor (resolved href, visible text) plus URLs written as plain text,
 * which scam messages use to dodge clickable-link filters ("复制到浏览器打开 xx-refund.top").
 */

export const MAX_LINKS = 20;
const MAX_ANCHOR_TEXT = 200;

/** http(s) URLs, www. hosts, and bare host names with a path or a common scam-used TLD. */
const URL_IN_TEXT =
	/\b(?:https?:\/\/[^\s<>"'，。、；！？）)】」]+|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s<>"'，。、；！？）)】」]*|[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63})*\.(?:com|cn|net|org|top|xyz|vip|cc|info|shop|icu|site|online|club|me|io|co|link|app|ltd|work|pw|tk|buzz|fun|live|store|cyou|sbs|asia|hk|tw)(?:\/[^\s<>"'，。、；！？）)】」]*)?)(?![a-z0-9-])/gi;

export function urlsInText(text: string, max = MAX_LINKS): LinkInput[] {
	const out: LinkInput[] = [];
	for (const m of text.matchAll(URL_IN_TEXT)) {
		let raw = m[0].replace(/[.,;:!?]+$/, '');
		// An e-mail address is not a link to visit.
		const before = text[(m.index ?? 0) - 1];
		if (before === '@') continue;
		if (!/^https?:\/\//i.test(raw)) raw = `http://${raw}`;
		out.push({ href: raw, text: m[0] });
		if (out.length >= max) break;
	}
	return out;
}

export function anchorsIn(root: Element, max = MAX_LINKS): LinkInput[] {
	const out: LinkInput[] = [];
	const anchors: Element[] = root.matches('a[href]') ? [root] : [];
	for (const a of root.querySelectorAll('a[href]')) {
		anchors.push(a);
		if (anchors.length >= max) break;
	}
	for (const a of anchors) {
		const href = (a as HTMLAnchorElement).href;
		if (!/^https?:/i.test(href)) continue;
		out.push({ href, text: (a.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_ANCHOR_TEXT) });
	}
	return out;
}

/** Anchors first (they carry the real target), then text URLs not already covered, de-duplicated. */
export function linksOf(root: Element, text: string, max = MAX_LINKS): LinkInput[] {
	const seen = new Set<string>();
	const out: LinkInput[] = [];
	for (const link of [...anchorsIn(root, max), ...urlsInText(text, max)]) {
		const key = link.href
			.replace(/^https?:\/\//i, '')
			.replace(/\/$/, '')
			.toLowerCase();
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(link);
		if (out.length >= max) break;
	}
	return out;
}
