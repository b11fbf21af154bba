import { parse } from 'tldts';
import { DIRECTORY } from '../rules/directory';
import type { BrandEntry } from '../rules/directory-types';
import type { Match } from '../types';
import { brandForDomain } from './directory-lookup';
import { linkMatch } from './link-match';
import type { ParsedLink } from './url-signals';

/** How much of the visible text is read: anchors are short; a long block is not an anchor. */
const MAX_TEXT = 300;
const DOMAIN_IN_TEXT =
	/(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?![a-z0-9-])/i;
/** Endings that are file names in visible text far more often than domains. */
const FILE_LIKE_SUFFIXES: ReadonlySet<string> = new Set([
	'zip',
	'mov',
	'md',
	'py',
	'sh',
	'rs',
	'pdf',
	'doc',
	'txt',
]);
/** Words that make an anchor claim to be a brand's service, not just to mention it. */
const SERVICE_WORDS = [
	'退款',
	'退貨',
	'退货',
	'理赔',
	'理賠',
	'客服',
	'官方',
	'官网',
	'官網',
	'登录',
	'登錄',
	'登入',
	'注销',
	'註銷',
	'中心',
	'售后',
	'售後',
	'赔付',
	'賠付',
	'验证',
	'驗證',
	'refund',
	'login',
	'log in',
	'sign in',
	'support',
	'account',
	'verify',
	'claim',
	'official',
	'customer service',
	'help center',
	'online banking',
	'redelivery',
	'網路銀行',
	'网上银行',
	'網銀',
	'网银',
	'解除分期',
];

interface BrandName {
	name: string;
	brand: BrandEntry;
}

/** Brand names as visible text shows them: Chinese and English names, aliases, distinctive words. */
const BRAND_NAMES: BrandName[] = [];
for (const brand of DIRECTORY) {
	if (brand.kind === 'public') continue;
	const names = new Set<string>([
		brand.name.en.toLowerCase(),
		...(brand.aliases ?? []).map((a) => a.toLowerCase()),
		...brand.keywords,
	]);
	for (const zh of brand.name.zh.split('/')) names.add(zh);
	for (const name of names) {
		// Short Latin names (UPS, DHL, ABC) are too often parts of other words to count in free text.
		if (/^[ -~]+$/.test(name) && name.length < 4) continue;
		BRAND_NAMES.push({ name, brand });
	}
}
BRAND_NAMES.sort((a, b) => b.name.length - a.name.length);

/**
 * Deceptive anchors: the visible text names a domain other than the link's, or presents a brand's service
 * (淘宝退款中心, "PayPal login") while the link is not that brand's.
 */
export function anchorSignals(link: ParsedLink, linkText: string, hrefBrand: BrandEntry | null): Match[] {
	const text = linkText.length > MAX_TEXT ? linkText.slice(0, MAX_TEXT) : linkText;
	const shown = DOMAIN_IN_TEXT.exec(text);
	if (shown) {
		const parsed = parse(shown[1]!.toLowerCase(), { allowPrivateDomains: true });
		const suffix = parsed.publicSuffix ?? '';
		if (parsed.domain && parsed.isIcann !== false && !FILE_LIKE_SUFFIXES.has(suffix)) {
			if (parsed.domain === link.domain) return [];
			const shownBrand = brandForDomain(parsed.hostname ?? parsed.domain);
			if (shownBrand && shownBrand === hrefBrand) return [];
			return [linkMatch('link-deceptive-anchor', link.href)];
		}
	}
	const lower = text.toLowerCase();
	let named: BrandEntry | null = null;
	for (const { name, brand } of BRAND_NAMES) {
		if (lower.includes(name)) {
			named = brand;
			break;
		}
	}
	if (!named || named === hrefBrand) return [];
	if (!SERVICE_WORDS.some((w) => lower.includes(w))) return [];
	return [linkMatch('link-deceptive-anchor', link.href)];
}
