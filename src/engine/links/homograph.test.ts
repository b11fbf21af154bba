import { describe, expect, it } from 'vitest';
import { foldLookalikes, withinOneEdit } from './brand-match';
import { analyseHostScripts } from './homograph';
import { decodeHost, decodePunycode } from './punycode';

describe('punycode', () => {
	it.each([
		['xn--pypal-4ve.com', 'pаypal.com'],
		['xn--80ak6aa92e.com', 'аррӏе.com'],
		['www.xn--fiqs8s', 'www.中国'],
		['xn--mnchen-3ya.de', 'münchen.de'],
		['plain.example.com', 'plain.example.com'],
	])('%s → %s', (encoded, decoded) => {
		expect(decodeHost(encoded)).toBe(decoded);
	});

	it('rejects invalid input without throwing', () => {
		expect(decodePunycode('!!!')).toBeNull();
		expect(decodePunycode('a'.repeat(100))).toBeNull();
		expect(decodeHost('xn--.com')).toBe('.com');
	});
});

describe('host scripts', () => {
	it('finds Latin mixed with Cyrillic', () => {
		expect(analyseHostScripts('pаypal.com')).toMatchObject({ mixed: true, skeleton: 'paypal.com' });
	});
	it('reads an all-Cyrillic look-alike as Latin', () => {
		expect(analyseHostScripts('аррӏе.com')).toMatchObject({
			mixed: false,
			allConfusable: true,
			skeleton: 'apple.com',
		});
	});
	it('leaves accented Latin and Chinese names alone', () => {
		expect(analyseHostScripts('münchen.de').mixed).toBe(false);
		expect(analyseHostScripts('淘宝.com').allConfusable).toBe(false);
	});
});

describe('typo helpers', () => {
	it.each([
		['amazon', 'amazom', true],
		['amazon', 'amazn', true],
		['amazon', 'amazoon', true],
		['amazon', 'mazaon', false],
		['taobao', 'taoabo', true],
		['taobao', 'zaobao', true],
		['paypal', 'paypal', true],
		['paypal', 'pyapla', false],
	])('withinOneEdit(%s, %s) = %s', (a, b, expected) => {
		expect(withinOneEdit(a, b)).toBe(expected);
	});

	it('folds look-alike digits and letter pairs', () => {
		expect(foldLookalikes('amaz0n')).toBe('amazon');
		expect(foldLookalikes('paypa1')).toBe('paypal');
		expect(foldLookalikes('rnicrosoft')).toBe('microsoft');
		expect(foldLookalikes('vvechat')).toBe('wechat');
	});
});
