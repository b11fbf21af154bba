// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SliceQueue } from './slice-queue';

describe('SliceQueue gates', () => {
	it('ends the slice at a gate, waits for it, then goes on with the same node', async () => {
		const log: string[] = [];
		let open!: () => void;
		const gate = new Promise<void>((resolve) => {
			open = resolve;
		});
		const controller = new AbortController();
		const slices: number[] = [];
		const queue = new SliceQueue({
			signal: controller.signal,
			rescanRoots: () => [],
			yieldToPage: () => Promise.resolve(),
			onSlice: (ms) => slices.push(ms),
			*process(node: Node) {
				log.push(`start ${node.textContent}`);
				yield gate;
				log.push(`judged ${node.textContent}`);
			},
		});
		const a = document.createElement('p');
		a.textContent = 'a';
		const b = document.createElement('p');
		b.textContent = 'b';
		document.body.append(a, b);
		queue.push(a);
		queue.push(b);
		await new Promise((r) => setTimeout(r, 20));
		expect(log).toEqual(['start a']);
		expect(queue.idle).toBe(false);
		open();
		await new Promise((r) => setTimeout(r, 20));
		// b's gate is the same, already open promise: it only ends one more slice.
		expect(log).toEqual(['start a', 'judged a', 'start b', 'judged b']);
		expect(queue.idle).toBe(true);
		expect(slices.length).toBeGreaterThanOrEqual(2);
		controller.abort();
	});
});
