import { parse } from 'tldts';
import { describe, expect, it } from 'vitest';
import { brandForDomain } from '../links/directory-lookup';
import { DIRECTORY } from './directory';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('official-channel directory', () => {
	it('has unique brand ids', () => {
		const ids = DIRECTORY.map((b) => b.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('lists only valid registrable domains (by the Public Suffix List) or hosts under them', () => {
		for (const brand of DIRECTORY) {
			expect(brand.domains.length, brand.id).toBeGreaterThan(0);
			for (const domain of brand.domains) {
				expect(domain, brand.id).toBe(domain.toLowerCase().trim());
				const parsed = parse(domain);
				expect(parsed.isIcann, `${brand.id}: ${domain}`).toBe(true);
				expect(parsed.domain, `${brand.id}: ${domain} is not a registrable domain`).not.toBeNull();
				expect(parsed.hostname).toBe(domain);
			}
		}
	});

	it('never lists a domain for two brands', () => {
		const owner = new Map<string, string>();
		for (const brand of DIRECTORY) {
			for (const domain of brand.domains) {
				expect(owner.get(domain), `${domain} in ${brand.id} and ${owner.get(domain)}`).toBeUndefined();
				owner.set(domain, brand.id);
			}
		}
	});

	it('names a source for every entry, on the brand’s own domain, with the date it was checked', () => {
		for (const brand of DIRECTORY) {
			const url = new URL(brand.source.url);
			expect(url.protocol, brand.id).toBe('https:');
			expect(brandForDomain(url.hostname)?.id, `${brand.id}: ${brand.source.url}`).toBe(brand.id);
			expect(brand.source.checked, brand.id).toMatch(DATE);
			for (const other of brand.source.corroboration ?? []) expect(() => new URL(other)).not.toThrow();
		}
	});

	it('writes hotlines as digits with separators only, never twice', () => {
		const seen = new Map<string, string>();
		for (const brand of DIRECTORY) {
			for (const h of brand.hotlines) {
				expect(h.number, brand.id).toMatch(/^[0-9][0-9-]{1,18}[0-9]$/);
				const digits = h.number.replace(/\D/g, '');
				expect(seen.get(digits), `${h.number} in ${brand.id} and ${seen.get(digits)}`).toBeUndefined();
				seen.set(digits, brand.id);
			}
		}
	});

	it('has the hotlines the field brief relies on', () => {
		const all = new Map(DIRECTORY.flatMap((b) => b.hotlines.map((h) => [h.number, b.id] as const)));
		expect(all.get('95188')).toBe('alipay');
		expect(all.get('950618')).toBe('jd');
		expect(all.get('96110')).toBe('anti-fraud');
		expect(all.get('95588')).toBe('icbc');
		expect(all.get('10086')).toBe('china-mobile');
	});

	it('writes brand words in lower-case ASCII, each word for one brand only', () => {
		const owner = new Map<string, string>();
		for (const brand of DIRECTORY) {
			for (const word of [...brand.keywords, ...(brand.tokens ?? [])]) {
				expect(word, brand.id).toMatch(/^[a-z0-9]+$/);
				expect(owner.get(word), `${word} in ${brand.id} and ${owner.get(word)}`).toBeUndefined();
				owner.set(word, brand.id);
			}
		}
	});

	it('covers the platforms, payment services, banks, couriers and carriers of the issue', () => {
		const ids = new Set(DIRECTORY.map((b) => b.id));
		for (const id of [
			'taobao',
			'jd',
			'pinduoduo',
			'douyin',
			'kuaishou',
			'meituan',
			'vipshop',
			'alipay',
			'tencent',
			'unionpay',
			'icbc',
			'ccb',
			'abc',
			'boc',
			'bocom',
			'cmb',
			'psbc',
			'sf',
			'zto',
			'yto',
			'sto',
			'yunda',
			'jd-logistics',
			'china-post',
			'jt',
			'china-mobile',
			'china-unicom',
			'china-telecom',
			'amazon',
			'ebay',
			'aliexpress',
			'temu',
			'shein',
			'paypal',
			'apple',
			'microsoft',
			'ups',
			'fedex',
			'dhl',
			'usps',
		]) {
			expect(ids.has(id), id).toBe(true);
		}
	});
});
