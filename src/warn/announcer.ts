/**
 * Paces what screen readers announce when many warnings appear at once (a loaded chat history): at most one
 * announcement per interval. Every warning keeps its role (alert/status) from the start; a warning that must wait
 * is inserted with aria-live="off" and speaks when its turn comes by changing text inside its live region. When more
 * than one is still waiting at a turn, that turn speaks one summary ("N more warnings") and the rest stay quiet.
 */
export interface Speaker {
	/** Turns its live region back on and puts `text` into it (the change is what gets announced). */
	speak(text: string): void;
	/** Turns its live region back on without saying anything. */
	wake(): void;
	/** The warning's accessible name. */
	readonly name: string;
	/** Its name followed by "N more warnings", in its own language. */
	summarize(more: number): string;
}

export interface AnnouncerOptions {
	intervalMs?: number;
	now?: () => number;
	setTimer?: (fn: () => void, ms: number) => unknown;
}

export class Announcer {
	private last = Number.NEGATIVE_INFINITY;
	private readonly queue: Speaker[] = [];
	private timerSet = false;
	private readonly intervalMs: number;
	private readonly now: () => number;
	private readonly setTimer: (fn: () => void, ms: number) => unknown;

	constructor(options: AnnouncerOptions = {}) {
		this.intervalMs = options.intervalMs ?? 1000;
		this.now = options.now ?? (() => performance.now());
		this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
	}

	/** True: the warning may be announced as it is inserted. False: insert it quiet; it will be called later. */
	request(speaker: Speaker, signal?: AbortSignal): boolean {
		const t = this.now();
		if (this.queue.length === 0 && t - this.last >= this.intervalMs) {
			this.last = t;
			return true;
		}
		this.queue.push(speaker);
		signal?.addEventListener('abort', () => this.forget(speaker), { once: true });
		this.arm();
		return false;
	}

	private forget(speaker: Speaker): void {
		const i = this.queue.indexOf(speaker);
		if (i >= 0) this.queue.splice(i, 1);
	}

	private arm(): void {
		if (this.timerSet) return;
		this.timerSet = true;
		const wait = Math.max(0, this.last + this.intervalMs - this.now());
		this.setTimer(() => {
			this.timerSet = false;
			this.turn();
		}, wait);
	}

	private turn(): void {
		const next = this.queue.shift();
		if (!next) return;
		this.last = this.now();
		if (this.queue.length >= 2) {
			const rest = this.queue.splice(0);
			next.speak(next.summarize(rest.length));
			for (const s of rest) s.wake();
			return;
		}
		next.speak(next.name);
		if (this.queue.length) this.arm();
	}
}
