/**
 * Bytes to text with a declared or sniffed charset, through the platform's TextDecoder (which knows GBK,
 * GB18030, Big5 and the rest in Node with full ICU). Unknown labels fall back to UTF-8 / GB18030 sniffing.
 */

const ALIASES: Readonly<Record<string, string>> = {
	gb2312: 'gbk',
	'x-gbk': 'gbk',
	cp936: 'gbk',
	'big5-hkscs': 'big5',
	'x-big5': 'big5',
	cp950: 'big5',
	utf8: 'utf-8',
	'us-ascii': 'utf-8',
	ascii: 'utf-8',
};

function decoderFor(label: string, fatal: boolean): TextDecoder | null {
	const key = label
		.trim()
		.toLowerCase()
		.replace(/^["']|["']$/g, '');
	try {
		return new TextDecoder(ALIASES[key] ?? key, { fatal });
	} catch {
		return null;
	}
}

/** Decodes bytes in the given charset; without one (or with an unknown one), sniffs BOM, UTF-8, then GB18030. */
export function decodeBytes(bytes: Uint8Array, charset?: string | null): string {
	if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
		return new TextDecoder('utf-8').decode(bytes.subarray(3));
	if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
		return new TextDecoder('utf-16le').decode(bytes.subarray(2));
	if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
		return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	if (charset) {
		const declared = decoderFor(charset, false);
		if (declared) return declared.decode(bytes);
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('gb18030').decode(bytes);
	}
}

/** A binary string (one char per byte, as read with 'latin1') back to bytes. */
export function binaryToBytes(binary: string): Uint8Array {
	const out = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i) & 0xff;
	return out;
}
