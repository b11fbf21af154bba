import {
	Automaton,
	type AutomatonEntry,
	type AutomatonTables,
	COMPACT_AUTOMATON_FORMAT,
	type TagOptions,
} from './matcher/automaton';
import { ContentHash } from './normalize/content-hash';
import { foldTableSourcesHash } from './normalize/fold-table';
import { unpackArray } from './normalize/packed-array';
import { NEGATION_CUES, NEGATION_RESETS, TEXT_SIGNAL_DEFINITIONS } from './rules/text-signals';
import { TEXT_AUTOMATON_DATA } from './text-automaton.generated';
import type { Match } from './types';

const ADVICE_ID = 'benign-advice-against';

let automaton: Automaton | undefined;

/** The automaton's input: the whole text catalogue plus the negation cues (one tag per signal). */
export function textAutomatonInput(): { entries: AutomatonEntry[]; options: TagOptions[] } {
	const entries: AutomatonEntry[] = [];
	const options: TagOptions[] = [];
	TEXT_SIGNAL_DEFINITIONS.forEach((def, tag) => {
		for (const pattern of def.patterns) entries.push({ pattern, tag });
		options.push({ confirm: def.confirm, negatable: def.kind === 'action' || def.kind === 'lure' });
	});
	const negationTag = options.length;
	options.push({ negation: true });
	for (const pattern of NEGATION_CUES) entries.push({ pattern, tag: negationTag });
	const resetTag = options.length;
	options.push({ negationReset: true });
	for (const pattern of NEGATION_RESETS) entries.push({ pattern, tag: resetTag });
	return { entries, options };
}

/**
 * Hash of everything the automaton's compact form is made from: the patterns and their tags, the fold table's
 * sources and the form's version. Cheap (one pass over ~20,000 characters), unlike a build.
 */
export function textAutomatonInputsHash(entries: readonly AutomatonEntry[]): string {
	const hash = new ContentHash()
		.add(`text-automaton ${COMPACT_AUTOMATON_FORMAT}`)
		.add(foldTableSourcesHash())
		.add(String(entries.length));
	for (const e of entries) hash.add(e.pattern).add(String(e.tag));
	return hash.digest();
}

/** Builds the automaton from the catalogue (what the precomputed form must equal). */
export function buildTextAutomaton(): Automaton {
	const { entries, options } = textAutomatonInput();
	return new Automaton(entries, options);
}

/** The tables precomputed at build time, or undefined when the catalogue has changed since. */
export function precomputedTextAutomaton(entries: readonly AutomatonEntry[]): AutomatonTables | undefined {
	const data = TEXT_AUTOMATON_DATA;
	if (data.inputsHash !== textAutomatonInputsHash(entries)) return undefined;
	return {
		classUnits: unpackArray(data.classUnits),
		stateRow: unpackArray(data.stateRow),
		rowState: unpackArray(data.rowState),
		rowFallback: unpackArray(data.rowFallback),
		listStart: unpackArray(data.listStart),
		listClass: unpackArray(data.listClass),
		listTarget: unpackArray(data.listTarget),
		outStart: unpackArray(data.outStart),
		outPattern: unpackArray(data.outPattern),
		patternLen: unpackArray(data.patternLen),
		patternFlags: unpackArray(data.patternFlags),
	};
}

/**
 * The automaton from the tables precomputed at build time (decoded, then its dense rows laid out with native
 * copies), or built from the catalogue when those are stale (npm run generate:engine refreshes them; a unit
 * test fails until then).
 */
export function getTextAutomaton(): Automaton {
	if (automaton === undefined) {
		const { entries, options } = textAutomatonInput();
		automaton = new Automaton(entries, options, precomputedTextAutomaton(entries));
	}
	return automaton;
}

/**
 * Text signals of one text, offsets into it. An action right after a negation in the same clause
 * (不要转账, never share the code) is reported as advice against it, a benign signal.
 */
export function scanText(text: string): Match[] {
	const automaton = getTextAutomaton();
	const count = automaton.scanFlat(text);
	const { tag, start, end, negated } = automaton.hits;
	const out: Match[] = [];
	for (let h = 0; h < count; h++) {
		const def = TEXT_SIGNAL_DEFINITIONS[tag[h]!];
		if (def === undefined) continue;
		const isNegated = negated[h] === 1;
		out.push({
			id: isNegated ? ADVICE_ID : def.id,
			family: def.family,
			kind: isNegated ? 'benign' : def.kind,
			source: 'text',
			start: start[h]!,
			end: end[h]!,
			text: text.slice(start[h]!, end[h]!),
		});
	}
	return dropContained(out);
}

/**
 * A match inside a longer match of another signal is part of a more specific phrase (诈骗 in 涉及诈骗,
 * 赔偿 in 三倍赔偿, 卡密 in 提款卡密码): only the longer one counts. Matches come sorted by end.
 */
function dropContained(matches: Match[]): Match[] {
	if (matches.length < 2) return matches;
	// Copied only from the first dropped match on: most texts drop none and keep their array.
	let keep: Match[] | undefined;
	for (let i = 0; i < matches.length; i++) {
		const m = matches[i]!;
		let contained = false;
		// Only neighbours can contain it: a containing match ends at or after m's end, within a short span.
		// Matches before m end at or before its end (sorted by end): only those ending with it can contain it.
		for (let j = i - 1; j >= Math.max(0, i - 8) && !contained; j--) {
			const o = matches[j]!;
			if (o.end < m.end) break;
			if (o.id === m.id) continue;
			if (o.kind !== m.kind && o.kind !== 'benign' && m.kind !== 'benign') continue;
			if (o.start <= m.start && o.end - o.start > m.end - m.start) contained = true;
		}
		for (let j = i + 1; j < Math.min(matches.length, i + 8) && !contained; j++) {
			const o = matches[j]!;
			if (o.id === m.id) continue;
			// A lure phrase holding an action word (if you wish to cancel / cancel: +1 ...) keeps both.
			if (o.kind !== m.kind && o.kind !== 'benign' && m.kind !== 'benign') continue;
			if (o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start) contained = true;
		}
		if (contained) keep ??= matches.slice(0, i);
		else keep?.push(m);
	}
	return keep ?? matches;
}
