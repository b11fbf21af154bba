import { describe, expect, it } from 'vitest';
import { analyze, analyzeText } from './index';

function randomUnicode(n: number, seed: number): string {
	let s = seed;
	const out: string[] = [];
	for (let i = 0; i < n; i++) {
		s = (s * 1103515245 + 12345) >>> 0;
		const r = s % 100;
		// Mostly BMP, some astral characters and lone surrogates.
		if (r < 5) out.push(String.fromCodePoint(0x10000 + (s % 0xfffff)));
		else if (r < 7) out.push(String.fromCharCode(0xd800 + (s % 0x800)));
		else out.push(String.fromCharCode(s % 0xffff));
	}
	return out.join('');
}

describe('hostile input', { timeout: 120_000 }, () => {
	it('a 10 MB single line is analysed without throwing and stays bounded in its report', () => {
		const line = '您好，我是客服，请把验证码发给我，转到安全账户 '
			.repeat(Math.ceil((10 * 1024 * 1024) / 60))
			.slice(0, 10 * 1024 * 1024);
		const v = analyzeText(line);
		expect(v.level).not.toBe('none');
		expect(v.signals.length).toBeLessThan(500);
	});

	it('1 MB of one repeated character', () => {
		for (const ch of ['退', 'a', ' ', '\u200b', '😀', '\ud800']) {
			expect(() => analyzeText(ch.repeat(1024 * 1024))).not.toThrow();
		}
	});

	it('random Unicode, in text, links, QR payloads and context', () => {
		for (let seed = 1; seed <= 5; seed++) {
			const s = randomUnicode(200_000, seed);
			expect(() =>
				analyze({
					text: s,
					links: [{ href: s.slice(0, 2000), text: s.slice(0, 50) }],
					qr: [s.slice(0, 3000)],
					context: [s.slice(0, 5000)],
				}),
			).not.toThrow();
		}
	});

	it('time per character does not grow with the input', () => {
		const unit = '亲，您的快递丢失了，加我V信 abc123 给您双倍赔偿。Your refund was processed in error. ';
		const perChar = (n: number) => {
			const text = unit.repeat(n);
			analyzeText(text);
			const t = performance.now();
			analyzeText(text);
			return (performance.now() - t) / text.length;
		};
		const small = perChar(2_000);
		const large = perChar(16_000);
		expect(large).toBeLessThan(small * 4 + 0.0005);
	});
});
