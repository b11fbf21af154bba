import { describe, expect, it } from 'vitest';
import { Automaton } from './matcher/automaton';
import { buildFoldTable, foldTableSourcesHash, precomputedFoldTable } from './normalize/fold-table';
import { FOLD_TABLE_DATA } from './normalize/fold-table.generated';
import { TEXT_AUTOMATON_DATA } from './text-automaton.generated';
import {
	buildTextAutomaton,
	getTextAutomaton,
	precomputedTextAutomaton,
	textAutomatonInput,
	textAutomatonInputsHash,
} from './text-scan';

const REGENERATE = 'stale precomputed engine data: run npm run generate:engine';

/** Every typed-array field of an object, as plain arrays (element types may differ: values must not). */
function arraysOf(o: object): Record<string, number[]> {
	const out: Record<string, number[]> = {};
	for (const [k, v] of Object.entries(o)) if (ArrayBuffer.isView(v)) out[k] = Array.from(v as Uint16Array);
	return out;
}

describe('precomputed engine data', () => {
	it('the fold table was generated from the current sources', () => {
		expect(FOLD_TABLE_DATA.sourcesHash, REGENERATE).toBe(foldTableSourcesHash());
	});

	it('the decoded fold table equals one built from the sources', () => {
		const loaded = precomputedFoldTable();
		expect(loaded, REGENERATE).toBeDefined();
		expect(Array.from(loaded!), REGENERATE).toEqual(Array.from(buildFoldTable()));
	});

	it('the text automaton was generated from the current catalogue', () => {
		const { entries } = textAutomatonInput();
		expect(TEXT_AUTOMATON_DATA.inputsHash, REGENERATE).toBe(textAutomatonInputsHash(entries));
	});

	it('the loaded text automaton equals a freshly built one, array for array', () => {
		const { entries, options } = textAutomatonInput();
		const tables = precomputedTextAutomaton(entries);
		expect(tables, REGENERATE).toBeDefined();
		const built = buildTextAutomaton();
		expect(arraysOf(tables!)).toEqual(arraysOf(built.tables));
		const loaded = new Automaton(entries, options, tables);
		expect(loaded.stateCount).toBe(built.stateCount);
		// The runtime arrays (dense rows, edges, outputs...) too.
		expect(arraysOf(loaded)).toEqual(arraysOf(built));
		expect(getTextAutomaton().tables).not.toBe(built.tables);
	});

	it('the hash changes with any pattern, tag or order', () => {
		const { entries } = textAutomatonInput();
		const base = textAutomatonInputsHash(entries);
		const changed = entries.map((e) => ({ ...e }));
		changed[0] = { ...changed[0]!, pattern: `${changed[0]!.pattern}x` };
		expect(textAutomatonInputsHash(changed)).not.toBe(base);
		const retagged = entries.map((e, i) => (i === 5 ? { ...e, tag: e.tag + 1 } : e));
		expect(textAutomatonInputsHash(retagged)).not.toBe(base);
		const swapped = [entries[1]!, entries[0]!, ...entries.slice(2)];
		expect(textAutomatonInputsHash(swapped)).not.toBe(base);
		expect(textAutomatonInputsHash(entries.slice(1))).not.toBe(base);
	});
});
