/**
 * Page reads and writes of many small jobs, run together once per frame: first every job's read (where a warning
 * goes: `checkVisibility`), then every job's write (mounting the warnings).
 *
 * Why: a read of the page's rendering after a write makes the browser bring the styles of the whole document up
 * to date on the spot. Done one warning at a time inside the queue's steps, each warning paid for such a
 * recalculation (measured on a 2 MB chat page: ~16 ms per warning unthrottled, 166-202 ms for the first one, in a
 * step with a 5 ms budget). Run in a requestAnimationFrame callback, the reads find the styles the browser was
 * about to compute for this frame anyway (at most that one recalculation, shared by all jobs), and the writes are
 * taken up by the frame's own style pass.
 *
 * A frame whose rendering the browser throttles (an invisible iframe) may get no animation frame: a timer runs
 * the batch then. Nothing runs while the document is hidden; the batch waits until it shows.
 */

/** A job's read; it returns its write (or nothing when there is nothing to write). */
export type BatchJob = () => (() => void) | undefined;

export interface FrameBatchOptions {
	doc: Document;
	signal: AbortSignal;
	/** When the animation frame does not come (throttled rendering), the batch runs after this many ms. */
	fallbackMs?: number;
	/** Injectable frame callback and clock, for tests. */
	requestFrame?: (fn: () => void) => void;
	now?: () => number;
	/** Called at the end of each run, after the writes and inside its timing (one message for all of them). */
	afterWrites?: () => void;
	/** Called with each run's duration (cost counters). */
	onRun?: (ms: number) => void;
}

export class FrameBatch {
	private jobs: BatchJob[] = [];
	private waiting: Promise<void> | undefined;
	private release: (() => void) | undefined;
	private readonly now: () => number;
	/** Time spent running batches (reads and writes), for the extension's own cost counters. */
	busyMs = 0;
	/** Of those, the reads (a recalculation the page's own changes made due lands here) and the writes. */
	readMs = 0;
	writeMs = 0;
	runs = 0;
	longestRunMs = 0;
	private inRun = false;

	constructor(private readonly opts: FrameBatchOptions) {
		this.now = opts.now ?? (() => performance.now());
		opts.signal.addEventListener('abort', () => this.settle(), { once: true });
	}

	/** True while a run's reads and writes are under way. */
	get running(): boolean {
		return this.inRun;
	}

	/** Jobs waiting for the next run. */
	get size(): number {
		return this.jobs.length;
	}

	/**
	 * Adds a job. Returns the promise of the run that will take it (resolved when it ran, or when the batch was
	 * torn down), so a caller can count the work as not done yet.
	 */
	add(job: BatchJob): Promise<void> {
		if (this.opts.signal.aborted) return Promise.resolve();
		this.jobs.push(job);
		if (!this.waiting) {
			this.waiting = new Promise<void>((resolve) => {
				this.release = resolve;
			});
			this.schedule();
		}
		return this.waiting;
	}

	private schedule(): void {
		const { doc, signal } = this.opts;
		if (signal.aborted) return;
		if (doc.hidden) {
			doc.addEventListener('visibilitychange', () => this.schedule(), { once: true, signal });
			return;
		}
		let done = false;
		const once = () => {
			if (done) return;
			done = true;
			clearTimeout(timer);
			this.run();
		};
		const timer = setTimeout(once, this.opts.fallbackMs ?? 100);
		const frame =
			this.opts.requestFrame ??
			((fn: () => void) => {
				const raf = doc.defaultView?.requestAnimationFrame;
				if (typeof raf === 'function') raf.call(doc.defaultView, fn);
			});
		frame(once);
	}

	private run(): void {
		const { doc, signal } = this.opts;
		if (signal.aborted) return;
		if (doc.hidden) {
			// Hidden between scheduling and the timer: no work until the page shows.
			this.schedule();
			return;
		}
		const start = this.now();
		this.inRun = true;
		const jobs = this.jobs;
		this.jobs = [];
		const writes: (() => void)[] = [];
		// All reads first, then all writes: nothing of the page is read after one of our writes.
		for (const job of jobs) {
			try {
				const write = job();
				if (write) writes.push(write);
			} catch {
				// One failing job must not cost the others their warning.
			}
		}
		const read = this.now();
		this.readMs += read - start;
		for (const write of writes) {
			try {
				write();
			} catch {
				// As above.
			}
		}
		try {
			this.opts.afterWrites?.();
		} catch {
			// As above.
		}
		this.inRun = false;
		const end = this.now();
		this.writeMs += end - read;
		const ms = end - start;
		this.busyMs += ms;
		this.runs += 1;
		if (ms > this.longestRunMs) this.longestRunMs = ms;
		this.opts.onRun?.(ms);
		this.settle();
		// Jobs added by the writes themselves go to the next run.
		if (this.jobs.length > 0 && !signal.aborted) {
			this.waiting = new Promise<void>((resolve) => {
				this.release = resolve;
			});
			this.schedule();
		}
	}

	private settle(): void {
		const release = this.release;
		this.waiting = undefined;
		this.release = undefined;
		if (this.opts.signal.aborted) this.jobs = [];
		release?.();
	}
}
