/** Local counters shown in options as the extension's own cost and effect. Never leave the device. */
export interface Counters {
	warningsShown: number;
	pagesScanned: number;
	/** Total main-thread time the content scripts spent scanning, in ms. */
	scanTimeMs: number;
	/** Epoch ms when counting started (install or last reset). */
	since: number;
}

export type CounterDelta = Partial<Pick<Counters, 'warningsShown' | 'pagesScanned' | 'scanTimeMs'>>;

export function emptyCounters(now: number): Counters {
	return { warningsShown: 0, pagesScanned: 0, scanTimeMs: 0, since: now };
}

function count(value: unknown): number {
	return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
}

export function parseCounters(raw: unknown, now: number): Counters {
	if (typeof raw !== 'object' || raw === null) return emptyCounters(now);
	const r = raw as Record<string, unknown>;
	return {
		warningsShown: Math.floor(count(r.warningsShown)),
		pagesScanned: Math.floor(count(r.pagesScanned)),
		scanTimeMs: count(r.scanTimeMs),
		since: count(r.since) || now,
	};
}

/** Adds a delta; negative or non-finite parts are ignored (a page cannot lower the counters). */
export function addCounters(current: Counters, delta: CounterDelta): Counters {
	const add = (v: number | undefined) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0);
	return {
		...current,
		warningsShown: current.warningsShown + Math.floor(add(delta.warningsShown)),
		pagesScanned: current.pagesScanned + Math.floor(add(delta.pagesScanned)),
		scanTimeMs: Math.round((current.scanTimeMs + add(delta.scanTimeMs)) * 100) / 100,
	};
}
