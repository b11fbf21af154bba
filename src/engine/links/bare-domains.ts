import { parse } from 'tldts';

/**
 * Domains written in a text without a scheme or www. (fake claim SMS: "登录 jd-peifu.top 领取理赔",
 * "go to taobao-tuikuan.com/claim"). Found from each ASCII '.' outward, so the pass is linear: a token of
 * ASCII letters, digits, hyphens and dots whose last label is a real public suffix (tldts, ICANN section),
 * written in lower case (a capital after a full stop is a missing space: "Thanks.Please"). Not taken: the
 * domain of an e-mail address (a contact, judged as such), the local part before an '@', a token glued to
 * other word characters or a path, numbers and versions (1.2.3), abbreviations (e.g., i.e.) and file names
 * whose extension happens to be a country or brand suffix (report.zip, setup.sh).
 */

/** A hostname is at most this long; a longer token is no domain. */
const MAX_HOST = 253;
/** A path after a bare domain is cut here (the URL analysis reads only its start). */
const MAX_PATH = 2048;
/** At most this many bare domains per text, and this many dotted tokens judged (each a suffix lookup). */
const MAX_BARE = 32;
const MAX_JUDGED = 64;
/** File extensions that are also top-level domains: a name ending in them is a file, not a site. */
const FILE_SUFFIXES = new Set([
	'zip',
	'mov',
	'py',
	'md',
	'sh',
	'rs',
	'ps',
	'so',
	'pl',
	'gz',
	'ts',
	'js',
	'rar',
]);
const PARSE_OPTIONS = { allowPrivateDomains: false, detectIp: false } as const;

function isHostChar(c: number): boolean {
	return (
		(c >= 0x30 && c <= 0x39) ||
		(c >= 0x61 && c <= 0x7a) ||
		(c >= 0x41 && c <= 0x5a) ||
		c === 0x2d ||
		c === 0x2e
	);
}

function isAlnum(c: number): boolean {
	return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** Characters that end a path written after a domain (space, quotes, CJK punctuation, any non-ASCII). */
function endsPath(c: number): boolean {
	return c <= 0x20 || c > 0x7e || c === 0x22 || c === 0x27 || c === 0x3c || c === 0x3e;
}

/** The domain (and path) around the token [start, end), or null when it is no site name. */
function judgeToken(
	text: string,
	start: number,
	end: number,
): { url: string; start: number; end: number } | null {
	// Dots and hyphens at the edges belong to the sentence, not the name.
	while (start < end && (text.charCodeAt(start) === 0x2e || text.charCodeAt(start) === 0x2d)) start++;
	while (end > start && (text.charCodeAt(end - 1) === 0x2e || text.charCodeAt(end - 1) === 0x2d)) end--;
	if (end - start < 4 || end - start > MAX_HOST) return null;
	const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
	const after = end < text.length ? text.charCodeAt(end) : 0x20;
	// @ before: an e-mail's domain; @ after: its local part; _ / \ glued on: an identifier or a path.
	if (before === 0x40 || before === 0x5f || before === 0x2f || before === 0x5c) return null;
	if (after === 0x40 || after === 0x5f) return null;
	const host = text.slice(start, end).toLowerCase();
	const lastDot = host.lastIndexOf('.');
	if (lastDot === -1) return null;
	const tld = text.slice(start + lastDot + 1, end);
	// Lower-case letters only: digits are numbers and versions, a capital is a sentence after a missing space.
	for (let i = 0; i < tld.length; i++) {
		const c = tld.charCodeAt(i);
		if (c < 0x61 || c > 0x7a) return null;
	}
	if (tld.length < 2 || FILE_SUFFIXES.has(tld)) return null;
	const parsed = parse(host, PARSE_OPTIONS);
	if (parsed.isIcann !== true || parsed.domain === null || !parsed.domainWithoutSuffix) return null;
	// No empty labels (a..b) and no label over 63.
	let label = 0;
	for (let i = 0; i < host.length; i++) {
		if (host.charCodeAt(i) === 0x2e) {
			if (label === 0) return null;
			label = 0;
		} else if (++label > 63) return null;
	}
	let stop = end;
	if (after === 0x2f || after === 0x3f || after === 0x23) {
		while (stop < text.length && stop - end < MAX_PATH && !endsPath(text.charCodeAt(stop))) stop++;
		// A full stop or comma closing the sentence is not part of the path.
		while (stop > end + 1 && /[.,;:!?)\]]/.test(text[stop - 1]!)) stop--;
	}
	return { url: text.slice(start, stop), start, end: stop };
}

/** Bare domains of a text, in order, with offsets into it; at most MAX_BARE. */
export function bareDomainsInText(text: string): { url: string; start: number; end: number }[] {
	const out: { url: string; start: number; end: number }[] = [];
	const n = text.length;
	// Every token is read once: the left edge never goes back past the end of the previous token.
	let scanned = 0;
	let judged = 0;
	for (let dot = text.indexOf('.'); dot !== -1 && out.length < MAX_BARE; dot = text.indexOf('.', scanned)) {
		if (dot < scanned) break;
		// A name has a letter or digit on both sides of its dot.
		if (
			dot === 0 ||
			dot + 1 >= n ||
			!isAlnum(text.charCodeAt(dot - 1)) ||
			!isAlnum(text.charCodeAt(dot + 1))
		) {
			scanned = dot + 1;
			continue;
		}
		let start = dot - 1;
		while (start > scanned && isHostChar(text.charCodeAt(start - 1))) start--;
		let end = dot + 2;
		while (end < n && isHostChar(text.charCodeAt(end))) end++;
		scanned = end;
		if (end - start > MAX_HOST + 2) continue;
		if (++judged > MAX_JUDGED) break;
		const found = judgeToken(text, start, end);
		if (found) {
			out.push(found);
			scanned = Math.max(scanned, found.end);
		}
	}
	return out;
}
