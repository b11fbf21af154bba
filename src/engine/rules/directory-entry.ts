import type { BrandEntry, BrandKind, Hotline } from './directory-types';

/** A directory entry written flat: the brand's names, domains and its source page on one level. */
export interface FlatBrandEntry {
	id: string;
	kind: BrandKind;
	zh: string;
	en: string;
	/** Names visible text shows; the English name when not given. */
	aliases?: readonly string[];
	domains: readonly string[];
	hotlines?: readonly Hotline[];
	keywords?: readonly string[];
	tokens?: readonly string[];
	url: string;
	corroboration?: readonly string[];
	note?: string;
}

/** The `BrandEntry` of a flat entry reviewed on `checked` (an ISO date). */
export function brandEntry(e: FlatBrandEntry, checked: string): BrandEntry {
	return {
		id: e.id,
		kind: e.kind,
		name: { zh: e.zh, en: e.en },
		aliases: e.aliases ?? [e.en],
		domains: e.domains,
		hotlines: e.hotlines ?? [],
		keywords: e.keywords ?? [],
		tokens: e.tokens ?? [],
		source: {
			url: e.url,
			checked,
			...(e.corroboration ? { corroboration: e.corroboration } : {}),
			...(e.note ? { note: e.note } : {}),
		},
	};
}
