import { boundedText } from './extract-text';
import { classifyFields } from './form-fields';
import type { PageFacts } from './page-kind';

/**
 * The cheap first look at a page: title, headings, form fields, links and buttons, and a bounded sample of the
 * body text. A few querySelectorAll calls and one bounded text walk; no layout reads.
 */

export const SAMPLE_CHARS = 3000;
const MAX_HEADINGS = 20;
const MAX_LINKS = 60;

export function pageFacts(doc: Document, sampleChars = SAMPLE_CHARS): PageFacts {
	const parts: string[] = [doc.title];
	let n = 0;
	for (const h of doc.querySelectorAll('h1, h2, h3, legend, label, button')) {
		parts.push((h.textContent ?? '').trim().slice(0, 120));
		if (++n >= MAX_HEADINGS) break;
	}
	if (doc.body) parts.push(boundedText(doc.body, sampleChars));
	const links: { href: string; text: string }[] = [];
	for (const a of doc.querySelectorAll('a[href], button, input[type="submit"], input[type="button"]')) {
		const href = a.tagName === 'A' ? (a as HTMLAnchorElement).href : '';
		const text = ((a as HTMLInputElement).value || a.textContent || '').trim().slice(0, 80);
		links.push({ href, text });
		if (links.length >= MAX_LINKS) break;
	}
	return { text: parts.join('\n'), fields: doc.body ? classifyFields(doc.body) : [], links };
}
