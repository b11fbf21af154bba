/**
 * Spans of a text that stand inside quotation marks: “…”, 「…」, 『…』, "…", '…' and ‘…’. Advice and news
 * quote the scammer's lines ("骗子会说“您的快递丢失了，加微信理赔”"); scoring uses these spans to tell a
 * quoted line from a request addressed to the reader. One left-to-right pass, no nesting: while a quote is
 * open, other opening marks are ignored; a quote left open longer than MAX_QUOTE units is dropped
 * (unbalanced marks change nothing). Straight and single quotes double as apostrophes (don't, 90's), so
 * they open only after a non-word character and close only before one.
 */

/** A quoted line longer than this is not a quote but a stray mark. */
export const MAX_QUOTE = 240;

/** Any quotation mark at all: most texts have none and skip the pass. */
const ANY_QUOTE = /[“”「」『』"'‘’]/;

/** Closing mark for each opening mark. */
function closerOf(c: number): number {
	switch (c) {
		case 0x201c: // “
			return 0x201d;
		case 0x300c: // 「
			return 0x300d;
		case 0x300e: // 『
			return 0x300f;
		case 0x22: // "
			return 0x22;
		case 0x27: // '
			return 0x27;
		case 0x2018: // ‘
			return 0x2019;
		default:
			return -1;
	}
}

/** Marks that are also apostrophes or ambiguous: they need word boundaries around them. */
function needsBoundary(c: number): boolean {
	return c === 0x22 || c === 0x27 || c === 0x2018 || c === 0x2019;
}

function isWordChar(c: number): boolean {
	return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

/**
 * The quoted spans of `text` as a flat list [start0, end0, start1, end1, ...] of UTF-16 offsets, sorted,
 * not overlapping; each span holds the text between the marks (the marks themselves excluded).
 */
export function quoteSpans(text: string): number[] {
	const out: number[] = [];
	if (!ANY_QUOTE.test(text)) return out;
	let open = -1;
	let closer = -1;
	const n = text.length;
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if (open !== -1 && i - open > MAX_QUOTE) open = -1;
		if (open !== -1) {
			if (c !== closer) continue;
			if (needsBoundary(c) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) continue;
			if (i > open + 1) out.push(open + 1, i);
			open = -1;
			continue;
		}
		const close = closerOf(c);
		if (close === -1) continue;
		if (needsBoundary(c) && i > 0 && isWordChar(text.charCodeAt(i - 1))) continue;
		open = i;
		closer = close;
	}
	return out;
}

/** Whether [start, end) lies inside one of the spans (binary search: linear overall for any input). */
export function insideQuote(spans: readonly number[], start: number, end: number): boolean {
	if (spans.length === 0 || start < 0) return false;
	let lo = 0;
	let hi = spans.length >>> 1;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (spans[mid * 2]! <= start) lo = mid + 1;
		else hi = mid;
	}
	if (lo === 0) return false;
	const k = (lo - 1) * 2;
	return end <= spans[k + 1]!;
}
