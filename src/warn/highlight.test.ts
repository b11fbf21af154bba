// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Match } from '../engine/types';
import { highlightMatches } from './highlight';

class FakeHighlight extends Set<AbstractRange> {}

function match(text: string, phrase: string): Match {
	const start = text.indexOf(phrase);
	return {
		id: 'test',
		family: 'fake-refund',
		kind: 'lure',
		source: 'text',
		start,
		end: start + phrase.length,
		text: phrase,
	} as unknown as Match;
}

describe('highlightMatches', () => {
	beforeEach(() => {
		// happy-dom has no Custom Highlight API: a registry and a Highlight class stand in for it.
		const css = { highlights: new Map<string, FakeHighlight>(), escape: (s: string) => s };
		Object.defineProperty(window, 'CSS', { value: css, configurable: true });
		Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true });
	});
	afterEach(() => {
		document.body.replaceChildren();
	});

	const TEXT = '请添加客服微信 kf-tb8899 进群';

	it('marks a message without id by an attribute for its scoped rule, and removes mark and ranges on clear', () => {
		const message = document.createElement('div');
		message.innerHTML = '<span>请添加客服微信 kf-tb8899 进群</span>';
		document.body.append(message);
		const clear = highlightMatches(message, TEXT, [match(TEXT, '客服微信')], 'danger');
		const marks = message.getAttributeNames().filter((name) => name.startsWith('data-m'));
		expect(marks).toHaveLength(1);
		expect(
			(window as unknown as { CSS: { highlights: Map<string, FakeHighlight> } }).CSS.highlights.size,
		).toBe(1);
		clear();
		clear();
		expect(message.getAttributeNames().filter((name) => name.startsWith('data-m'))).toHaveLength(0);
		expect(
			(window as unknown as { CSS: { highlights: Map<string, FakeHighlight> } }).CSS.highlights.size,
		).toBe(0);
	});

	it('keeps the mark while another highlight of the same tone still uses the message', () => {
		const message = document.createElement('div');
		message.textContent = TEXT;
		document.body.append(message);
		const first = highlightMatches(message, TEXT, [match(TEXT, '客服微信')], 'caution');
		const second = highlightMatches(message, TEXT, [match(TEXT, '进群')], 'caution');
		first();
		expect(message.getAttributeNames().some((name) => name.startsWith('data-m'))).toBe(true);
		second();
		expect(message.getAttributeNames().some((name) => name.startsWith('data-m'))).toBe(false);
	});
});
