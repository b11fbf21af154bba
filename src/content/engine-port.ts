import { analyze, analyzeText, analyzeUrl } from '../engine';
import { isOfficialDomain } from '../engine/links/directory-lookup';
import type { AnalyzeInput, Verdict } from '../engine/types';

/**
 * Where the engine runs: here, in the content script, synchronously inside the queue's time slices.
 *
 * Measured (npm run bench:page on a 2 MB, 8,813-message chat page; shared 2-CPU machine):
 * - the engine costs ~40 us per message unthrottled and ~190 us at 4x CPU throttling (last 5 messages as context):
 *   far below one 5 ms slice, so judging in place keeps each judgement inside the slice budget;
 * - a content -> background round trip (ping) took a median of 10 ms and up to 200 ms (a busy or restarting
 *   worker): every message would pay that latency plus a structured clone, and a chat's history would queue
 *   thousands of round trips through one worker shared by all tabs;
 * - the price: the engine is ~200 KB (~74 KB gzipped) of the ~500 KB content script, parsed once per frame that
 *   runs the script (same-origin frames are scanned by their parent's instance, so only cross-origin frames pay a
 *   second copy), and its first call builds the matcher (~170 ms unthrottled, once per frame, only on pages that
 *   get scanned; made in idle callbacks before the first judgement, see engineWarmUp).
 * Re-measured 2026-11-25 at 4x throttling (load average 5-11): ~90-100 us per message, round trip median 4-12 ms;
 * the cold start 405-475 ms in three idle tasks, the text matcher's stage the longest (354-367 ms).
 */
export function judge(input: AnalyzeInput): Verdict {
	return analyze(input);
}

/**
 * The warm-up in stages, one idle callback each, so the cold start is not one task: the link analysis (URL parser,
 * directory), the text matcher (folding table and automaton: the bulk), then a message of the kind the first real
 * call sees (text, a link, digits) for whatever is left.
 */
const WARM_STAGES: (() => unknown)[] = [
	() => analyzeUrl('https://example.com/'),
	() => analyzeText('你好'),
	() => analyze({ text: '您好，我是客服，退款请点击 https://example.com 或联系 4001234567' }),
];
/** How long the warm-up may wait for the page to go idle before it runs anyway. */
const WARM_IDLE_TIMEOUT_MS = 1000;
let ready = false;
let warming: Promise<number[]> | null = null;

function idle(run: () => void): void {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: WARM_IDLE_TIMEOUT_MS });
	else setTimeout(run, 0);
}

/**
 * The engine's first call builds its matcher (the cold start: the longest piece of work of the content script).
 * It is made here, once per frame, in an idle period of its own (`requestIdleCallback`), when the scanner is about
 * to judge its first candidate: never on a page whose first look found nothing to judge, and never inside a work
 * slice (the queue waits for this promise before the first judgement; slice-queue.ts). Resolves with the
 * milliseconds of each stage; returns undefined once the engine is ready.
 */
export function engineWarmUp(): Promise<number[]> | undefined {
	if (ready) return undefined;
	warming ??= new Promise<number[]>((resolve) => {
		const stages: number[] = [];
		let stage = 0;
		const run = () => {
			const t0 = performance.now();
			try {
				WARM_STAGES[stage]?.();
			} catch {
				// A failing engine fails again on the first real call, where the queue's step guard catches it.
			}
			stages.push(performance.now() - t0);
			stage += 1;
			if (stage < WARM_STAGES.length) {
				idle(run);
				return;
			}
			ready = true;
			resolve(stages);
		};
		idle(run);
	});
	return warming;
}

export function isOfficialHost(host: string): boolean {
	return isOfficialDomain(host);
}
