// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FrameBatch } from './frame-batch';

/** A frame callback the test fires by hand. */
function manualFrames() {
	const waiting: (() => void)[] = [];
	return {
		requestFrame: (fn: () => void) => void waiting.push(fn),
		fire() {
			for (const fn of waiting.splice(0)) fn();
		},
		get pending() {
			return waiting.length;
		},
	};
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe('FrameBatch', () => {
	it('runs every read of a frame before any write, in the order the jobs came', async () => {
		const frames = manualFrames();
		const ac = new AbortController();
		const batch = new FrameBatch({ doc: document, signal: ac.signal, requestFrame: frames.requestFrame });
		const log: string[] = [];
		const job = (name: string, writes: boolean) => () => {
			log.push(`read ${name}`);
			return writes ? () => void log.push(`write ${name}`) : undefined;
		};
		const first = batch.add(job('a', true));
		const second = batch.add(job('b', false));
		batch.add(job('c', true));
		expect(second).toBe(first);
		// One frame request for the three jobs, and nothing run before it comes.
		expect(frames.pending).toBe(1);
		expect(log).toEqual([]);
		frames.fire();
		await first;
		expect(log).toEqual(['read a', 'read b', 'read c', 'write a', 'write c']);
		expect(batch.runs).toBe(1);
		expect(batch.size).toBe(0);
		ac.abort();
	});

	it('keeps the other jobs when one throws, and sends jobs added by a write to the next frame', async () => {
		const frames = manualFrames();
		const ac = new AbortController();
		const batch = new FrameBatch({ doc: document, signal: ac.signal, requestFrame: frames.requestFrame });
		const log: string[] = [];
		batch.add(() => {
			throw new Error('a broken read');
		});
		const run = batch.add(() => () => {
			log.push('write');
			void batch.add(() => () => void log.push('write of the next frame'));
		});
		frames.fire();
		await run;
		expect(log).toEqual(['write']);
		expect(frames.pending).toBe(1);
		frames.fire();
		expect(log).toEqual(['write', 'write of the next frame']);
		ac.abort();
	});

	it('runs on a timer when no animation frame comes (throttled rendering)', async () => {
		const ac = new AbortController();
		const batch = new FrameBatch({
			doc: document,
			signal: ac.signal,
			requestFrame: () => {},
			fallbackMs: 10,
		});
		let ran = false;
		await batch.add(() => () => {
			ran = true;
		});
		expect(ran).toBe(true);
		ac.abort();
	});

	it('does nothing while the document is hidden and runs once it shows', async () => {
		let hidden = true;
		vi.spyOn(document, 'hidden', 'get').mockImplementation(() => hidden);
		const frames = manualFrames();
		const ac = new AbortController();
		const batch = new FrameBatch({
			doc: document,
			signal: ac.signal,
			requestFrame: frames.requestFrame,
			fallbackMs: 10,
		});
		let ran = false;
		const run = batch.add(() => () => {
			ran = true;
		});
		await new Promise((r) => setTimeout(r, 30));
		expect(frames.pending).toBe(0);
		expect(ran).toBe(false);
		hidden = false;
		document.dispatchEvent(new Event('visibilitychange'));
		frames.fire();
		await run;
		expect(ran).toBe(true);
		ac.abort();
	});

	it('drops what waits when torn down, and settles the promise', async () => {
		const frames = manualFrames();
		const ac = new AbortController();
		const batch = new FrameBatch({ doc: document, signal: ac.signal, requestFrame: frames.requestFrame });
		let ran = false;
		const run = batch.add(() => () => {
			ran = true;
		});
		ac.abort();
		await run;
		frames.fire();
		expect(ran).toBe(false);
		expect(batch.size).toBe(0);
		await batch.add(() => undefined);
	});
});
