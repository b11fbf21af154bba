import { describe, expect, it } from 'vitest';
import { foldPattern, normalize } from '../normalize/normalize';
import { Automaton, MAX_HITS_PER_TAG } from './automaton';

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

describe('Automaton against a naive reference', () => {
	/** Every occurrence of every pattern in the folded text, in the order the automaton reports them. */
	function naiveHits(patterns: string[], text: string): [number, number, number][] {
		const { text: folded, starts, ends } = normalize(text);
		// Clause breaks do not interrupt a pattern in the automaton: drop them with their map entries.
		const keep: number[] = [];
		for (let i = 0; i < folded.length; i++) if (folded[i] !== '\n') keep.push(i);
		const flat = keep.map((i) => folded[i]).join('');
		const foldedPatterns = patterns.map(foldPattern);
		const out: [number, number, number][] = [];
		const perTag = new Map<number, [number, number, number][]>();
		for (let end = 1; end <= flat.length; end++) {
			// Longest first; equal folded forms in catalogue order (the automaton's output order).
			const ending = foldedPatterns
				.map((p, tag) => ({ p, tag }))
				.filter(({ p }) => p.length > 0 && p.length <= end && flat.slice(end - p.length, end) === p)
				.sort((a, b) => b.p.length - a.p.length || a.tag - b.tag);
			for (const { p, tag } of ending) {
				const start = starts[keep[end - p.length]!]!;
				const stop = ends[keep[end - 1]!]!;
				const list = perTag.get(tag) ?? [];
				perTag.set(tag, list);
				if (list.length >= MAX_HITS_PER_TAG) continue;
				const last = list[list.length - 1];
				if (last !== undefined && start < last[2]) {
					if (start < last[1]) last[1] = start;
					continue;
				}
				const hit: [number, number, number] = [tag, start, stop];
				list.push(hit);
				out.push(hit);
			}
		}
		return out;
	}

	it('reports exactly the naive hits on random text over a small alphabet', () => {
		let seed = 7;
		const random = (n: number) => {
			// High bits of the generator: its low bits cycle too quickly for small n.
			seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
			return (seed >>> 16) % n;
		};
		// Few distinct characters make deep failure chains, shared prefixes and suffixes, and dense rows;
		// Traditional forms, separators and clause breaks fold or drop. (No Latin letters: their word-boundary
		// rule is tested above.)
		const alphabet = ['安', '全', '账', '户', '帳', '戶', '碼', '码', ' ', '，', '\u200b', '好'];
		for (let round = 0; round < 100; round++) {
			const patterns = new Set<string>();
			const patternCount = 1 + random(60);
			for (let tries = 0; patterns.size < patternCount && tries < 1000; tries++) {
				let p = '';
				const len = 1 + random(5);
				for (let i = 0; i < len; i++) p += alphabet[random(round % 2 === 0 ? 4 : 8)]!;
				patterns.add(p);
			}
			const list = [...patterns];
			const a = new Automaton(
				list.map((pattern, tag) => ({ pattern, tag })),
				list.map(() => ({})),
			);
			let text = '';
			const len = random(300);
			// Pieces of patterns reach deep states; single characters leave them through failure links.
			for (let i = 0; i < len; i++) {
				const piece = list[random(list.length)]!;
				text += random(2) === 0 ? piece.slice(random(piece.length)) : alphabet[random(alphabet.length)]!;
			}
			const hits = a.scan(text).map((h) => [h.tag, h.start, h.end]);
			expect(hits).toEqual(naiveHits(list, text));
		}
	});
});
