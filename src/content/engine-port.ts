import { analyze } from '../engine';
import { isOfficialDomain } from '../engine/links/directory-lookup';
import type { AnalyzeInput, Verdict } from '../engine/types';

/**
 * Where the engine runs: here, in the content script, synchronously inside the queue's time slices.
 *
 * Measured (npm run bench:page, Chromium at 4x CPU throttling; figures in the page-scanning report):
 * - per message the engine costs tens of microseconds here, far below one 5 ms slice, so judging in place never
 *   makes a long task and keeps each judgement inside the slice budget;
 * - a content -> background round trip costs about a millisecond even with the worker awake, and a worker that
 *   slept first has to start again (tens of ms); every message would pay a structured clone and an async hop,
 *   and a chat's history would queue hundreds of round trips;
 * - the price is bundle size (the engine is ~200 KB of the content script, ~70 KB gzipped) and one parsed copy
 *   per frame that runs the script; same-origin frames are scanned by their parent's instance, so only
 *   cross-origin frames pay a second copy.
 */
export function judge(input: AnalyzeInput): Verdict {
	return analyze(input);
}

export function isOfficialHost(host: string): boolean {
	return isOfficialDomain(host);
}
