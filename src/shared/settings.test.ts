import { describe, expect, it } from 'vitest';
import corrupted from '../../test/fixtures/settings/corrupted.json';
import {
	DEFAULT_SETTINGS,
	defaultSettings,
	isAllowed,
	isPaused,
	siteKey,
	validateSettings,
} from './settings';

describe('validateSettings', () => {
	it('returns the defaults for nothing stored', () => {
		expect(validateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
		expect(validateSettings('garbage')).toEqual(DEFAULT_SETTINGS);
		expect(validateSettings(null)).toEqual(DEFAULT_SETTINGS);
	});

	it('keeps a valid value as it is', () => {
		const value = {
			version: 2,
			language: 'en',
			sensitivity: 'strict',
			pausedSites: ['a.example.com'],
			allowList: [{ site: 'shop.example.cn', sender: '客服', addedAt: 5 }],
			scan: { shops: true, webmail: false, messengers: true, everywhere: false },
		};
		expect(validateSettings(value)).toEqual(value);
	});

	it('lets a corrupted field fall back to its own default and keeps the others', () => {
		const s = validateSettings(corrupted);
		expect(s.language).toBe('auto');
		expect(s.sensitivity).toBe('strict');
		expect(s.pausedSites).toEqual(['kept.example.com']);
		expect(s.allowList).toEqual([]);
		expect(s.scan).toEqual({ shops: false, webmail: true, messengers: true, everywhere: true });
	});

	it('normalises and de-duplicates list entries', () => {
		const s = validateSettings({
			pausedSites: ['WWW.Example.com', 'example.com', 'https://x.example.org/path'],
			allowList: [
				{ site: 'a.cn', sender: 'x' },
				{ site: 'A.cn', sender: 'x' },
				{ site: 'a.cn', sender: 'y', addedAt: 'no' },
			],
		});
		expect(s.pausedSites).toEqual(['example.com', 'x.example.org']);
		expect(s.allowList).toEqual([
			{ site: 'a.cn', sender: 'x', addedAt: 0 },
			{ site: 'a.cn', sender: 'y', addedAt: 0 },
		]);
	});

	it('never shares the frozen defaults', () => {
		const s = defaultSettings();
		s.pausedSites.push('x.com');
		s.scan.shops = false;
		expect(DEFAULT_SETTINGS.pausedSites).toEqual([]);
		expect(DEFAULT_SETTINGS.scan.shops).toBe(true);
	});
});

describe('site lists', () => {
	it('siteKey takes host names and URLs', () => {
		expect(siteKey('https://www.Taobao.com/a?b')).toBe('taobao.com');
		expect(siteKey('mail.qq.com')).toBe('mail.qq.com');
		expect(siteKey('not a url://')).toBe('');
	});

	it('pause covers subdomains, allow matches site and sender', () => {
		const s = validateSettings({
			pausedSites: ['example.com'],
			allowList: [
				{ site: 'shop.cn', sender: '小王', addedAt: 1 },
				{ site: 'mail.cn', sender: '', addedAt: 1 },
			],
		});
		expect(isPaused(s, 'sub.example.com')).toBe(true);
		expect(isPaused(s, 'https://www.example.com/x')).toBe(true);
		expect(isPaused(s, 'notexample.com')).toBe(false);
		expect(isAllowed(s, 'shop.cn', '小王')).toBe(true);
		expect(isAllowed(s, 'shop.cn', '小李')).toBe(false);
		expect(isAllowed(s, 'mail.cn', 'anyone')).toBe(true);
	});
});
