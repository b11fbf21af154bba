import { describe, expect, it } from 'vitest';
import { TEXT_SIGNAL_DEFINITIONS } from '../rules/text-signals';
import { foldPattern, foldPatternInto, normalize } from './normalize';

describe('normalize folds each evasion', () => {
	it.each([
		['full-width letters and digits', 'ＡＭＡＺＯＮ１２３', 'amazonl23'],
		['case', 'PayPal', 'paypal'],
		['zero-width characters', '安\u200b全\u200d账\ufeff户', '安全账户'],
		['spaces between CJK characters', '安 全 账 户', '安全账户'],
		['ideographic spaces', '验\u3000证\u3000码', '验证码'],
		['dashes and dots', '验-证-码 微.信 v.x', '验证码微信vx'],
		['emoji between characters', '加😀微🙏信', '加微信'],
		['variation selectors and combining marks', '退\ufe0f款 cafe\u0301', '退款cafe'],
		['Traditional Chinese', '安全帳戶 驗證碼 轉賬 資金凍結', '安全账户验证码转账资金冻结'],
		['Taiwanese variants', '設定錯誤 解除分期付款', '设定错误解除分期付款'],
		['digit and letter look-alikes', 'Amaz0n PayPaI paypa1', 'amazonpaypalpaypal'],
		['Cyrillic look-alikes', 'Аррlе раураl', 'applepaypal'],
		['math alphanumerics', '𝐀𝐦𝐚𝐳𝐨𝐧', 'amazon'],
		['circled letters', 'ⓥⓧ', 'vx'],
		['CJK compatibility ideographs', '\uf900', '豈'],
	])('%s', (_name, input, expected) => {
		expect(normalize(input).text.replaceAll('\n', '')).toBe(foldPattern(expected));
	});

	it('keeps clause breaks as a single newline', () => {
		expect(normalize('不要，，转账。').text).toBe('不要\n转账\n');
	});

	it('maps every folded unit back to its original span', () => {
		const original = 'x 安\u200b全-帳 戶 y';
		const n = normalize(original);
		expect(n.text).toBe(foldPattern('x安全账户y'));
		for (let i = 0; i < n.text.length; i++) {
			const slice = original.slice(n.starts[i]!, n.ends[i]!);
			expect(normalize(slice).text).toBe(n.text[i]);
		}
		expect(n.starts[3]).toBe(original.indexOf('帳'));
	});

	it('maps surrogate pairs to both units', () => {
		const n = normalize('a𝐱b');
		expect(n.text).toBe('axb');
		expect([n.starts[1], n.ends[1]]).toEqual([1, 3]);
	});

	it('never throws on lone surrogates or control characters', () => {
		expect(() => normalize('\ud800x\udc00\u0000\u0001\u0002')).not.toThrow();
		expect(normalize('\ud800x\udc00').text).toBe('x');
	});
});

describe('foldPatternInto', () => {
	it('writes what normalize() makes of the same text, breaks dropped, for every catalogue pattern and evasion', () => {
		const inputs = TEXT_SIGNAL_DEFINITIONS.flatMap((d) => d.patterns);
		inputs.push('安 全 帳 戶', 'ＰａｙＰａＩ', '𝐀𝐦𝐚𝐳𝐨𝐧', '加😀微', '\ud800x', '𠀀退款', 'a\udc00b', '，。!?');
		const buffer = new Uint16Array(256);
		for (const input of inputs) {
			const end = foldPatternInto(input, buffer, 3);
			expect(String.fromCharCode(...buffer.subarray(3, end))).toBe(
				normalize(input).text.replaceAll('\n', ''),
			);
		}
	});
});
