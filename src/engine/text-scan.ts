import { Automaton, type AutomatonEntry, type TagOptions } from './matcher/automaton';
import { NEGATION_CUES, TEXT_SIGNAL_DEFINITIONS } from './rules/text-signals';
import type { Match } from './types';

const ADVICE_ID = 'benign-advice-against';

let automaton: Automaton | undefined;
let negationTag = -1;

/** Builds the automaton of the whole text catalogue plus the negation cues (one tag per signal). */
export function buildTextAutomaton(): Automaton {
	const entries: AutomatonEntry[] = [];
	const options: TagOptions[] = [];
	TEXT_SIGNAL_DEFINITIONS.forEach((def, tag) => {
		for (const pattern of def.patterns) entries.push({ pattern, tag });
		options.push({ confirm: def.confirm, negatable: def.kind === 'action' });
	});
	negationTag = options.length;
	options.push({ negation: true });
	for (const pattern of NEGATION_CUES) entries.push({ pattern, tag: negationTag });
	return new Automaton(entries, options);
}

export function getTextAutomaton(): Automaton {
	automaton ??= buildTextAutomaton();
	return automaton;
}

/**
 * Text signals of one text, offsets into it. An action right after a negation in the same clause
 * (不要转账, never share the code) is reported as advice against it, a benign signal.
 */
export function scanText(text: string): Match[] {
	const hits = getTextAutomaton().scan(text);
	const out: Match[] = [];
	for (const hit of hits) {
		const def = TEXT_SIGNAL_DEFINITIONS[hit.tag];
		if (def === undefined) continue;
		const negated = hit.negated;
		out.push({
			id: negated ? ADVICE_ID : def.id,
			family: def.family,
			kind: negated ? 'benign' : def.kind,
			source: 'text',
			start: hit.start,
			end: hit.end,
			text: text.slice(hit.start, hit.end),
		});
	}
	return out;
}
