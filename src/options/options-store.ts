import type { Counters } from '../shared/counters';
import type { Settings } from '../shared/settings';

/** What the options page reads and writes; bound to storage.local/session in the page, to memory in tests. */
export interface OptionsStore {
	readSettings(): Promise<Settings>;
	updateSettings(change: (current: Settings) => Settings): Promise<Settings>;
	readCounters(): Promise<Counters>;
	/** Deletes settings, lists, counters and every stored finding. */
	clearAll(): Promise<void>;
}
