import { ASTRAL, BREAK, foldAstral, getFoldTable, SKIP } from './fold-table';

export interface Normalized {
	/** The folded text: separators and invisible characters dropped, clause breaks kept as '\n'. */
	text: string;
	/** For each UTF-16 unit of `text`: where its character starts in the original. */
	starts: Int32Array;
	/** For each UTF-16 unit of `text`: where its character ends (exclusive) in the original. */
	ends: Int32Array;
}

/**
 * The folded form of a text with a map back to the original, for tests, the CLI and anyone who wants to see
 * what the matcher sees. The matcher does not call this: it folds on the fly with the same table.
 */
export function normalize(original: string): Normalized {
	const table = getFoldTable();
	const out: number[] = [];
	const starts: number[] = [];
	const ends: number[] = [];
	const n = original.length;
	for (let i = 0; i < n; i++) {
		const c = original.charCodeAt(i);
		let f = table[c]!;
		let width = 1;
		if (f === ASTRAL) {
			const next = i + 1 < n ? original.charCodeAt(i + 1) : 0;
			if (next >= 0xdc00 && next <= 0xdfff) {
				const cp = ((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
				const g = foldAstral(cp);
				width = 2;
				if (g === SKIP) {
					i++;
					continue;
				}
				if (g < 0) {
					out.push(c, next);
					starts.push(i, i);
					ends.push(i + 2, i + 2);
					i++;
					continue;
				}
				f = g;
			} else {
				continue;
			}
		}
		if (f === SKIP) continue;
		if (f === BREAK) {
			if (out.length > 0 && out[out.length - 1] === 0x0a) continue;
			f = 0x0a;
		}
		out.push(f);
		starts.push(i);
		ends.push(i + width);
		if (width === 2) i++;
	}
	let text = '';
	for (let i = 0; i < out.length; i += 8192) text += String.fromCharCode(...out.slice(i, i + 8192));
	return { text, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Folds a catalogue pattern exactly like input text is folded (clause breaks dropped too). */
export function foldPattern(pattern: string): string {
	// A pattern never folds to more units than it has (foldPatternInto's contract).
	const out = new Uint16Array(pattern.length);
	const end = foldPatternInto(pattern, out, 0);
	let text = '';
	for (let i = 0; i < end; i++) text += String.fromCharCode(out[i]!);
	return text;
}

/**
 * Folds a catalogue pattern into a buffer, as normalize() folds text without its offset map and with clause breaks
 * dropped: writes the folded units of `pattern` from `at` on and returns where they end (never more units than the
 * pattern has). The automaton's build folds the whole catalogue this way, without a string per pattern.
 */
export function foldPatternInto(pattern: string, out: Uint16Array, at: number): number {
	const table = getFoldTable();
	let end = at;
	const n = pattern.length;
	for (let i = 0; i < n; i++) {
		const c = pattern.charCodeAt(i);
		let f = table[c]!;
		if (f === ASTRAL) {
			const next = i + 1 < n ? pattern.charCodeAt(i + 1) : 0;
			if (next < 0xdc00 || next > 0xdfff) continue;
			i++;
			const g = foldAstral(((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000);
			if (g === SKIP) continue;
			if (g < 0) {
				out[end++] = c;
				out[end++] = next;
				continue;
			}
			f = g;
		}
		if (f === SKIP || f === BREAK) continue;
		out[end++] = f;
	}
	return end;
}
