/**
 * Typed arrays precomputed at build time travel as base64 text in a generated module (little-endian, as on
 * every platform the extension and the command line run on). The first character names the element type.
 */
export type PackedArray = Uint8Array | Uint16Array | Int32Array;

const TYPES = { b: Uint8Array, w: Uint16Array, i: Int32Array } as const;

interface Base64Decoders {
	/** Chrome 140+, Firefox 133+, Node 25+. */
	fromBase64?: (s: string) => Uint8Array<ArrayBuffer>;
	/** Node's Buffer (the command line, tests). */
	from?: (s: string, encoding: 'base64') => Uint8Array<ArrayBuffer>;
}

/** Native decoders where there are (a loop over the bytes runs in the interpreter on a page's first call). */
function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
	const native = (Uint8Array as unknown as Base64Decoders).fromBase64;
	if (native !== undefined) return native(base64);
	const buffer = (globalThis as { Buffer?: Base64Decoders }).Buffer;
	if (buffer?.from !== undefined) {
		// A copy at offset 0 of its own buffer: Node pools small buffers, which breaks the element alignment.
		return new Uint8Array(buffer.from(base64, 'base64'));
	}
	const binary = atob(base64);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

export function unpackArray(packed: string): PackedArray {
	const type = TYPES[packed[0] as keyof typeof TYPES];
	if (type === undefined) throw new Error('unknown packed array type');
	const bytes = bytesOf(packed.slice(1));
	return new type(bytes.buffer, bytes.byteOffset, bytes.byteLength / type.BYTES_PER_ELEMENT);
}

/** Smallest element type holding every value (for the generator). */
export function packArray(values: ArrayLike<number>): string {
	let min = 0;
	let max = 0;
	for (let i = 0; i < values.length; i++) {
		min = Math.min(min, values[i]!);
		max = Math.max(max, values[i]!);
	}
	const key = min >= 0 && max <= 0xff ? 'b' : min >= 0 && max <= 0xffff ? 'w' : 'i';
	const array = new TYPES[key](values.length);
	array.set(Array.from(values));
	let binary = '';
	const bytes = new Uint8Array(array.buffer);
	for (let i = 0; i < bytes.length; i += 4096)
		binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 4096) as unknown as number[]);
	return key + btoa(binary);
}
