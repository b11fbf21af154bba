/**
 * A 64-bit hash (32-bit FNV-1a and a 31-multiplier hash, as 16 hex digits) of strings, to tell whether data
 * precomputed at build time still fits the sources it was made from. Not for security: only to catch a
 * forgotten regeneration. It runs at a page's first call, in the interpreter: shifts and adds only, no
 * Math.imul call per code unit.
 */
export class ContentHash {
	private a = 0x811c9dc5 | 0;
	private b = 5381;

	add(s: string): this {
		let a = this.a;
		let b = this.b;
		for (let i = 0; i < s.length; i++) {
			const c = s.charCodeAt(i);
			a ^= c;
			// a * 16777619 (the FNV prime) modulo 2^32.
			a = (a + (a << 1) + (a << 4) + (a << 7) + (a << 8) + (a << 24)) | 0;
			b = ((b << 5) - b + c) | 0;
		}
		// A separator, so ['ab', 'c'] and ['a', 'bc'] differ.
		a ^= 0x1f;
		this.a = (a + (a << 1) + (a << 4) + (a << 7) + (a << 8) + (a << 24)) | 0;
		this.b = ((b << 5) - b + 0x1f) | 0;
		return this;
	}

	digest(): string {
		return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
	}
}
