import { getHostname } from 'tldts';
import { brandForDomain } from '../engine/links';
import type { Locale } from '../engine/types';
import type { BrandContact } from './types';
import type { Region } from './warning-model';

const REGION_CODES: Record<Region, readonly string[]> = {
	cn: ['CN'],
	tw: ['TW'],
	intl: ['intl', 'US', 'UK', 'HK'],
};

/**
 * The platform whose own app and hotline the user should turn to: the site the warning is on, when the official
 * directory knows it (a Taobao chat → Taobao, 淘宝 App). Only a confirmed hotline dialled in the user's region is
 * offered; otherwise the advice names the app alone.
 */
export function brandContactFor(
	pageUrl: string | undefined,
	locale: Locale,
	region: Region,
): BrandContact | null {
	const host = pageUrl ? getHostname(pageUrl) : null;
	if (!host) return null;
	const brand = brandForDomain(host);
	if (!brand || brand.kind === 'public') return null;
	const name = locale === 'en' ? brand.name.en : brand.name.zh;
	const hotline = brand.hotlines.find(
		(h) => !h.unconfirmed && REGION_CODES[region].includes(h.region ?? 'CN'),
	)?.number;
	return hotline ? { name, hotline } : { name };
}
