import type { Match } from '../engine/types';
import { rangesForMatches } from './text-ranges';

/**
 * Marks the matched phrases in the page's own message with the CSS Custom Highlight API: ranges registered in
 * `CSS.highlights` and painted by a `::highlight()` rule, with no change to the page's DOM. Where the API or the
 * rule cannot be installed, nothing is marked (the warning quotes the phrases anyway).
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
const styled = new WeakSet<Document>();

function highlightCss(): string {
	// Dark text on a light tint keeps the phrase readable (AA) whatever the page's own colours are.
	return (
		`::highlight(${names.danger}){background-color:#ffc9c4;color:#1b1b1b;text-decoration:underline wavy #b42318 1px}` +
		`::highlight(${names.caution}){background-color:#fde7a9;color:#1b1b1b}`
	);
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

/** Adds the `::highlight()` rules to the document once; false when the document takes no rule from us. */
function ensureRule(doc: Document): boolean {
	if (styled.has(doc)) return true;
	if (adoptRule(doc) || styleElementRule(doc)) {
		styled.add(doc);
		return true;
	}
	return false;
}

function adoptRule(doc: Document): boolean {
	try {
		const Ctor = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
		if (!Ctor || !('adoptedStyleSheets' in doc)) return false;
		const sheet = new Ctor();
		sheet.replaceSync(highlightCss());
		doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
		return doc.adoptedStyleSheets.includes(sheet);
	} catch {
		return false;
	}
}

/**
 * Where a constructed sheet cannot be adopted (older Firefox): a style element in <head>; content-script nodes are
 * exempt from the page's CSP in Chromium and Firefox (measured, see style-install.ts).
 */
function styleElementRule(doc: Document): boolean {
	try {
		const style = doc.createElement('style');
		style.textContent = highlightCss();
		(doc.head ?? doc.documentElement).appendChild(style);
		return true;
	} catch {
		return false;
	}
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
	if (!api || !ensureRule(doc)) return () => {};
	const ranges = rangesForMatches(root, engineText, matches);
	if (!ranges.length) return () => {};
	const name = names[tone];
	let highlight = api.registry.get(name);
	if (!highlight) {
		highlight = new api.Highlight();
		api.registry.set(name, highlight);
	}
	for (const range of ranges) highlight.add(range);
	return () => {
		const current = api.registry.get(name);
		if (!current) return;
		for (const range of ranges) current.delete(range);
		if (current.size === 0) api.registry.delete(name);
	};
}
