import type { Match } from '../types';
import { urlSignals } from './url-signals';

/**
 * The signals of one address written in a text (urlsInText). A bare domain is named more often than linked
 * (costco.com/membership in a genuine notice): it counts when the URL rules find a lookalike, a risky suffix, a
 * download..., or when its name is the hyphenated kind made up for a campaign (disney-plan-refund.com), not merely
 * because the site is not in the directory. Its benign signals (an official site) always count.
 *
 * The signals carry the address's offsets in the text (source stays 'link'), so that scoring sees where it was
 * written: inside a quotation of an anti-fraud text ('不要点击“taobao-refund.com”') it is the quoted scam's
 * address, and its distance to the lure counts like any other span's.
 */
export function textUrlSignals(found: {
	url: string;
	start?: number;
	end?: number;
	bare?: boolean;
}): Match[] {
	let signals = urlSignals(found.url);
	if (found.bare === true && !hyphenatedHost(found.url)) {
		let telling = false;
		for (const m of signals) if (m.kind !== 'benign' && m.id !== 'link-unofficial') telling = true;
		if (!telling) signals = signals.filter((m) => m.kind === 'benign');
	}
	const { start, end } = found;
	if (start !== undefined && end !== undefined && start >= 0 && end > start) {
		// urlSignals' matches are fresh objects: they are placed in place rather than copied.
		for (const m of signals) {
			m.start = start;
			m.end = end;
		}
	}
	return signals;
}

/** Whether the host of a bare domain (before any path) holds a hyphen: jd-peifu.top, not costco.com. */
function hyphenatedHost(url: string): boolean {
	const slash = url.search(/[/?#]/);
	return (slash === -1 ? url : url.slice(0, slash)).includes('-');
}
