import { WARNING_CSS } from './styles';

export type StyleMethod = 'adopted' | 'style-element';

/** One constructed sheet per document: a constructed sheet can only be adopted in the document that made it. */
const sheets = new WeakMap<Document, CSSStyleSheet>();

function sheetFor(doc: Document, css: string): CSSStyleSheet | null {
	const existing = sheets.get(doc);
	if (existing) return existing;
	const Ctor = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
	if (typeof Ctor !== 'function' || typeof Ctor.prototype.replaceSync !== 'function') return null;
	const sheet = new Ctor();
	sheet.replaceSync(css);
	sheets.set(doc, sheet);
	return sheet;
}

/**
 * Puts the warning styles into a shadow root: a constructed sheet, adopted, shared by every warning of the document
 * (parsed once); a `<style>` element inside the shadow root where adopting fails.
 *
 * Measured here on a page served with `default-src 'self'; style-src 'self'; script-src 'self'` (the page's own
 * inline `<style>` was blocked), from a content script:
 *   Chromium (Debian build): adopted sheet applies; a `<style>` element in the shadow root also applies.
 *   Firefox ESR 153:         adopted sheet applies (older Firefox rejected sheets constructed in a content script);
 *                            a `<style>` element in the shadow root also applies (content-script nodes are exempt
 *                            from the page's CSP).
 * So both paths work where we ship; the fallback covers older Firefox. test/e2e/warn-styles.e2e.ts checks it.
 */
export function installStyles(root: ShadowRoot, css: string = WARNING_CSS, only?: StyleMethod): StyleMethod {
	const doc = root.ownerDocument;
	try {
		if (only === 'style-element') throw new Error('style element requested');
		const sheet = sheetFor(doc, css);
		if (sheet && 'adoptedStyleSheets' in root) {
			root.adoptedStyleSheets = [sheet];
			// Some engines accept the assignment and keep nothing: check it took.
			if (root.adoptedStyleSheets.length === 1) return 'adopted';
		}
	} catch {
		// Fall through to the style element.
	}
	// Idempotent: a caller that installs again into the same root (a re-render) gets no second copy.
	const existing = root.querySelector(':scope > style[data-warning-css]');
	if (existing) {
		existing.textContent = css;
		return 'style-element';
	}
	const style = doc.createElement('style');
	style.setAttribute('data-warning-css', '');
	style.textContent = css;
	root.prepend(style);
	return 'style-element';
}
