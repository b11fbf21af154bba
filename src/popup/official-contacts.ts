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

/** Shown even without a confirmed number: where shoppers meet the scam, and how they pay. */
const CHINA_CORE_KINDS: readonly BrandEntry['kind'][] = ['shopping', 'payment'];
/** Shown only with a confirmed mainland number (the directory also lists banks of other countries). */
const CHINA_NUMBER_KINDS: readonly BrandEntry['kind'][] = ['bank', 'courier'];

const CHINESE = /[\u4e00-\u9fff]/;

/**
 * Official channels to verify a "customer service" contact with, from the official-contact directory: for
 * Chinese users the mainland shopping and payment brands, and banks and couriers with a confirmed mainland
 * number; for English users the international
 * ones (whose numbers differ by country, so their official site is the first thing shown).
 */
export function officialContacts(locale: Locale): OfficialContact[] {
	const contacts = DIRECTORY.filter((b) => b.domains.length > 0).map((b) => ({
		kind: b.kind,
		chinese: CHINESE.test(b.name.zh),
		contact: {
			id: b.id,
			name: locale === 'en' ? b.name.en : b.name.zh,
			domain: b.domains[0]!,
			numbers: b.hotlines
				.filter(
					(h) =>
						!h.unconfirmed && (locale === 'en' ? h.region !== undefined : !h.region || h.region === 'CN'),
				)
				.map((h) => ({ number: h.number, label: h.label ?? '' })),
		},
	}));
	const shown =
		locale === 'en'
			? contacts.filter((c) => c.kind === 'international')
			: contacts.filter(
					(c) =>
						c.chinese &&
						(CHINA_CORE_KINDS.includes(c.kind) ||
							(CHINA_NUMBER_KINDS.includes(c.kind) && c.contact.numbers.length > 0)),
				);
	return shown.map((c) => c.contact);
}
