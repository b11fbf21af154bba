import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeWelcomeTab, SESSION, settled } from './content-helpers';
import { type Harness, launch } from './harness';

/**
 * The engine's first call (its cold start, the content script's longest piece of work) happens only on a page with
 * something to judge, in an idle callback of its own before the first judgement, never inside a work slice.
 */

let h: Harness;

beforeAll(async () => {
	h = await launch();
	await closeWelcomeTab(h);
});

afterAll(async () => {
	await h?.close();
});

interface Cost {
	full: boolean;
	units: number;
	warmMs: number;
	stages: number;
	judgedWhenWarm: number;
}

const COST = `({ full: ${SESSION}.isFull, units: ${SESSION}.scanner.unitsJudged, warmMs: ${SESSION}.engineWarmMs, stages: ${SESSION}.engineWarmStagesMs.length, judgedWhenWarm: ${SESSION}.unitsJudgedWhenWarm })`;

describe('the engine cold start (Chromium)', () => {
	it('does not happen on a page whose first look found nothing', async () => {
		const page = await h.openFixture('www.example.com', '/smoke.html');
		await settled(h, page);
		await page.waitForTimeout(500);
		expect(await h.evaluateInContentScript<Cost>(page, COST)).toEqual(
			expect.objectContaining({ full: false, units: 0, warmMs: 0 }),
		);
		await page.close();
	});

	it('happens before the first judgement on a chat, outside the slices', async () => {
		const page = await h.openFixture('amos.alicdn.com', '/chat/scam.html');
		await settled(h, page);
		const cost = await h.evaluateInContentScript<Cost>(page, COST);
		expect(cost?.units).toBeGreaterThan(0);
		// The queue waited for the warm-up (three idle tasks of its own) before its first judgement, so no work
		// slice contained it. An ordering, not a timing: slice lengths vary with the machine's load.
		expect(cost?.stages).toBe(3);
		expect(cost?.judgedWhenWarm).toBe(0);
		await page.close();
	});
});
