import * as engine from '../engine';
import { isOfficialDomain } from '../engine/links/directory-lookup';
import type { AnalyzeInput, Verdict } from '../engine/types';

/**
 * Where the engine runs: here, in the content script (synchronously, inside the queue's time slices).
 * Reason (measured, see the final report of the page-scanning work): a round trip to the service worker costs a
 * worker wake-up and a structured-clone per message and makes every judgement asynchronous, while the engine's
 * per-message cost is well under a slice; bundling it costs bundle size and one copy per frame.
 */

const NONE: Verdict = { level: 'none', score: 0, family: null, signals: [], reminders: [] };

type Analyze = (input: AnalyzeInput) => Verdict;

/** The engine's analyze(); a no-verdict stand-in while the engine entry is not built yet. */
const analyzeImpl: Analyze =
	typeof (engine as Record<string, unknown>).analyze === 'function'
		? ((engine as Record<string, unknown>).analyze as Analyze)
		: () => NONE;

export function judge(input: AnalyzeInput): Verdict {
	return analyzeImpl(input);
}

export function isOfficialHost(host: string): boolean {
	return isOfficialDomain(host);
}
