import { describe, expect, it } from 'vitest';
import { insideQuote, MAX_QUOTE, quoteSpans } from './quote-spans';

const spansOf = (text: string): string[] => {
	const s = quoteSpans(text);
	const out: string[] = [];
	for (let i = 0; i < s.length; i += 2) out.push(text.slice(s[i], s[i + 1]));
	return out;
};

describe('quoteSpans', () => {
	it.each([
		['骗子会说“您的快递丢失了”，请挂断', ['您的快递丢失了']],
		['他說「請下載會議軟件」和『共享屏幕』', ['請下載會議軟件', '共享屏幕']],
		[
			'scammers say "send back the difference" and \'buy gift cards\'',
			['send back the difference', 'buy gift cards'],
		],
		['they say ‘install AnyDesk’ first', ['install AnyDesk']],
		['备注填写“退款”即可', ['退款']],
	])('finds the quoted lines of %s', (text, expected) => {
		expect(spansOf(text)).toEqual(expected);
	});

	it.each([
		['no quotes at all', 'no quotes at all'],
		['apostrophes are not quotes', "don't worry, it's the seller's refund"],
		['an unbalanced mark is ignored', '他说“请转账到安全账户，然后就没有下文了'],
		['an empty quote is no span', '他说“”'],
	])('%s', (_name, text) => {
		expect(quoteSpans(text)).toEqual([]);
	});

	it('drops a quote left open longer than the bound and finds the next one', () => {
		const text = `“${'字'.repeat(MAX_QUOTE + 5)} 后来他说“加微信”`;
		expect(spansOf(text)).toEqual(['加微信']);
	});

	it('nests nothing: a mark of another kind inside a quote is part of it', () => {
		expect(spansOf('警方说“骗子会讲‘验证码发我’，别信”')).toEqual(['骗子会讲‘验证码发我’，别信']);
	});

	it('tells whether a range lies inside a span', () => {
		const text = 'a “bc” d “ef”';
		const s = quoteSpans(text);
		expect(insideQuote(s, text.indexOf('bc'), text.indexOf('bc') + 2)).toBe(true);
		expect(insideQuote(s, text.indexOf('ef'), text.indexOf('ef') + 2)).toBe(true);
		expect(insideQuote(s, 0, 1)).toBe(false);
		expect(insideQuote(s, text.indexOf('d'), text.indexOf('d') + 1)).toBe(false);
		expect(insideQuote(s, -1, -1)).toBe(false);
	});

	it('stays linear on hostile input', () => {
		const t0 = performance.now();
		quoteSpans('“'.repeat(1_000_000));
		quoteSpans('"a'.repeat(500_000));
		quoteSpans(`${'「'.repeat(100_000)}${'」'.repeat(100_000)}`);
		expect(performance.now() - t0).toBeLessThan(2000);
	});
});
