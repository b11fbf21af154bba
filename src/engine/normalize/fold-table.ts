import { ContentHash } from './content-hash';
import { FOLD_TABLE_DATA } from './fold-table.generated';
import { type PackedArray, unpackArray } from './packed-array';
import { SIMP_CHARS, TRAD_CHARS } from './trad-simp.generated';

/**
 * One table from a UTF-16 code unit to its folded form, shared by the matcher and by `normalize()`.
 * Folding happens per code unit in a table lookup instead of rewriting strings, so the matcher reads the
 * original text once and keeps exact offsets into it.
 *
 * A folded value is a code unit, or one of the two markers below. Folding covers: NFKC compatibility forms
 * (full-width letters, circled and math letters, CJK compatibility ideographs, Kangxi radicals), lower case,
 * Traditional to Simplified Chinese, and Latin look-alikes (Cyrillic and Greek letters, 0/1/I/l).
 */

/** Ignored between characters: spaces, invisible characters, separators and symbols scammers insert. */
export const SKIP = 0;
/** Ignored too, but ends a clause (used to scope negations such as 不要 / never). */
export const BREAK = 1;

/** Lead surrogate marker in the table: the code point decides (see foldAstral). */
export const ASTRAL = 2;

const CLAUSE_BREAKS = '\n\r\u2028\u2029,;!?，。！？；';

/** Punctuation and symbols that carry no meaning between the letters of a pattern. */
const SEPARATORS =
	' \t\f\v\u00a0.-_·•*~|/\\\'"`^+=#:()[]{}<>、・‧…—–―～「」『』【】〔〕《》〈〉（）［］｛｝“”‘’«»°※☆★○●◎◇◆□■△▲▽▼→←↑↓♡♥❤';

/** Latin look-alikes seen in brand and chat-app evasions, after lower-casing. */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
	// Cyrillic
	а: 'a',
	в: 'b',
	е: 'e',
	ё: 'e',
	к: 'k',
	м: 'm',
	н: 'h',
	о: 'o',
	р: 'p',
	с: 'c',
	т: 't',
	у: 'y',
	х: 'x',
	і: 'l',
	ї: 'l',
	ј: 'j',
	ѕ: 's',
	ԁ: 'd',
	ԛ: 'q',
	ԝ: 'w',
	ɡ: 'g',
	// Greek
	α: 'a',
	β: 'b',
	ε: 'e',
	ι: 'l',
	κ: 'k',
	ν: 'v',
	ο: 'o',
	ρ: 'p',
	τ: 't',
	υ: 'u',
	χ: 'x',
	// Digits and letters that stand in for each other in Latin words (Amaz0n, PayPaI, paypa1).
	'0': 'o',
	'1': 'l',
	i: 'l',
	ı: 'l',
	ℓ: 'l',
};

const SIMPLIFIED_VARIANTS: ReadonlyArray<readonly [string, string]> = [
	['帐', '账'],
	['於', '于'],
	['裏', '里'],
];

/** Ranges whose NFKC form differs from themselves in ways that matter here; the rest of the BMP is left alone. */
const NFKC_RANGES: ReadonlyArray<readonly [number, number]> = [
	[0x00a0, 0x024f],
	[0x0370, 0x04ff],
	[0x1d00, 0x1dbf],
	[0x2070, 0x24ff],
	[0x2c60, 0x2c7f],
	[0x2e80, 0x2fdf],
	[0x3200, 0x33ff],
	[0xa730, 0xa7ff],
	[0xf900, 0xfaff],
	[0xfe10, 0xfe6f],
	[0xff00, 0xffef],
];

function foldString(s: string): number {
	if (s.length !== 1) return -1;
	return s.charCodeAt(0);
}

/** Invisible characters, combining marks, spaces and symbols: skipped. */
const SKIP_RANGES: ReadonlyArray<readonly [number, number]> = [
	[0x00, 0x1f],
	[0x7f, 0x9f],
	[0xad, 0xad],
	[0x34f, 0x34f],
	[0x61c, 0x61c],
	[0x180e, 0x180e],
	[0x200b, 0x200f],
	[0x202a, 0x202e],
	[0x2060, 0x206f],
	[0xfeff, 0xfeff],
	[0xfe00, 0xfe0f],
	[0xfff0, 0xfffd],
	[0x300, 0x36f],
	[0x1ab0, 0x1aff],
	[0x20d0, 0x20ff],
	// Spaces and symbols.
	[0x2000, 0x200a],
	[0x202f, 0x202f],
	[0x205f, 0x205f],
	[0x3000, 0x3000],
	[0x2190, 0x23ff],
	[0x2500, 0x27bf],
	[0x2900, 0x2bff],
	[0x3001, 0x3003],
	[0x3008, 0x3020],
	[0x3030, 0x3030],
	[0x303d, 0x303d],
	[0x2010, 0x2027],
	[0x2030, 0x205e],
];

/**
 * Built with typed-array passes only (no per-character strings outside the few NFKC ranges), so that
 * building it costs a few milliseconds at first use.
 */
export function buildFoldTable(): Uint16Array {
	const table = new Uint16Array(0x10000);
	for (let c = 0; c < 0x10000; c++) table[c] = c;
	// ASCII upper case is the common path: no normalize() call.
	for (let c = 0x41; c <= 0x5a; c++) table[c] = c + 0x20;
	for (const [lo, hi] of NFKC_RANGES) {
		for (let c = lo; c <= hi; c++) {
			const f = foldString(String.fromCharCode(c).normalize('NFKC').toLowerCase());
			if (f >= 0) table[c] = f;
		}
	}
	// One remapping of folded values: Traditional to Simplified, Simplified variants, Latin look-alikes.
	// Applied up to three times, so chains (compatibility form → Traditional → Simplified) land too.
	const remap = new Uint16Array(0x10000);
	for (let i = 0; i < TRAD_CHARS.length; i++) remap[TRAD_CHARS.charCodeAt(i)] = SIMP_CHARS.charCodeAt(i);
	for (const [variant, standard] of SIMPLIFIED_VARIANTS)
		remap[variant.charCodeAt(0)] = standard.charCodeAt(0);
	for (const [from, to] of Object.entries(HOMOGLYPHS)) {
		remap[from.charCodeAt(0)] = to.charCodeAt(0);
		const upper = from.toUpperCase();
		if (upper.length === 1 && remap[upper.charCodeAt(0)] === 0) remap[upper.charCodeAt(0)] = to.charCodeAt(0);
	}
	for (const [, standard] of SIMPLIFIED_VARIANTS) remap[standard.charCodeAt(0)] = 0;
	for (let c = 0; c < 0x10000; c++) {
		let f = table[c]!;
		for (let k = 0; k < 3; k++) {
			const r = remap[f]!;
			if (r === 0 || r === f) break;
			f = r;
		}
		table[c] = f;
	}
	const skip = new Uint8Array(0x10000);
	for (const [lo, hi] of SKIP_RANGES) skip.fill(1, lo, hi + 1);
	for (const ch of SEPARATORS) skip[ch.charCodeAt(0)] = 1;
	for (let c = 0; c < 0x10000; c++) if (skip[c] === 1 || skip[table[c]!] === 1) table[c] = SKIP;
	for (let c = 0xff01; c <= 0xff5e; c++) if (table[c - 0xfee0] === SKIP) table[c] = SKIP;
	for (const ch of CLAUSE_BREAKS) {
		const c = ch.charCodeAt(0);
		table[c] = BREAK;
		if (c >= 0x21 && c <= 0x7e) table[c + 0xfee0] = BREAK;
	}
	table.fill(ASTRAL, 0xd800, 0xdc00);
	// A lone trail surrogate is not a character.
	table.fill(SKIP, 0xdc00, 0xe000);
	return table;
}

/** Bump when buildFoldTable() changes in a way its sources below do not show. */
const FOLD_TABLE_FORMAT = 2;

/**
 * Hash of everything the fold table is made from (cheap: a few thousand characters). The table precomputed
 * at build time is used only while it matches; see fold-table.generated.ts.
 */
export function foldTableSourcesHash(): string {
	// Once per process: the fold table's check and the automaton's both need it at a page's first call.
	sourcesHash ??= new ContentHash()
		.add(`fold-table ${FOLD_TABLE_FORMAT}`)
		.add(TRAD_CHARS)
		.add(SIMP_CHARS)
		.add(CLAUSE_BREAKS)
		.add(SEPARATORS)
		.add(JSON.stringify(HOMOGLYPHS))
		.add(JSON.stringify(SIMPLIFIED_VARIANTS))
		.add(JSON.stringify(NFKC_RANGES))
		.add(JSON.stringify(SKIP_RANGES))
		.digest();
	return sourcesHash;
}

let sourcesHash: string | undefined;

/**
 * The table as runs of code units that do not fold to themselves: run r covers `length[r]` units from
 * `start[r]`, folding to `value[r] + i * step[r]` (step 0: all to one value, step 1: shifted ranges).
 */
export interface FoldRuns {
	start: PackedArray;
	length: PackedArray;
	value: PackedArray;
	step: PackedArray;
}

export function foldRunsOf(table: Uint16Array): {
	start: number[];
	length: number[];
	value: number[];
	step: number[];
} {
	const runs = { start: [] as number[], length: [] as number[], value: [] as number[], step: [] as number[] };
	let c = 0;
	while (c < 0x10000) {
		const v = table[c]!;
		if (v === c) {
			c++;
			continue;
		}
		// A run continues while the next unit folds to the same value (step 0) or the next value (step 1).
		const next = c + 1 < 0x10000 ? table[c + 1]! : -1;
		const step = next === v + 1 && next !== c + 1 ? 1 : 0;
		let end = c + 1;
		// At most 255 units a run, so the lengths take one byte each.
		while (end < 0x10000 && end - c < 255 && table[end] === v + step * (end - c) && table[end] !== end) end++;
		runs.start.push(c);
		runs.length.push(end - c);
		runs.value.push(v);
		runs.step.push(step);
		c = end;
	}
	return runs;
}

function tableFromRuns(runs: FoldRuns): Uint16Array {
	const table = new Uint16Array(0x10000);
	for (let c = 0; c < 0x10000; c++) table[c] = c;
	const { start, length, value, step } = runs;
	for (let r = 0; r < start.length; r++) {
		const from = start[r]!;
		const v = value[r]!;
		if (step[r] === 0) table.fill(v, from, from + length[r]!);
		else for (let i = 0, n = length[r]!; i < n; i++) table[from + i] = v + i;
	}
	return table;
}

function loadFoldRuns(): FoldRuns | undefined {
	if (FOLD_TABLE_DATA.sourcesHash !== foldTableSourcesHash()) return undefined;
	return {
		start: unpackArray(FOLD_TABLE_DATA.start),
		length: unpackArray(FOLD_TABLE_DATA.length),
		value: unpackArray(FOLD_TABLE_DATA.value),
		step: unpackArray(FOLD_TABLE_DATA.step),
	};
}

function loadFoldTable(): Uint16Array | undefined {
	const runs = loadFoldRuns();
	if (runs === undefined) return undefined;
	foldTableRuns = runs;
	return tableFromRuns(runs);
}

let foldTable: Uint16Array | undefined;
/** The runs getFoldTable()'s table was made from (undefined when it was built from the sources). */
let foldTableRuns: FoldRuns | undefined;

/**
 * The table of `byFolded[fold(u)]` for every code unit u (e.g. the automaton's class of each unit). Made from
 * the fold table's runs when it came from them: a copy of `byFolded` (where units fold to themselves) with
 * the ~4,500 runs written over it, instead of a loop over all 65,536 units in a page's first call.
 */
export function composeWithFold(byFolded: Uint16Array): Uint16Array {
	const table = getFoldTable();
	const runs = foldTableRuns;
	if (runs === undefined) {
		const out = new Uint16Array(0x10000);
		for (let u = 0; u < 0x10000; u++) out[u] = byFolded[table[u]!]!;
		return out;
	}
	const out = byFolded.slice();
	const { start, length, value, step } = runs;
	for (let r = 0; r < start.length; r++) {
		const from = start[r]!;
		const v = value[r]!;
		const n = length[r]!;
		if (step[r] === 0) {
			if (n === 1) out[from] = byFolded[v]!;
			else out.fill(byFolded[v]!, from, from + n);
		} else for (let i = 0; i < n; i++) out[from + i] = byFolded[v + i]!;
	}
	return out;
}

/**
 * The shared fold table: decoded from the form precomputed at build time (under a millisecond), or built
 * here when its sources changed since (a few milliseconds, mostly NFKC calls).
 */
export function getFoldTable(): Uint16Array {
	foldTable ??= loadFoldTable() ?? buildFoldTable();
	return foldTable;
}

/** Makes getFoldTable() build from the sources (the generator and tests compare against this). */
export function useBuiltFoldTable(): void {
	foldTable = buildFoldTable();
	foldTableRuns = undefined;
}

/** Whether getFoldTable() would use the precomputed table (for tests). */
export function precomputedFoldTable(): Uint16Array | undefined {
	const runs = loadFoldRuns();
	return runs === undefined ? undefined : tableFromRuns(runs);
}

/**
 * Folds a code point outside the BMP: math alphanumerics (𝐀𝐦𝐚𝐳𝐨𝐧) become plain letters, emoji and other
 * symbols are skipped, anything else stays itself (returned as -1: no folded BMP unit).
 */
export function foldAstral(cp: number): number {
	if (cp >= 0x1d400 && cp <= 0x1d7ff) {
		const s = String.fromCodePoint(cp).normalize('NFKC').toLowerCase();
		if (s.length === 1) {
			const f = getFoldTable()[s.charCodeAt(0)]!;
			return f;
		}
		return -1;
	}
	if ((cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0xe0000 && cp <= 0xe007f)) return SKIP;
	if (cp >= 0x1f100 && cp <= 0x1f1ff) return SKIP;
	return -1;
}
