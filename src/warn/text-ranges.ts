import type { Match } from '../engine/types';

/** Elements whose text the engine never saw (scripts, styles) or that are not text (our own warnings). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT']);

const MAX_TEXT_NODES = 2000;

interface Piece {
	node: Text;
	/** Offset of this node's first character in the concatenated DOM text. */
	start: number;
}

function collectText(root: Node): { pieces: Piece[]; joined: string } {
	const doc = root.ownerDocument ?? (root as Document);
	const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
		acceptNode(node) {
			if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
			return SKIP.has((node as Element).tagName.toUpperCase())
				? NodeFilter.FILTER_REJECT
				: NodeFilter.FILTER_SKIP;
		},
	});
	const pieces: Piece[] = [];
	let joined = '';
	for (let n = walker.nextNode(); n && pieces.length < MAX_TEXT_NODES; n = walker.nextNode()) {
		const text = n as Text;
		pieces.push({ node: text, start: joined.length });
		joined += text.data;
	}
	return { pieces, joined };
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/**
 * Maps each offset of the engine's text to an offset in the DOM's concatenated text. The engine's text is the DOM
 * text with whitespace collapsed and newlines at block boundaries (the content script's extraction), so the two are
 * aligned character by character ignoring whitespace. Returns null when they do not align (the page changed).
 */
function alignOffsets(engineText: string, domText: string): Int32Array | null {
	const map = new Int32Array(engineText.length + 1).fill(-1);
	let d = 0;
	for (let e = 0; e < engineText.length; e++) {
		const c = engineText[e];
		if (isSpace(c)) {
			map[e] = d;
			continue;
		}
		while (d < domText.length && isSpace(domText[d])) d++;
		if (domText[d] !== c) return null;
		map[e] = d;
		d++;
	}
	map[engineText.length] = d;
	return map;
}

function locate(pieces: Piece[], offset: number, preferEnd: boolean): { node: Text; offset: number } | null {
	// Binary search for the last piece starting at or before the offset.
	let lo = 0;
	let hi = pieces.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (pieces[mid]!.start <= offset) lo = mid;
		else hi = mid - 1;
	}
	let piece = pieces[lo];
	if (!piece) return null;
	// An end offset exactly at a node boundary belongs to the earlier node (keeps the range tight).
	if (preferEnd && offset === piece.start && lo > 0) piece = pieces[lo - 1]!;
	return { node: piece.node, offset: Math.min(offset - piece.start, piece.node.data.length) };
}

/**
 * DOM ranges of the text matches inside `root`, from the engine's offsets into `engineText`. Nothing in the DOM
 * changes. Falls back to searching the matched text itself when the offsets no longer align.
 */
export function rangesForMatches(root: Node, engineText: string, matches: readonly Match[]): Range[] {
	const doc = root.ownerDocument ?? (root as Document);
	const { pieces, joined } = collectText(root);
	if (!pieces.length) return [];
	const map = alignOffsets(engineText, joined);
	const ranges: Range[] = [];
	for (const m of matches) {
		if (m.source !== 'text' || m.kind === 'benign' || m.start < 0 || m.end <= m.start) continue;
		let from = -1;
		let to = -1;
		if (map && m.end <= engineText.length) {
			from = map[m.start]!;
			// The end maps through the last matched character (whitespace in between may differ).
			to = map[m.end - 1]! + 1;
		} else if (m.text) {
			from = joined.indexOf(m.text);
			to = from < 0 ? -1 : from + m.text.length;
		}
		if (from < 0 || to <= from) continue;
		const a = locate(pieces, from, false);
		const b = locate(pieces, to, true);
		if (!a || !b) continue;
		const range = doc.createRange();
		try {
			range.setStart(a.node, a.offset);
			range.setEnd(b.node, b.offset);
			ranges.push(range);
		} catch {
			// A node vanished between collection and use: skip this one.
		}
	}
	return ranges;
}
