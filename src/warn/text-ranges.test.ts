// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Match } from '../engine/types';
import { rangesForMatches } from './text-ranges';

function match(text: string, phrase: string, from = 0): Match {
	const start = text.indexOf(phrase, from);
	return {
		id: 'x',
		family: 'fake-refund',
		kind: 'lure',
		source: 'text',
		start,
		end: start + phrase.length,
		text: phrase,
	};
}

describe('rangesForMatches', () => {
	it('maps engine offsets onto text split over several nodes', () => {
		const root = document.createElement('div');
		root.innerHTML = '<p>您好，<b>三倍</b>赔偿</p><p>请加  微信</p>';
		// The content script's text: blocks joined by a newline, whitespace collapsed.
		const text = '您好，三倍赔偿\n请加 微信';
		const [a, b] = rangesForMatches(root, text, [match(text, '三倍赔偿'), match(text, '请加 微信')]);
		expect(a?.toString()).toBe('三倍赔偿');
		expect(b?.toString()).toBe('请加  微信');
	});

	it('falls back to the phrase itself when the page changed since the scan', () => {
		const root = document.createElement('div');
		root.textContent = '新消息：请提供验证码';
		const text = '旧的文本 请提供验证码';
		const [range] = rangesForMatches(root, text, [match(text, '验证码')]);
		expect(range?.toString()).toBe('验证码');
	});

	it('skips signals that are not from the text', () => {
		const root = document.createElement('div');
		root.textContent = 'abc';
		const link: Match = { ...match('abc', 'abc'), source: 'link', start: -1, end: -1 };
		expect(rangesForMatches(root, 'abc', [link])).toEqual([]);
	});
});
