import browser from 'webextension-polyfill';
import type { StorageAreaLike } from '../shared/storage-item';
import { countersItem, settingsItem } from '../shared/storage-items';
import type { OptionsStore } from './options-store';

/** Options write settings straight to storage.local; the background sees the change and tells the tabs. */
export function browserOptionsStore(): OptionsStore {
	const local = browser.storage.local as unknown as StorageAreaLike;
	const settings = settingsItem(local);
	const counters = countersItem(local);
	return {
		readSettings: () => settings.read(),
		updateSettings: (change) => settings.update(change),
		readCounters: () => counters.read(),
		clearAll: async () => {
			await browser.storage.local.clear();
			await browser.storage.session.clear();
		},
	};
}
