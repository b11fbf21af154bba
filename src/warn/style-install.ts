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
 * Puts the warning styles into a shadow root.
 *
 * Chromium: a constructed, adopted sheet. It is not an inline `<style>`, so a page CSP without 'unsafe-inline' in
 * style-src does not block it (an inline `<style>` added by a content script is blocked there).
 *
 * Firefox: content scripts cannot adopt constructed sheets (the setter rejects a sheet made in the content script's
 * compartment), so we fall back to a `<style>` element inside the shadow root. Firefox exempts style elements
 * created by content scripts from the page's CSP (they carry the extension's principal); the Firefox smoke test
 * checks that the warning is styled on a strict-CSP page.
 */
export function installStyles(root: ShadowRoot, css: string = WARNING_CSS): StyleMethod {
	const doc = root.ownerDocument;
	try {
		const sheet = sheetFor(doc, css);
		if (sheet && 'adoptedStyleSheets' in root) {
			root.adoptedStyleSheets = [sheet];
			// Some engines accept the assignment and keep nothing: check it took.
			if (root.adoptedStyleSheets.length === 1) return 'adopted';
		}
	} catch {
		// Fall through to the style element.
	}
	const style = doc.createElement('style');
	style.textContent = css;
	root.prepend(style);
	return 'style-element';
}
