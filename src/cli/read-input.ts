import { decodeBytes } from './decode-bytes';
import { looksLikeEmail, parseEmail } from './eml';
import { htmlToText, sniffHtmlCharset } from './html-to-text';

/** What one input file holds for the engine. */
export interface ScanInput {
	format: 'text' | 'html' | 'eml';
	text: string;
	links: { href: string; text: string }[];
}

function formatOf(name: string, bytes: Uint8Array): ScanInput['format'] {
	const lower = name.toLowerCase();
	if (lower.endsWith('.eml')) return 'eml';
	if (lower.endsWith('.html') || lower.endsWith('.htm') || lower.endsWith('.xhtml')) return 'html';
	if (lower.endsWith('.txt')) return 'text';
	const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
	if (/^\s*(<!doctype html|<html)/i.test(head)) return 'html';
	if (looksLikeEmail(head)) return 'eml';
	return 'text';
}

/** Turns the bytes of a file (or of stdin, name '-') into engine input according to its format. */
export function readInput(name: string, bytes: Uint8Array): ScanInput {
	const format = name === '-' ? 'text' : formatOf(name, bytes);
	if (format === 'eml') {
		const mail = parseEmail(Buffer.from(bytes).toString('latin1'));
		return { format, text: mail.text, links: mail.links };
	}
	if (format === 'html') {
		const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
		const html = htmlToText(decodeBytes(bytes, sniffHtmlCharset(head)));
		return { format, text: html.text, links: html.links };
	}
	return { format, text: decodeBytes(bytes), links: [] };
}
