/**
 * Shape of the official-channel directory: which domains and hotlines really belong to a brand. Used both
 * ways: an official domain or hotline is benign evidence; a brand name on any other domain is impersonation.
 */

export type BrandKind = 'shopping' | 'payment' | 'bank' | 'courier' | 'carrier' | 'international' | 'public';

export interface Hotline {
	/** As published, digits with the brand's own grouping (e.g. `95188`, `400-6789-888`, `1-888-221-1161`). */
	number: string;
	/** What the line is for, when the brand publishes several. */
	label?: string;
	/** Where the number is dialled: mainland China unless stated. */
	region?: 'CN' | 'TW' | 'HK' | 'US' | 'UK' | 'intl';
	/**
	 * True when only secondary sources (not the brand's own page) were found for the number. Such numbers
	 * still count as benign in text, but the warning UI should prefer confirmed ones.
	 */
	unconfirmed?: boolean;
}

export interface DirectorySource {
	/** The brand's own page on its own domain that lists the channel (its help or contact page where known). */
	url: string;
	/** ISO date the entry was last reviewed. */
	checked: string;
	/** Other public pages that state the same facts, used where the brand's page could not be read. */
	corroboration?: readonly string[];
	note?: string;
}

export interface BrandEntry {
	/** Stable id, kebab-case. */
	id: string;
	kind: BrandKind;
	name: { zh: string; en: string };
	/** Further names shoppers see (Chinese short names, sub-brands), used for deceptive-anchor checks. */
	aliases?: readonly string[];
	/**
	 * Registrable domains (eTLD+1 by the Public Suffix List) the brand owns, including CDN and short-link
	 * domains it really sends. A specific host (e.g. `u.jd.com`) is only listed when its parent is not
	 * the brand's.
	 */
	domains: readonly string[];
	hotlines: readonly Hotline[];
	/**
	 * Distinctive ASCII brand words, lower case: found anywhere in a non-official host they mean
	 * impersonation (`taobao-refund.xyz`, `tmallglob.cc`), and typos of them too (6+ letters).
	 */
	keywords: readonly string[];
	/**
	 * Short or common-word brand tokens (`jd`, `ups`, `apple`): they count only as a whole host token
	 * (`jd-kefu.com`, `ups.com-track.example`) or glued to a scam word (`jdkefu`, `appleid-verify`).
	 */
	tokens?: readonly string[];
	source: DirectorySource;
}
