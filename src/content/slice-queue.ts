/**
 * A time-sliced work queue for the content script. The observer callback only pushes nodes here; the work
 * (discovery, extraction, engine calls, warnings) runs later in slices of at most `sliceMs`, yielding to the
 * page between slices so a chat that loads a thousand messages never produces a long task of ours.
 *
 * Processing a node is an iterator: each step is one bounded piece of work (one message judged, a batch of
 * nodes walked), so even a 2 MB subtree is spread over many slices. A step may yield a promise (a gate): the
 * slice ends there and the queue waits for it before the next step (the engine's first call, made in an idle
 * period of its own rather than inside a slice).
 *
 * - Added subtrees are de-duplicated: a node already queued, or inside a queued node, is not queued again.
 * - A burst of more than `burstLimit` pushes between two slices collapses into one deferred full rescan.
 * - Nothing runs while the document is hidden; the queue resumes when it shows.
 */

export interface SliceQueueOptions {
	/** Returns the steps that process one node (each step bounded work). */
	process: (node: Node) => Iterator<unknown>;
	/** The roots of a full rescan (after a burst, or the initial scan). */
	rescanRoots: () => Node[];
	signal: AbortSignal;
	sliceMs?: number;
	burstLimit?: number;
	doc?: Document;
	/** Injectable clock and yield, for tests. */
	now?: () => number;
	yieldToPage?: () => Promise<void>;
	/** Called after each slice with its duration (cost counters, benchmarks). */
	onSlice?: (ms: number) => void;
}

interface SchedulerLike {
	yield?: () => Promise<void>;
}

/** `scheduler.yield` where available (keeps our continuation ahead of new tasks), else an idle callback, else a timer. */
export function defaultYield(): Promise<void> {
	const sched = (globalThis as { scheduler?: SchedulerLike }).scheduler;
	if (typeof sched?.yield === 'function') return sched.yield();
	if (typeof requestIdleCallback === 'function') {
		return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 200 }));
	}
	return new Promise((resolve) => setTimeout(resolve, 0));
}

export class SliceQueue {
	private readonly pending: Node[] = [];
	private readonly queued = new WeakSet<Node>();
	private current: Iterator<unknown> | undefined;
	private pushesSinceSlice = 0;
	private rescanPending = false;
	private running = false;
	private gate: Promise<unknown> | undefined;
	private readonly sliceMs: number;
	private readonly burstLimit: number;
	private readonly doc: Document;
	private readonly now: () => number;
	private readonly yieldToPage: () => Promise<void>;
	/** Work done, for the extension's own cost counters. */
	busyMs = 0;
	slices = 0;
	longestSliceMs = 0;
	/** The longest single step (a slice can only overrun its budget by one step). */
	longestStepMs = 0;
	rescans = 0;
	/** Work the steps handed on to run outside the slices (warnings mounted in the next frame), not yet done. */
	private deferred = 0;

	constructor(private readonly opts: SliceQueueOptions) {
		this.sliceMs = opts.sliceMs ?? 5;
		this.burstLimit = opts.burstLimit ?? 1000;
		this.doc = opts.doc ?? document;
		this.now = opts.now ?? (() => performance.now());
		this.yieldToPage = opts.yieldToPage ?? defaultYield;
		this.doc.addEventListener('visibilitychange', () => this.kick(), { signal: opts.signal });
	}

	/** Nodes waiting (not counting the one in progress). */
	get size(): number {
		return this.pending.length;
	}

	/** Nothing queued, nothing running, and nothing the steps handed on (`defer`) left to do. */
	get idle(): boolean {
		return !this.running && !this.hasWork && this.deferred === 0;
	}

	private get hasWork(): boolean {
		return this.rescanPending || this.pending.length > 0 || !!this.current;
	}

	/**
	 * Counts work that a step handed on to run outside the slices (placing and mounting warnings, batched per
	 * frame: frame-batch.ts) as the queue's own until it is done, so `idle` means the page is fully handled.
	 */
	defer(work: Promise<unknown>): void {
		this.deferred += 1;
		void work
			.catch(() => undefined)
			.finally(() => {
				this.deferred -= 1;
			});
	}

	/** Queues an added or changed node. Cheap: a WeakSet lookup and a parent walk bounded by depth. */
	push(node: Node): void {
		if (this.opts.signal.aborted) return;
		this.pushesSinceSlice += 1;
		if (this.rescanPending) return;
		if (this.pushesSinceSlice > this.burstLimit) {
			// The page replaced a large part of itself: one rescan later is cheaper than thousands of small jobs.
			this.requestRescan();
			return;
		}
		if (this.queued.has(node) || this.hasQueuedAncestor(node)) return;
		this.queued.add(node);
		this.pending.push(node);
		this.kick();
	}

	/** Drops what is queued and walks the whole document again, in slices. */
	requestRescan(): void {
		if (this.opts.signal.aborted) return;
		for (const n of this.pending) this.queued.delete(n);
		this.pending.length = 0;
		this.current = undefined;
		this.rescanPending = true;
		this.kick();
	}

	private hasQueuedAncestor(node: Node): boolean {
		let p = node.parentNode;
		for (let depth = 0; p && depth < 64; depth += 1) {
			if (this.queued.has(p)) return true;
			p = p.parentNode;
		}
		return false;
	}

	private kick(): void {
		if (this.running || this.opts.signal.aborted || this.doc.hidden) return;
		if (!this.hasWork) return;
		this.running = true;
		void this.drain()
			.catch(() => {
				// A failing step must not stop the queue for the rest of the page's life.
				this.current = undefined;
			})
			.finally(() => {
				this.running = false;
				if (!this.doc.hidden && this.hasWork) this.kick();
			});
	}

	private async drain(): Promise<void> {
		await this.yieldToPage();
		while (!this.opts.signal.aborted && !this.doc.hidden) {
			const start = this.now();
			this.pushesSinceSlice = 0;
			if (this.rescanPending) {
				this.rescanPending = false;
				this.rescans += 1;
				for (const root of this.opts.rescanRoots()) {
					this.queued.add(root);
					this.pending.push(root);
				}
			}
			while (this.now() - start < this.sliceMs) {
				if (!this.current) {
					const node = this.pending.shift();
					if (!node) break;
					this.queued.delete(node);
					if (!node.isConnected || this.hasQueuedAncestor(node)) continue;
					this.current = this.opts.process(node);
				}
				const stepStart = this.now();
				let gate: Promise<unknown> | undefined;
				try {
					const result = this.current.next();
					if (result.done) this.current = undefined;
					else if (result.value instanceof Promise) gate = result.value;
				} catch {
					this.current = undefined;
				}
				const step = this.now() - stepStart;
				if (step > this.longestStepMs) this.longestStepMs = step;
				if (gate) {
					this.gate = gate;
					break;
				}
			}
			const ms = this.now() - start;
			this.busyMs += ms;
			this.slices += 1;
			if (ms > this.longestSliceMs) this.longestSliceMs = ms;
			this.opts.onSlice?.(ms);
			if (this.gate) {
				const gate = this.gate;
				this.gate = undefined;
				await gate.catch(() => undefined);
				continue;
			}
			if (!this.hasWork) return;
			await this.yieldToPage();
		}
	}
}
