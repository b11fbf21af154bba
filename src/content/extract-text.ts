/**
 * Bounded plain text of page elements. Page text is data: it is only ever read through text nodes, never
 * through markup. Each read stops at `cap` characters so a hostile page cannot make one message cost more
 * than a fixed amount of work.
 */

/** Elements whose text is not visible content. */
const SKIP_TAGS = new Set([
	'SCRIPT',
	'STYLE',
	'NOSCRIPT',
	'TEMPLATE',
	'SVG',
	'CANVAS',
	'IFRAME',
	'OBJECT',
	'HEAD',
]);

/** Elements that start a new line of text; text nodes under different ones are joined with a newline. */
export const BLOCK_TAGS = new Set([
	'ADDRESS',
	'ARTICLE',
	'ASIDE',
	'BLOCKQUOTE',
	'BODY',
	'DD',
	'DIV',
	'DL',
	'DT',
	'FIELDSET',
	'FIGCAPTION',
	'FIGURE',
	'FOOTER',
	'FORM',
	'H1',
	'H2',
	'H3',
	'H4',
	'H5',
	'H6',
	'HEADER',
	'LABEL',
	'LI',
	'MAIN',
	'NAV',
	'OL',
	'P',
	'PRE',
	'SECTION',
	'TABLE',
	'TD',
	'TH',
	'TR',
	'UL',
]);

export const DEFAULT_TEXT_CAP = 4000;

export function isSkipped(el: Element): boolean {
	return SKIP_TAGS.has(el.tagName.toUpperCase());
}

/** The nearest block-level ancestor of a node (by tag; no layout read). */
export function blockOf(node: Node, stop?: Node): Element | null {
	let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
	while (el) {
		if (BLOCK_TAGS.has(el.tagName.toUpperCase())) return el;
		if (el === stop) return el;
		el = el.parentElement;
	}
	return null;
}

function makeWalker(root: Node, ownOnly: boolean): TreeWalker {
	const doc = root.ownerDocument ?? (root as Document);
	return doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
		acceptNode(node) {
			if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
			const el = node as Element;
			if (isSkipped(el)) return NodeFilter.FILTER_REJECT;
			// In "own text" mode a nested block is another unit's text.
			if (ownOnly && node !== root && BLOCK_TAGS.has(el.tagName.toUpperCase()))
				return NodeFilter.FILTER_REJECT;
			return NodeFilter.FILTER_SKIP;
		},
	});
}

/**
 * Text of `root` (all descendants, or only the text not inside nested blocks when `ownOnly`), with block
 * boundaries and `<br>` as newlines, whitespace collapsed, at most `cap` characters.
 */
export function boundedText(root: Node, cap = DEFAULT_TEXT_CAP, ownOnly = false): string {
	const walker = makeWalker(root, ownOnly);
	let out = '';
	let lastBlock: Element | null = null;
	for (let n = walker.nextNode(); n; n = walker.nextNode()) {
		const data = (n as Text).data;
		if (!data.trim()) continue;
		const block = blockOf(n, root);
		let piece = data.replace(/\s+/g, ' ');
		if (out && block !== lastBlock) piece = `\n${piece.trimStart()}`;
		lastBlock = block;
		out += piece;
		if (out.length >= cap) return out.slice(0, cap).trim();
	}
	return out.trim();
}

/** Whether `el` has text of its own (a direct non-blank text node), the mark of a generic text block. */
export function hasOwnText(el: Element): boolean {
	for (let c = el.firstChild; c; c = c.nextSibling) {
		if (c.nodeType === Node.TEXT_NODE && (c as Text).data.trim()) return true;
	}
	return false;
}
