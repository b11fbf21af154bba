import type { Match } from '../types';
import { urlSignals } from './url-signals';

/**
 * The signals of one address written in a text (urlsInText). A bare domain is named more often than linked
 * (costco.com/membership in a genuine notice): it counts when the URL rules find a lookalike, a risky suffix, a
 * download..., or when its name is the hyphenated kind made up for a campaign (disney-plan-refund.com), not merely
 * because the site is not in the directory. Its benign signals (an official site) always count.
 */
export function textUrlSignals(found: { url: string; bare?: boolean }): Match[] {
	const signals = urlSignals(found.url);
	if (found.bare !== true || hyphenatedHost(found.url)) return signals;
	for (const m of signals) if (m.kind !== 'benign' && m.id !== 'link-unofficial') return signals;
	return signals.filter((m) => m.kind === 'benign');
}

/** Whether the host of a bare domain (before any path) holds a hyphen: jd-peifu.top, not costco.com. */
function hyphenatedHost(url: string): boolean {
	const slash = url.search(/[/?#]/);
	return (slash === -1 ? url : url.slice(0, slash)).includes('-');
}
