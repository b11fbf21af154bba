import { describe, expect, it } from 'vitest';
import { analyzeText } from '../index';
import { insideQuote, quoteSpans } from '../quote-spans';
import { urlsInText } from './contact-signals';
import { textUrlSignals } from './text-url-signals';

describe('addresses written in a text', () => {
	it.each([
		['请登录 taobao-refund.com 申请理赔', 'taobao-refund.com'],
		['点击 https://jd-lipei.top/claim 填写银行卡', 'https://jd-lipei.top/claim'],
		['Pay the fee at royalmail-redelivery.com today', 'royalmail-redelivery.com'],
		['請至 momo-refund.com 解除分期付款', 'momo-refund.com'],
	])('%s: its signals point at the address', (text, address) => {
		const found = urlsInText(text);
		expect(found).toHaveLength(1);
		const signals = textUrlSignals(found[0]!);
		expect(signals.length).toBeGreaterThan(0);
		for (const m of signals) {
			expect(m.source).toBe('link');
			expect(text.slice(m.start, m.end)).toBe(address);
			expect(m.text).toBe(address);
		}
	});

	it('keeps -1 offsets when no position is given', () => {
		for (const m of textUrlSignals({ url: 'https://taobao-refund.xyz/' }))
			expect([m.start, m.end]).toEqual([-1, -1]);
	});

	it('places a fake address quoted by anti-fraud advice inside the quotation', () => {
		const text = '警方提醒：骗子会说“您的快递丢失了，请登录 sf-lipei.top 理赔”，不要点击这类网址。';
		const quotes = quoteSpans(text);
		const links = analyzeText(text).signals.filter((m) => m.source === 'link');
		expect(links.length).toBeGreaterThan(0);
		for (const m of links) expect(insideQuote(quotes, m.start, m.end)).toBe(true);
		expect(analyzeText(text).level).toBe('none');
	});
});
