import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index';

/** A thread (earlier messages in `context`) or a single message that must warn. */
export interface FlagCase {
	text: string;
	context?: string[];
}

/**
 * The table-driven test of a signal file: every row of `flags` warns (caution or danger), every text of `quiet`
 * stays quiet. A failing row prints the signals it produced.
 */
export function describeSignalTable(
	name: string,
	flags: readonly FlagCase[],
	quiet: readonly string[],
): void {
	describe(name, () => {
		it.each(flags)('flags %#: $text', ({ text, context }) => {
			const v = analyze(context === undefined ? { text } : { text, context });
			expect(v.level, JSON.stringify(v.signals.map((s) => s.id))).not.toBe('none');
		});
		it.each(quiet)('does not flag %#: %s', (text) => {
			const v = analyze({ text });
			expect(v.level, JSON.stringify(v.signals.map((s) => s.id))).toBe('none');
		});
	});
}
