import { type BrandEntry, DIRECTORY } from '../engine/rules/directory';
import type { Locale } from '../engine/types';

export interface OfficialContact {
	id: string;
	name: string;
	/** The brand's main official domain. */
	domain: string;
	/** Confirmed hotlines only (a number found only in secondary sources is not offered as "official"). */
	numbers: { number: string; label: string }[];
}

const CHINA_KINDS: readonly BrandEntry['kind'][] = ['shopping', 'payment', 'bank', 'courier'];

/**
 * Official channels to verify a "customer service" contact with, from the official-contact directory: for
 * Chinese users the mainland shopping, payment, bank and courier brands; for English users the international
 * ones (whose numbers differ by country, so their official site is the first thing shown).
 */
export function officialContacts(locale: Locale): OfficialContact[] {
	const kinds: readonly BrandEntry['kind'][] = locale === 'en' ? ['international'] : CHINA_KINDS;
	return DIRECTORY.filter((b) => kinds.includes(b.kind) && b.domains.length > 0).map((b) => ({
		id: b.id,
		name: locale === 'en' ? b.name.en : b.name.zh,
		domain: b.domains[0]!,
		numbers: b.hotlines
			.filter(
				(h) => !h.unconfirmed && (locale === 'en' ? h.region !== undefined : !h.region || h.region === 'CN'),
			)
			.map((h) => ({ number: h.number, label: h.label ?? '' })),
	}));
}
