import { describe, expect, it } from 'vitest';
import { Automaton } from './automaton';

function build(patterns: string[], negatable = false): Automaton {
	return new Automaton(
		[...patterns.map((pattern, tag) => ({ pattern, tag })), { pattern: '不要', tag: patterns.length }],
		[...patterns.map(() => ({ negatable })), { negation: true }],
	);
}

describe('Automaton', () => {
	it('finds overlapping patterns in one pass with original offsets', () => {
		const a = build(['安全账户', '账户', '验证码']);
		const text = '请转到 安 全 帳 戶，再报验证码';
		const hits = a.scan(text);
		expect(hits.map((h) => [h.tag, text.slice(h.start, h.end)])).toEqual([
			[0, '安 全 帳 戶'],
			[1, '帳 戶'],
			[2, '验证码'],
		]);
	});

	it('requires word boundaries for Latin patterns', () => {
		const a = build(['vx', 'refund']);
		expect(a.scan('provx').length).toBe(0);
		expect(a.scan('add my vx: abc').length).toBe(1);
		expect(a.scan('加V.X123').length).toBe(1);
		expect(a.scan('refunded').map((h) => h.tag)).toEqual([1]);
		expect(a.scan('nonrefundable').length).toBe(0);
	});

	it('marks hits right after a negation in the same clause', () => {
		const a = build(['转账'], true);
		expect(a.scan('不要转账')[0]?.negated).toBe(true);
		expect(a.scan('不要挂电话，马上转账')[0]?.negated).toBe(false);
		expect(a.scan('不要担心这件事情我们会处理好的请马上转账')[0]?.negated).toBe(false);
	});

	it('confirms a hit with a bounded regex around it', () => {
		const a = new Automaton([{ pattern: 'tg', tag: 0 }], [{ confirm: { pattern: /tg@/u, window: 8 } }]);
		expect(a.scan('TG: @helper').length).toBe(1);
		expect(a.scan('the TG value').length).toBe(0);
	});

	it('keeps a bounded number of hits per pattern', () => {
		const a = build(['退款']);
		expect(a.scan('退款'.repeat(10000)).length).toBeLessThanOrEqual(12);
	});

	it('is linear and does not throw on hostile input', () => {
		const a = build(['安全账户', '账户', 'aaaa', 'aab']);
		// Time per unit of input must not grow with the input: compare n and 4n (machines here are shared,
		// so the bound is a ratio, not an absolute time).
		const perUnit = (make: (n: number) => string, n: number) => {
			const input = make(n);
			a.scan(input);
			const t = performance.now();
			a.scan(input);
			return (performance.now() - t) / n;
		};
		const makers = [
			(n: number) => '安全账'.repeat(n / 3),
			(n: number) => 'a'.repeat(n),
			(n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join(''),
		];
		for (const make of makers) {
			const small = perUnit(make, 150_000);
			const large = perUnit(make, 600_000);
			expect(large).toBeLessThan(small * 4 + 0.001);
		}
	});
});
