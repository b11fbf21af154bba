import { binaryToBytes, decodeBytes } from './decode-bytes';
import { htmlToText } from './html-to-text';

/**
 * A small RFC 5322 / MIME reader for scanning mail: headers unfolded and decoded (RFC 2047 encoded words),
 * bodies in quoted-printable or base64, multipart trees (alternative: the richest part; mixed: every text
 * part), text/plain and text/html, any charset TextDecoder knows (UTF-8, GBK, GB18030, Big5...).
 * Input is the raw message as a binary string (one char per byte) so that 8-bit bodies keep their bytes.
 */

export interface ParsedEmail {
	subject: string;
	from: string;
	text: string;
	links: { href: string; text: string }[];
}

interface Part {
	headers: Map<string, string>;
	body: string;
}

const MAX_DEPTH = 8;
const MAX_PARTS = 200;

function splitHeaders(raw: string): Part {
	const m = /\r?\n\r?\n/.exec(raw);
	const head = m ? raw.slice(0, m.index) : raw;
	const body = m ? raw.slice(m.index + m[0].length) : '';
	const headers = new Map<string, string>();
	const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
	for (const line of unfolded.split(/\r?\n/)) {
		const colon = line.indexOf(':');
		if (colon <= 0) continue;
		const name = line.slice(0, colon).trim().toLowerCase();
		if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
	}
	return { headers, body };
}

/** Decodes quoted-printable into a binary string. */
export function decodeQuotedPrintable(s: string): string {
	return s
		.replace(/=\r?\n/g, '')
		.replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** Decodes base64 into a binary string, ignoring whitespace and junk. */
export function decodeBase64(s: string): string {
	const clean = s.replace(/[^A-Za-z0-9+/]/g, '');
	return Buffer.from(clean, 'base64').toString('latin1');
}

/** Decodes RFC 2047 encoded words in a raw (binary) header value; the rest is read as UTF-8. */
export function decodeHeader(raw: string): string {
	const re = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g;
	let out = '';
	let last = 0;
	let previousWasWord = false;
	for (let m = re.exec(raw); m !== null; m = re.exec(raw)) {
		const between = raw.slice(last, m.index);
		// Whitespace between two encoded words is not part of the text.
		if (!(previousWasWord && /^\s*$/.test(between))) out += decodeBytes(binaryToBytes(between), 'utf-8');
		const charset = m[1]!.split('*')[0]!;
		const encoded = m[3]!;
		const binary =
			m[2]!.toLowerCase() === 'b' ? decodeBase64(encoded) : decodeQuotedPrintable(encoded.replace(/_/g, ' '));
		out += decodeBytes(binaryToBytes(binary), charset);
		last = m.index + m[0].length;
		previousWasWord = true;
	}
	out += decodeBytes(binaryToBytes(raw.slice(last)), 'utf-8');
	return out;
}

interface ContentType {
	type: string;
	params: Map<string, string>;
}

function parseContentType(value: string | undefined): ContentType {
	const params = new Map<string, string>();
	if (!value) return { type: 'text/plain', params };
	const [type, ...rest] = value.split(';');
	const re = /([^\s=;]+)\s*=\s*(?:"([^"]*)"|([^\s;]+))/g;
	const tail = rest.join(';');
	for (let m = re.exec(tail); m !== null; m = re.exec(tail))
		params.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? '');
	return { type: (type ?? '').trim().toLowerCase() || 'text/plain', params };
}

function partBytes(part: Part): Uint8Array {
	const encoding = (part.headers.get('content-transfer-encoding') ?? '').trim().toLowerCase();
	const binary =
		encoding === 'base64'
			? decodeBase64(part.body)
			: encoding === 'quoted-printable'
				? decodeQuotedPrintable(part.body)
				: part.body;
	return binaryToBytes(binary);
}

function splitMultipart(body: string, boundary: string): string[] {
	const delimiter = `--${boundary}`;
	const pieces: string[] = [];
	let at = body.indexOf(delimiter);
	while (at >= 0 && pieces.length < MAX_PARTS) {
		const lineEnd = body.indexOf('\n', at);
		if (lineEnd < 0 || body.startsWith(`${delimiter}--`, at)) break;
		const next = body.indexOf(delimiter, lineEnd);
		const end = next < 0 ? body.length : next;
		pieces.push(body.slice(lineEnd + 1, end).replace(/\r?\n$/, ''));
		at = next;
	}
	return pieces;
}

interface Collected {
	texts: string[];
	links: { href: string; text: string }[];
	parts: number;
}

function collect(part: Part, depth: number, acc: Collected): void {
	if (depth > MAX_DEPTH || acc.parts++ > MAX_PARTS) return;
	const ct = parseContentType(part.headers.get('content-type'));
	const disposition = (part.headers.get('content-disposition') ?? '').toLowerCase();
	if (ct.type.startsWith('multipart/')) {
		const boundary = ct.params.get('boundary');
		if (!boundary) return;
		const children = splitMultipart(part.body, boundary).map(splitHeaders);
		if (ct.type === 'multipart/alternative') {
			// The last alternative the reader understands is the richest one (RFC 2046).
			const readable = children.filter(
				(c) =>
					/^text\/(plain|html)$/.test(parseContentType(c.headers.get('content-type')).type) ||
					parseContentType(c.headers.get('content-type')).type.startsWith('multipart/'),
			);
			const chosen = readable[readable.length - 1];
			if (chosen) collect(chosen, depth + 1, acc);
			return;
		}
		for (const child of children) collect(child, depth + 1, acc);
		return;
	}
	if (disposition.startsWith('attachment')) return;
	if (ct.type === 'message/rfc822') {
		collect(splitHeaders(part.body), depth + 1, acc);
		return;
	}
	if (ct.type !== 'text/plain' && ct.type !== 'text/html') return;
	const text = decodeBytes(partBytes(part), ct.params.get('charset'));
	if (ct.type === 'text/html') {
		const html = htmlToText(text);
		acc.texts.push(html.text);
		for (const link of html.links) acc.links.push(link);
	} else acc.texts.push(text.trim());
}

/** Parses a raw message given as a binary string (each char one byte). */
export function parseEmail(raw: string): ParsedEmail {
	const root = splitHeaders(raw);
	const acc: Collected = { texts: [], links: [], parts: 0 };
	collect(root, 0, acc);
	const subject = decodeHeader(root.headers.get('subject') ?? '');
	const from = decodeHeader(root.headers.get('from') ?? '');
	const text = [subject, ...acc.texts].filter((t) => t.length > 0).join('\n\n');
	return { subject, from, text, links: acc.links };
}

/** True when the start of a file looks like a mail message (header lines up to a blank line). */
export function looksLikeEmail(head: string): boolean {
	return (
		/^(?:[A-Za-z-]+:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*){2,}/.test(head.slice(0, 4096)) &&
		/^(from|subject|mime-version|received|return-path|date|to|message-id):/im.test(head.slice(0, 4096))
	);
}
