import { ASTRAL, BREAK, composeWithFold, foldAstral, getFoldTable, SKIP } from '../normalize/fold-table';
import { foldPatternInto } from '../normalize/normalize';
import type { PackedArray } from '../normalize/packed-array';

/**
 * One-pass Aho-Corasick matcher over folded text. The character-class table folds as it reads (width, case,
 * Traditional forms, look-alikes) and drops separators, so the original string is read once, nothing is
 * rewritten, and every hit maps back to exact original offsets through a small ring of positions.
 * Work per input is linear: one table lookup per code unit, amortised O(1) transitions, bounded outputs.
 */

export interface AutomatonEntry {
	/** Literal anchor, folded here exactly like the input. */
	pattern: string;
	/** Caller's id for what the pattern stands for (a signal index). */
	tag: number;
}

export interface TagOptions {
	/** Regex checked on a folded window around the hit (separators dropped, clause breaks as '\n'). */
	confirm?: { pattern: RegExp; window: number } | undefined;
	/** A hit of this tag right after a negation in the same clause is reported as negated. */
	negatable?: boolean | undefined;
	/** This tag is a negation cue (不要, 切勿, never...). */
	negation?: boolean | undefined;
	/** This tag ends the scope of a negation (但, 只要, but, just...). */
	negationReset?: boolean | undefined;
}

export interface Hit {
	tag: number;
	/** UTF-16 offsets into the original text. */
	start: number;
	end: number;
	negated: boolean;
}

const CLS_OTHER = 0;
const CLS_SKIP = 0xffff;
const CLS_BREAK = 0xfffe;
const CLS_ASTRAL = 0xfffd;

/** Requires a word boundary before the match (pattern starts with a Latin letter). */
const FLAG_START_WORD = 1;
/** Requires a word boundary after the match (short Latin patterns such as vx, qq, tg). */
const FLAG_END_WORD = 2;

const TAG_NEGATION = 1;
const TAG_RESET = 2;
const TAG_NEGATABLE = 4;
const TAG_CONFIRM = 8;

/** Hits kept per tag and scan: enough for scoring repetition, bounded for hostile input. */
export const MAX_HITS_PER_TAG = 12;
/**
 * States with at least this many children get a dense row. Measured: every state in shared rows with a few
 * exceptions scans ~10% faster but triples the memory and doubles the first (interpreted) build, which the
 * content script pays on a page's first call; rows for only these few states cost little at start-up.
 */
const DENSE_MIN_CHILDREN = 3;
/** Folded characters between the end of a negation cue and the start of a negatable hit. */
export const NEGATION_DISTANCE = 16;
/** Units per String.fromCharCode call (far below engines' argument limits). */
const WINDOW_CHUNK = 4096;

function isLatinLetter(f: number): boolean {
	return f >= 0x61 && f <= 0x7a;
}

export interface HitArrays {
	tag: Int32Array;
	/** UTF-16 offsets into the original text. */
	start: Int32Array;
	end: Int32Array;
	/** 1 when the hit follows a negation in the same clause. */
	negated: Uint8Array;
}

function newHitArrays(capacity: number): HitArrays {
	return {
		tag: new Int32Array(capacity),
		start: new Int32Array(capacity),
		end: new Int32Array(capacity),
		negated: new Uint8Array(capacity),
	};
}

/**
 * The automaton's trie and failure links, all the rest is derived from in a few linear passes. States are
 * numbered in breadth-first order (the root's children by class, then each state's children in the order
 * their patterns came), so a state's children are consecutive and the edges need no targets.
 * deriveTables() makes the runtime tables from it; those are what is serialized at build time.
 */
/**
 * Bump when buildCompact() or deriveTables() change what they make from the same patterns (the precomputed
 * form goes stale).
 */
export const COMPACT_AUTOMATON_FORMAT = 3;

export interface CompactAutomaton {
	/** Folded code unit of each class (index 0, "no pattern uses it", unused). */
	classUnits: PackedArray;
	/** Per state, the class of the edge into it (0 for the root). */
	stateClass: PackedArray;
	/** Per state, its number of children; 0 for the root (its children are the states no other state has). */
	childCount: PackedArray;
	/** Per state, its failure state. */
	fail: PackedArray;
	/** Per pattern, the state it ends in (0 for a pattern that folds to nothing). */
	patternState: PackedArray;
	/** Per pattern, FLAG_* word-boundary bits. */
	patternFlags: PackedArray;
}

function buildCompact(entries: readonly AutomatonEntry[]): CompactAutomaton {
	// Classes numbered in order of first use, in a typed array indexed by folded unit (no hashing).
	const classByFolded = new Uint16Array(0x10000);
	let classTotal = 0;
	// All folded patterns in one buffer (no string per pattern), pattern p at units[unitStart[p]..unitStart[p + 1]).
	let unitTotal = 0;
	for (const e of entries) unitTotal += e.pattern.length;
	const units = new Uint16Array(unitTotal);
	const unitStart = new Int32Array(entries.length + 1);
	let unitEnd = 0;
	for (let p = 0; p < entries.length; p++) {
		unitStart[p] = unitEnd;
		unitEnd = foldPatternInto(entries[p]!.pattern, units, unitEnd);
		for (let i = unitStart[p]!; i < unitEnd; i++) {
			const c = units[i]!;
			if (classByFolded[c] === 0) classByFolded[c] = ++classTotal;
		}
	}
	unitStart[entries.length] = unitEnd;
	const classCount = classTotal + 1;
	// Trie in typed arrays: root children by class, other states' children as sibling lists (few each).
	// Grown by doubling; no Map or per-state array in the build.
	let cap = 1024;
	let firstChild = new Int32Array(cap).fill(-1);
	let nextSibling = new Int32Array(cap).fill(-1);
	let stateClass = new Uint16Array(cap);
	// Per pattern, the (build-order) state it ends in; 0 for a pattern that folds to nothing.
	const patternEnd = new Int32Array(entries.length);
	const rootNext = new Int32Array(classCount);
	let stateCount = 1;
	const patternFlags = new Uint8Array(entries.length);
	const child = (st: number, cls: number): number => {
		if (st === 0) return rootNext[cls]! > 0 ? rootNext[cls]! : -1;
		for (let c = firstChild[st]!; c !== -1; c = nextSibling[c]!) if (stateClass[c] === cls) return c;
		return -1;
	};
	for (let p = 0; p < entries.length; p++) {
		const from = unitStart[p]!;
		const length = unitStart[p + 1]! - from;
		if (length === 0) continue;
		if (isLatinLetter(units[from]!)) patternFlags[p] = patternFlags[p]! | FLAG_START_WORD;
		if (isLatinLetter(units[from + length - 1]!) && length <= 4)
			patternFlags[p] = patternFlags[p]! | FLAG_END_WORD;
		let st = 0;
		for (let i = 0; i < length; i++) {
			const cls = classByFolded[units[from + i]!]!;
			let next = child(st, cls);
			if (next === -1) {
				if (stateCount === cap) {
					cap *= 2;
					const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
						const b = new Int32Array(cap).fill(-1);
						b.set(a);
						return b;
					};
					firstChild = grow(firstChild);
					nextSibling = grow(nextSibling);
					const sc = new Uint16Array(cap);
					sc.set(stateClass);
					stateClass = sc;
				}
				next = stateCount++;
				stateClass[next] = cls;
				if (st === 0) rootNext[cls] = next;
				else {
					// Appended at the end of the sibling list: children keep their insertion order.
					let c = firstChild[st]!;
					if (c === -1) firstChild[st] = next;
					else {
						while (nextSibling[c]! !== -1) c = nextSibling[c]!;
						nextSibling[c] = next;
					}
				}
			}
			st = next;
		}
		patternEnd[p] = st;
	}
	// Breadth-first failure links.
	const fail = new Int32Array(stateCount);
	const order = new Int32Array(stateCount);
	let orderLength = 0;
	for (let cls = 0; cls < classCount; cls++) if (rootNext[cls]! > 0) order[orderLength++] = rootNext[cls]!;
	for (let qi = 0; qi < orderLength; qi++) {
		const st = order[qi]!;
		for (let t = firstChild[st]!; t !== -1; t = nextSibling[t]!) {
			order[orderLength++] = t;
			const cls = stateClass[t]!;
			let f = fail[st]!;
			let g = child(f, cls);
			while (g === -1 && f !== 0) {
				f = fail[f]!;
				g = child(f, cls);
			}
			fail[t] = g !== -1 && g !== t ? g : 0;
		}
	}
	// Renumbered in breadth-first order (see CompactAutomaton).
	const newId = new Int32Array(stateCount);
	for (let qi = 0; qi < orderLength; qi++) newId[order[qi]!] = qi + 1;
	const big = stateCount > 0xffff;
	const compactClass = new Uint16Array(stateCount);
	const childCount = new Uint16Array(stateCount);
	const compactFail = big ? new Int32Array(stateCount) : new Uint16Array(stateCount);
	for (let qi = 0; qi < orderLength; qi++) {
		const st = order[qi]!;
		const id = qi + 1;
		compactClass[id] = stateClass[st]!;
		compactFail[id] = newId[fail[st]!]!;
		let n = 0;
		for (let t = firstChild[st]!; t !== -1; t = nextSibling[t]!) n++;
		childCount[id] = n;
	}
	const patternState = big ? new Int32Array(entries.length) : new Uint16Array(entries.length);
	for (let p = 0; p < entries.length; p++) patternState[p] = newId[patternEnd[p]!]!;
	const classUnits = new Uint16Array(classCount);
	for (let u = 0; u < 0x10000; u++) if (classByFolded[u] !== 0) classUnits[classByFolded[u]!] = u;
	return {
		classUnits,
		stateClass: compactClass,
		childCount,
		fail: compactFail,
		patternState,
		patternFlags,
	};
}

/**
 * What the scan runs on, derived from the trie (CompactAutomaton) by deriveTables(): precomputed at build time
 * (text-automaton.generated.ts), so a page's first call decodes these and lays out the dense rows with a few
 * hundred native copies instead of deriving them state by state in the interpreter.
 */
export interface AutomatonTables {
	/** Folded code unit of each class (index 0, "no pattern uses it", unused). */
	classUnits: PackedArray;
	/**
	 * Per state: 2 x its dense row for a dense state; for a sparse state, 2 x the dense row its failure chain
	 * ends in, + 1. (Row indexes, not offsets: half the size of the generated module.)
	 */
	stateRow: PackedArray;
	/** Per dense row (breadth-first order, row 0 the root), its state. */
	rowState: PackedArray;
	/** Per dense row, the dense row its failure chain ends in (unused for the root). */
	rowFallback: PackedArray;
	/**
	 * Per state s, its resolved edges listStart[s]..listStart[s + 1]: its own edges, then those of the sparse
	 * states on its failure chain (nearest first, a class already listed left out). With the fallback row they
	 * give every transition of the state without a walk along failure links.
	 */
	listStart: PackedArray;
	listClass: PackedArray;
	listTarget: PackedArray;
	/** Per state, its patterns outPattern[outStart[s]..outStart[s + 1]] (own first, then its failure state's). */
	outStart: PackedArray;
	outPattern: PackedArray;
	/** Per pattern, its length in folded units (0 for a pattern that folds to nothing). */
	patternLen: PackedArray;
	/** Per pattern, FLAG_* word-boundary bits. */
	patternFlags: PackedArray;
}

function deriveTables(c: CompactAutomaton, patternCount: number): AutomatonTables {
	const stateCount = c.stateClass.length;
	const childCount = c.childCount;
	const stateClass = c.stateClass;
	const fail = c.fail;
	const classCount = c.classUnits.length;
	// Children are numbered consecutively in breadth-first order: the root's are 1..n, then those of
	// state 1, of state 2...; so the edges and depths follow in one pass, and a failure state (smaller
	// depth) always comes before its state.
	let rootChildren = stateCount - 1;
	for (let st = 1; st < stateCount; st++) rootChildren -= childCount[st]!;
	const edgeStart = new Int32Array(stateCount + 1);
	const edgeCount = stateCount - 1 - rootChildren;
	const edgeClass = new Uint16Array(edgeCount);
	const edgeTarget = new Int32Array(edgeCount);
	const depth = new Int32Array(stateCount);
	for (let s = 1; s <= rootChildren; s++) depth[s] = 1;
	let nextChild = rootChildren + 1;
	let e = 0;
	// Dense rows (see below) for the root and, in breadth-first order, the states with many children.
	const rowOf = new Int32Array(stateCount).fill(-1);
	rowOf[0] = 0;
	let rowCount = 1;
	for (let st = 1; st < stateCount; st++) {
		edgeStart[st] = e;
		const d = depth[st]! + 1;
		const children = childCount[st]!;
		if (children >= DENSE_MIN_CHILDREN) rowOf[st] = rowCount++ * classCount;
		for (let k = children; k > 0; k--) {
			edgeClass[e] = stateClass[nextChild]!;
			edgeTarget[e++] = nextChild;
			depth[nextChild++] = d;
		}
	}
	edgeStart[stateCount] = e;
	if (e !== edgeCount || nextChild !== stateCount) throw new Error('compact automaton is not a trie');
	// Outputs: the state's own patterns (in pattern order), then its failure state's outputs (longest first).
	const patternLen = new Int32Array(patternCount);
	const ownFirst = new Int32Array(stateCount).fill(-1);
	const ownNext = new Int32Array(patternCount).fill(-1);
	const outCountOf = new Int32Array(stateCount);
	for (let p = patternCount - 1; p >= 0; p--) {
		const st = c.patternState[p]!;
		if (st === 0) continue;
		patternLen[p] = depth[st]!;
		ownNext[p] = ownFirst[st]!;
		ownFirst[st] = p;
		outCountOf[st]!++;
	}
	// One pass for the counts, their offsets and the output flag read in the scan loop.
	const outStart = new Int32Array(stateCount + 1);
	const hasOutput = new Uint8Array(stateCount);
	let outCount = 0;
	for (let st = 1; st < stateCount; st++) {
		const count = outCountOf[st]! + outCountOf[fail[st]!]!;
		outCountOf[st] = count;
		outStart[st] = outCount;
		outCount += count;
		if (count !== 0) hasOutput[st] = 1;
	}
	outStart[stateCount] = outCount;
	const outPattern = new Int32Array(outCount);
	for (let st = 1; st < stateCount; st++) {
		if (hasOutput[st] === 0) continue;
		let o = outStart[st]!;
		for (let p = ownFirst[st]!; p !== -1; p = ownNext[p]!) outPattern[o++] = p;
		const f = fail[st]!;
		if (hasOutput[f] === 1) outPattern.copyWithin(o, outStart[f]!, outStart[f + 1]!);
	}

	// Resolved edge lists (see AutomatonTables) for every state, dense ones included (their rows are laid
	// out from them); a failure state always comes before its state (breadth-first order).
	let resolvedCount = rootChildren;
	for (let st = 0; st < stateCount; st++) {
		resolvedCount += edgeStart[st + 1]! - edgeStart[st]!;
		if (st === 0) continue;
		for (let f = fail[st]!; rowOf[f]! < 0; f = fail[f]!) resolvedCount += edgeStart[f + 1]! - edgeStart[f]!;
	}
	const listStart = new Int32Array(stateCount + 1);
	const listClass = new Uint16Array(resolvedCount);
	const listTarget = new Int32Array(resolvedCount);
	const listed = new Int32Array(classCount).fill(-1);
	const rowState = new Int32Array(rowCount);
	const rowFallback = new Int32Array(rowCount);
	let l = 0;
	// The root's edges (its children 1..rootChildren) are not in the edge arrays.
	for (let child = 1; child <= rootChildren; child++) {
		listClass[l] = stateClass[child]!;
		listTarget[l++] = child;
	}
	for (let st = 0; st < stateCount; st++) {
		listStart[st] = st === 0 ? 0 : l;
		for (let e = edgeStart[st]!; e < edgeStart[st + 1]!; e++) {
			listed[edgeClass[e]!] = st;
			listClass[l] = edgeClass[e]!;
			listTarget[l++] = edgeTarget[e]!;
		}
		if (st === 0) continue;
		let f = fail[st]!;
		for (; rowOf[f]! < 0; f = fail[f]!) {
			for (let e = edgeStart[f]!; e < edgeStart[f + 1]!; e++) {
				const cls = edgeClass[e]!;
				if (listed[cls] === st) continue;
				listed[cls] = st;
				listClass[l] = cls;
				listTarget[l++] = edgeTarget[e]!;
			}
		}
		if (rowOf[st]! > 0) {
			const row = rowOf[st]! / classCount;
			rowState[row] = st;
			rowFallback[row] = rowOf[f]! / classCount;
		}
	}
	listStart[stateCount] = l;
	const stateRow = new Int32Array(stateCount);
	for (let st = 1; st < stateCount; st++) {
		if (rowOf[st]! >= 0) stateRow[st] = 2 * (rowOf[st]! / classCount);
		else {
			let f = fail[st]!;
			while (rowOf[f]! < 0) f = fail[f]!;
			stateRow[st] = 2 * (rowOf[f]! / classCount) + 1;
		}
	}
	return {
		classUnits: c.classUnits,
		stateRow,
		rowState,
		rowFallback,
		listStart,
		listClass,
		listTarget,
		outStart,
		outPattern,
		patternLen,
		patternFlags: c.patternFlags,
	};
}

function asInt32(a: PackedArray): Int32Array {
	return a instanceof Int32Array ? a : new Int32Array(a);
}

export class Automaton {
	readonly stateCount: number;
	readonly patternCount: number;
	/** Complete transition rows (failure links resolved) shared by states: see the constructor. */
	private readonly dense: Uint16Array | Int32Array;
	/**
	 * Offset of a state's row in `dense`; for a sparse state (read through its resolved edges, listStart...),
	 * ~offset of the row its failure chain ends in.
	 */
	private readonly rowOf: Int32Array;
	private readonly hasOutput: Uint8Array;
	private readonly outStart: Int32Array;
	private readonly outPattern: Int32Array;
	private readonly patternTag: Int32Array;
	private readonly patternLen: Int32Array;
	private readonly patternFlags: Uint8Array;
	/** What the runtime arrays are made from: the form precomputed at build time (see AutomatonTables). */
	readonly tables: AutomatonTables;
	private readonly tagOptions: readonly TagOptions[];
	/** Per tag, the TagOptions as bits (TAG_*), read in the scan loop without touching the option objects. */
	private readonly tagFlags: Uint8Array;
	private readonly fold: Uint16Array;
	private readonly ringMask: number;
	private readonly astralClass = new Map<number, number>();
	/** Class of a folded code unit (0 when no pattern uses it). */
	private readonly classByFolded: Uint16Array;
	/** Class of each code unit (classByFolded of its folded value). */
	private readonly classOf: Uint16Array;
	/** Per state, its resolved edges listStart[s]..listStart[s + 1] (see AutomatonTables). */
	private readonly listStart: Int32Array;
	private readonly listClass: Uint16Array;
	private readonly listTarget: Uint16Array | Int32Array;
	private readonly ring: Int32Array;
	private readonly perTag: Uint16Array;
	/** Per tag, the index of its last hit in `hits` (valid while the tag's count is non-zero). */
	private readonly lastOfTag: Int32Array;
	/**
	 * The hits of the last scanFlat(), in flat arrays reused across scans (no object per hit), sized for the
	 * most a scan can report (MAX_HITS_PER_TAG per tag): no growth in the scan loop, whose first use on a long
	 * text would throw V8's optimised scan (and the callers it is inlined in) back to unoptimised code.
	 */
	readonly hits: HitArrays;
	private readonly touched: number[] = [];
	/** Reused for confirmation windows (see confirmed()). */
	private readonly windowUnits: number[] = [];

	constructor(
		entries: readonly AutomatonEntry[],
		tagOptions: readonly TagOptions[],
		tables?: AutomatonTables,
	) {
		this.fold = getFoldTable();
		this.tagOptions = tagOptions;
		const tagFlags = new Uint8Array(tagOptions.length + 1);
		tagOptions.forEach((o, tag) => {
			tagFlags[tag] =
				(o.negation ? TAG_NEGATION : 0) |
				(o.negationReset ? TAG_RESET : 0) |
				(o.negatable === true ? TAG_NEGATABLE : 0) |
				(o.confirm ? TAG_CONFIRM : 0);
		});
		this.tagFlags = tagFlags;
		const patternTag = new Int32Array(entries.length);
		for (let p = 0; p < entries.length; p++) patternTag[p] = entries[p]!.tag;
		this.patternTag = patternTag;
		// Precomputed at build time (see text-scan.ts) or derived here from the patterns.
		const t = tables ?? deriveTables(buildCompact(entries), entries.length);
		if (t.patternLen.length !== entries.length) throw new Error('automaton tables do not fit the entries');
		this.tables = t;
		const stateCount = t.stateRow.length;
		const classCount = t.classUnits.length;
		const classByFolded = new Uint16Array(0x10000);
		for (let cls = 1; cls < classCount; cls++) classByFolded[t.classUnits[cls]!] = cls;
		// One element type per field whether derived or decoded (packed in the smallest type), so the scan loop
		// sees one array shape; the conversions are native copies.
		// Row offsets (see rowOf) and output flags, in one pass.
		const rowOf = new Int32Array(stateCount);
		const hasOutput = new Uint8Array(stateCount);
		const outStart = asInt32(t.outStart);
		const stateRow = t.stateRow;
		for (let st = 0; st < stateCount; st++) {
			const v = stateRow[st]!;
			rowOf[st] = v & 1 ? ~((v >> 1) * classCount) : (v >> 1) * classCount;
			if (outStart[st + 1] !== outStart[st]) hasOutput[st] = 1;
		}
		const listStart = asInt32(t.listStart);
		const listClass = t.listClass instanceof Uint16Array ? t.listClass : new Uint16Array(t.listClass);
		const listTarget =
			stateCount <= 0xffff
				? t.listTarget instanceof Uint16Array
					? t.listTarget
					: new Uint16Array(t.listTarget)
				: asInt32(t.listTarget);
		// Dense rows: the root's, then each dense state's copied from the row its failure chain ends in (built
		// before it: breadth-first order) with its resolved edges written over it.
		const rowCount = t.rowState.length;
		const dense =
			stateCount <= 0xffff ? new Uint16Array(rowCount * classCount) : new Int32Array(rowCount * classCount);
		for (let r = 0; r < rowCount; r++) {
			const row = r * classCount;
			const st = t.rowState[r]!;
			if (r > 0) {
				const from = t.rowFallback[r]! * classCount;
				dense.copyWithin(row, from, from + classCount);
			}
			for (let e = listStart[st]!, end = listStart[st + 1]!; e < end; e++)
				dense[row + listClass[e]!] = listTarget[e]!;
		}
		const patternLen = asInt32(t.patternLen);
		let maxLen = 1;
		for (let p = 0; p < patternLen.length; p++) if (patternLen[p]! > maxLen) maxLen = patternLen[p]!;

		// Class of every code unit through its folded value, in one table.
		classByFolded[SKIP] = CLS_SKIP;
		classByFolded[BREAK] = CLS_BREAK;
		classByFolded[ASTRAL] = CLS_ASTRAL;
		this.classByFolded = classByFolded;
		this.classOf = composeWithFold(classByFolded);
		this.listStart = listStart;
		this.listClass = listClass;
		this.listTarget = listTarget;
		let ring = 1;
		while (ring < maxLen + 1) ring <<= 1;
		this.ringMask = ring - 1;
		this.ring = new Int32Array(ring);
		this.perTag = new Uint16Array(tagOptions.length + 1);
		this.lastOfTag = new Int32Array(tagOptions.length + 1);
		this.hits = newHitArrays((tagOptions.length + 1) * MAX_HITS_PER_TAG);
		this.dense = dense;
		this.rowOf = rowOf;
		this.hasOutput = hasOutput;
		this.outStart = outStart;
		this.outPattern = asInt32(t.outPattern);
		this.patternLen = patternLen;
		this.patternFlags =
			t.patternFlags instanceof Uint8Array ? t.patternFlags : new Uint8Array(t.patternFlags);
		this.stateCount = stateCount;
		this.patternCount = entries.length;
	}

	/** Bytes held by the typed arrays of the automaton (for the benchmark). */
	get byteSize(): number {
		return (
			this.classByFolded.byteLength +
			this.classOf.byteLength +
			this.dense.byteLength +
			this.rowOf.byteLength +
			this.listStart.byteLength +
			this.listClass.byteLength +
			this.listTarget.byteLength +
			this.hasOutput.byteLength +
			this.outStart.byteLength +
			this.outPattern.byteLength +
			this.patternTag.byteLength +
			this.patternLen.byteLength +
			this.patternFlags.byteLength
		);
	}

	private astralClassOf(cp: number): number {
		let cls = this.astralClass.get(cp);
		if (cls === undefined) {
			const f = foldAstral(cp);
			cls = f === SKIP ? CLS_SKIP : f < 0 || f === BREAK || f === ASTRAL ? CLS_OTHER : this.classByFolded[f]!;
			if (this.astralClass.size < 4096) this.astralClass.set(cp, cls);
		}
		return cls;
	}

	/** All hits in order of their end, at most MAX_HITS_PER_TAG per tag. */
	scan(text: string): Hit[] {
		const count = this.scanFlat(text);
		const { tag, start, end, negated } = this.hits;
		const out: Hit[] = [];
		for (let h = 0; h < count; h++)
			out.push({ tag: tag[h]!, start: start[h]!, end: end[h]!, negated: negated[h] === 1 });
		return out;
	}

	/**
	 * Like scan(), without an object per hit: returns the number of hits, found in `this.hits` (valid until the
	 * next scan).
	 */
	scanFlat(text: string): number {
		const hits = this.hits;
		let hitCount = 0;
		const n = text.length;
		const { classOf, dense, rowOf, listStart, listClass, listTarget } = this;
		const { hasOutput, outStart, outPattern } = this;
		const { patternLen, patternFlags, patternTag, tagFlags } = this;
		// Scratch state reused across scans (scans are synchronous): no allocation per message.
		const ring = this.ring;
		const mask = this.ringMask;
		const perTag = this.perTag;
		const lastOfTag = this.lastOfTag;
		const touched = this.touched;
		touched.length = 0;
		let state = 0;
		let k = -1;
		let clause = 0;
		let negEnd = -1000;
		let negClause = -1;
		for (let i = 0; i < n; i++) {
			let cls = classOf[text.charCodeAt(i)]!;
			let width = 1;
			if (cls === CLS_OTHER) {
				state = 0;
				k++;
				continue;
			}
			if (cls >= CLS_ASTRAL) {
				if (cls === CLS_SKIP) continue;
				if (cls === CLS_BREAK) {
					clause++;
					continue;
				}
				const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
				if (next < 0xdc00 || next > 0xdfff) continue;
				cls = this.astralClassOf(((text.charCodeAt(i) - 0xd800) << 10) + (next - 0xdc00) + 0x10000);
				width = 2;
				if (cls === CLS_SKIP) {
					i++;
					continue;
				}
				if (cls === CLS_OTHER) {
					i++;
					state = 0;
					k++;
					continue;
				}
			}
			k++;
			ring[k & mask] = i;
			// A dense state reads one entry; a sparse one compares its resolved edges and otherwise reads the
			// dense row that ends its failure chain.
			let s = state;
			const row = rowOf[s]!;
			if (row >= 0) s = dense[row + cls]!;
			else {
				let found = -1;
				for (let e = listStart[s]!, end = listStart[s + 1]!; e < end; e++) {
					if (listClass[e] === cls) {
						found = listTarget[e]!;
						break;
					}
				}
				s = found >= 0 ? found : dense[~row + cls]!;
			}
			state = s;
			if (hasOutput[s] === 0) {
				if (width === 2) i++;
				continue;
			}
			const oEnd = outStart[s + 1]!;
			for (let o = outStart[s]!; o < oEnd; o++) {
				const p = outPattern[o]!;
				const len = patternLen[p]!;
				const start = ring[(k - len + 1) & mask]!;
				const end = i + width;
				const flags = patternFlags[p]!;
				if (flags !== 0 && !this.boundariesOk(text, start, end, flags)) continue;
				const tag = patternTag[p]!;
				const tf = tagFlags[tag]!;
				if (tf & TAG_NEGATION) {
					negEnd = k;
					negClause = clause;
					continue;
				}
				if (tf & TAG_RESET) {
					negEnd = -1000;
					continue;
				}
				const count = perTag[tag]!;
				if (count >= MAX_HITS_PER_TAG) continue;
				if (count > 0) {
					const last = lastOfTag[tag]!;
					if (start < hits.end[last]!) {
						// Overlapping hits of one tag (安全账户 / 账户) count once, keeping the longer span.
						if (start < hits.start[last]!) hits.start[last] = start;
						continue;
					}
				}
				if (tf & TAG_CONFIRM && !this.confirmed(text, start, end, this.tagOptions[tag]!.confirm!)) continue;
				const startK = k - len + 1;
				const negated =
					(tf & TAG_NEGATABLE) !== 0 &&
					negClause === clause &&
					startK - negEnd <= NEGATION_DISTANCE &&
					negEnd < startK;
				// A list of warned-against actions shares one negation (不会要求您转账或者提供验证码).
				if (negated) negEnd = k;
				hits.tag[hitCount] = tag;
				hits.start[hitCount] = start;
				hits.end[hitCount] = end;
				hits.negated[hitCount] = negated ? 1 : 0;
				lastOfTag[tag] = hitCount++;
				if (count === 0) touched.push(tag);
				perTag[tag] = count + 1;
			}
			if (width === 2) i++;
		}
		for (const tag of touched) perTag[tag] = 0;
		return hitCount;
	}

	private boundariesOk(text: string, start: number, end: number, flags: number): boolean {
		const fold = this.fold;
		if (flags & FLAG_START_WORD && start > 0) {
			const c = text.charCodeAt(start - 1);
			if (isLatinLetter(fold[c]!) && !(c >= 0x30 && c <= 0x39)) return false;
		}
		if (flags & FLAG_END_WORD && end < text.length) {
			const c = text.charCodeAt(end);
			if (isLatinLetter(fold[c]!) && !(c >= 0x30 && c <= 0x39)) return false;
		}
		return true;
	}

	private confirmed(
		text: string,
		start: number,
		end: number,
		confirm: { pattern: RegExp; window: number },
	): boolean {
		const from = Math.max(0, start - confirm.window);
		const to = Math.min(text.length, end + confirm.window);
		const fold = this.fold;
		// The folded window goes into a reused plain array of small integers and becomes one string in one call
		// (measured: 2-3x faster than from a typed array, whose apply() takes V8's generic path).
		const buffer = this.windowUnits;
		let length = 0;
		for (let i = from; i < to; i++) {
			const f = fold[text.charCodeAt(i)]!;
			if (f === SKIP || f === ASTRAL) continue;
			buffer[length++] = f === BREAK ? 0x0a : f;
		}
		buffer.length = length;
		let s: string;
		if (length <= WINDOW_CHUNK) s = String.fromCharCode.apply(null, buffer);
		else {
			s = '';
			for (let i = 0; i < length; i += WINDOW_CHUNK)
				s += String.fromCharCode.apply(null, buffer.slice(i, Math.min(length, i + WINDOW_CHUNK)));
		}
		confirm.pattern.lastIndex = 0;
		return confirm.pattern.test(s);
	}
}
