import { DIRECTORY } from '../rules/directory';
import type { BrandEntry, Hotline } from '../rules/directory-types';

/** Lookups over the official-channel directory, built once at module load. */

const DOMAIN_TO_BRAND = new Map<string, BrandEntry>();
const BRAND_BY_ID = new Map<string, BrandEntry>();
const HOTLINE_DIGITS = new Map<string, { brand: BrandEntry; hotline: Hotline }>();

for (const brand of DIRECTORY) {
	BRAND_BY_ID.set(brand.id, brand);
	for (const domain of brand.domains) DOMAIN_TO_BRAND.set(domain, brand);
	for (const hotline of brand.hotlines) HOTLINE_DIGITS.set(hotlineDigits(hotline.number), { brand, hotline });
}

/** Digits of a phone number as dialled inside its country: `1-888-221-1161` → `18882211161`. */
export function hotlineDigits(number: string): string {
	return number.replace(/\D/g, '');
}

/**
 * The brand whose official domain is `host` or one of its parents (`kefu.jd.com` → JD), or null.
 * Accepts a host name or a full URL-less host with a trailing dot; case-insensitive.
 */
export function brandForDomain(host: string): BrandEntry | null {
	let h = host.trim().toLowerCase();
	if (h.endsWith('.')) h = h.slice(0, -1);
	// Walk the parents at label boundaries: a handful of map lookups, no parsing.
	for (let i = 0; i !== -1 && i < h.length; ) {
		const candidate = i === 0 ? h : h.slice(i);
		const brand = DOMAIN_TO_BRAND.get(candidate);
		if (brand) return brand;
		const dot = h.indexOf('.', i);
		i = dot === -1 ? -1 : dot + 1;
	}
	return null;
}

/** The brand whose directory entry lists exactly this domain (no parent walk), or null. */
export function brandForExactDomain(domain: string): BrandEntry | null {
	return DOMAIN_TO_BRAND.get(domain) ?? null;
}

/** Whether `host` is an official domain (or subdomain of one) of the directory. */
export function isOfficialDomain(host: string): boolean {
	return brandForDomain(host) !== null;
}

/**
 * The published hotlines of a brand (empty for an unknown id). By default only the numbers the directory
 * could confirm, because the warning UI tells people to call them; `includeUnconfirmed` adds the others.
 */
export function officialHotlines(
	brandId: string,
	options: { includeUnconfirmed?: boolean } = {},
): readonly Hotline[] {
	const all = BRAND_BY_ID.get(brandId)?.hotlines ?? [];
	return options.includeUnconfirmed ? all : all.filter((h) => h.unconfirmed !== true);
}

export function brandById(brandId: string): BrandEntry | null {
	return BRAND_BY_ID.get(brandId) ?? null;
}

/** The directory entry of a hotline given as digits only, or null. */
export function hotlineForDigits(digits: string): { brand: BrandEntry; hotline: Hotline } | null {
	return HOTLINE_DIGITS.get(digits) ?? null;
}

/** Whether a full domain (exactly, not a parent) is in the directory: for `paypal.com.evil.xyz` checks. */
export function isDirectoryDomain(domain: string): boolean {
	return DOMAIN_TO_BRAND.has(domain);
}
