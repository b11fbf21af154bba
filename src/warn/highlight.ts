import type { Match } from '../engine/types';
import { rangesForMatches } from './text-ranges';

/**
 * Marks the matched phrases in the page's own message with the CSS Custom Highlight API: ranges registered in
 * `CSS.highlights` and painted by a `::highlight()` rule scoped to the message element (see `scopeOf`). Where the
 * API or the rule cannot be installed, nothing is marked (the warning quotes the phrases anyway).
 *
 * The highlight names are random per content-script instance so they do not name the product.
 */
type Tone = 'danger' | 'caution';

interface HighlightSet {
	add(range: AbstractRange): unknown;
	delete(range: AbstractRange): boolean;
	size: number;
}
interface HighlightRegistry {
	set(name: string, highlight: HighlightSet): unknown;
	delete(name: string): boolean;
	get(name: string): HighlightSet | undefined;
}

const suffix = Math.random().toString(36).slice(2, 8);
const names: Record<Tone, string> = { danger: `m${suffix}d`, caution: `m${suffix}c` };
/** The attribute that marks a message element whose text carries a highlight of that tone (see `scopeOf`). */
const marks: Record<Tone, string> = { danger: `data-${names.danger}`, caution: `data-${names.caution}` };
const DECLARATIONS: Record<Tone, string> = {
	// Dark text on a light tint keeps the phrase readable (AA) whatever the page's own colours are.
	danger: 'background-color:#ffc9c4;color:#1b1b1b;text-decoration:underline wavy #b42318 1px',
	caution: 'background-color:#fde7a9;color:#1b1b1b',
};
const sheets = new WeakMap<Document, CSSStyleSheet>();
/** How many live highlights of a tone use an element's mark attribute, so the last one out removes it. */
const markCounts = new WeakMap<Element, Partial<Record<Tone, number>>>();

/**
 * The rules are scoped to the message element, never universal: a rule that may match every element (even
 * `:root::highlight()`, through highlight inheritance) makes Chromium recalculate the style of the whole document
 * when it is added, ~170 ms on a 44,000-element chat page; a rule keyed on an id or on an attribute no element has
 * yet costs ~10 ms there. The descendant form paints text in nested elements where highlights are not inherited.
 */
function ruleFor(selector: string, tone: Tone): string {
	return `${selector}::highlight(${names[tone]}),${selector} *::highlight(${names[tone]}){${DECLARATIONS[tone]}}`;
}

function highlightCss(): string {
	return ruleFor(`[${marks.danger}]`, 'danger') + ruleFor(`[${marks.caution}]`, 'caution');
}

function registryOf(
	doc: Document,
): { registry: HighlightRegistry; Highlight: new () => HighlightSet } | null {
	const win = doc.defaultView as
		| (Window & { CSS?: { highlights?: HighlightRegistry }; Highlight?: unknown })
		| null;
	const registry = win?.CSS?.highlights;
	const Highlight = win?.Highlight;
	if (!registry || typeof Highlight !== 'function') return null;
	return { registry, Highlight: Highlight as new () => HighlightSet };
}

/** Adds the attribute-keyed rules to the document once; null when the document takes no sheet from us. */
function ensureSheet(doc: Document): CSSStyleSheet | null {
	const known = sheets.get(doc);
	if (known) return known;
	const sheet = adoptRule(doc) ?? styleElementRule(doc);
	if (sheet) sheets.set(doc, sheet);
	return sheet;
}

function adoptRule(doc: Document): CSSStyleSheet | null {
	try {
		const Ctor = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
		if (!Ctor || !('adoptedStyleSheets' in doc)) return null;
		const sheet = new Ctor();
		sheet.replaceSync(highlightCss());
		doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
		return doc.adoptedStyleSheets.includes(sheet) ? sheet : null;
	} catch {
		return null;
	}
}

/**
 * Where a constructed sheet cannot be adopted (older Firefox): a style element in <head>; content-script nodes are
 * exempt from the page's CSP in Chromium and Firefox (measured, see style-install.ts).
 */
function styleElementRule(doc: Document): CSSStyleSheet | null {
	try {
		const style = doc.createElement('style');
		style.textContent = highlightCss();
		(doc.head ?? doc.documentElement).appendChild(style);
		return style.sheet;
	} catch {
		return null;
	}
}

/**
 * Makes the `::highlight()` rule reach the message element `el`; returns its undo. An element with an id gets a
 * rule of its own (the page's DOM stays untouched); otherwise the element gets our mark attribute, the one change
 * to the page's DOM, removed again with the last highlight on it.
 */
function scopeOf(sheet: CSSStyleSheet, el: Element, tone: Tone): () => void {
	const css = (el.ownerDocument.defaultView as (Window & typeof globalThis) | null)?.CSS;
	if (el.id && typeof css?.escape === 'function') {
		try {
			const index = sheet.insertRule(ruleFor(`#${css.escape(el.id)}`, tone), sheet.cssRules.length);
			const rule = sheet.cssRules[index];
			return () => {
				const at = Array.prototype.indexOf.call(sheet.cssRules, rule);
				if (at >= 0) sheet.deleteRule(at);
			};
		} catch {
			// fall through to the attribute
		}
	}
	const counts = markCounts.get(el) ?? {};
	markCounts.set(el, counts);
	counts[tone] = (counts[tone] ?? 0) + 1;
	if (counts[tone] === 1) el.setAttribute(marks[tone], '');
	return () => {
		counts[tone] = (counts[tone] ?? 1) - 1;
		if (counts[tone] === 0) el.removeAttribute(marks[tone]);
	};
}

/** Highlights the matches inside `root`; returns a function that removes exactly these highlights. */
export function highlightMatches(
	root: Node,
	engineText: string,
	matches: readonly Match[],
	tone: Tone,
): () => void {
	const doc = root.ownerDocument;
	if (!doc) return () => {};
	const api = registryOf(doc);
	const sheet = api && ensureSheet(doc);
	if (!api || !sheet) return () => {};
	const element = root.nodeType === 1 ? (root as Element) : root.parentElement;
	if (!element) return () => {};
	const ranges = rangesForMatches(root, engineText, matches);
	if (!ranges.length) return () => {};
	const unscope = scopeOf(sheet, element, tone);
	const name = names[tone];
	let highlight = api.registry.get(name);
	if (!highlight) {
		highlight = new api.Highlight();
		api.registry.set(name, highlight);
	}
	for (const range of ranges) highlight.add(range);
	let cleared = false;
	return () => {
		if (cleared) return;
		cleared = true;
		unscope();
		const current = api.registry.get(name);
		if (!current) return;
		for (const range of ranges) current.delete(range);
		if (current.size === 0) api.registry.delete(name);
	};
}
