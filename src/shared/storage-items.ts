import { type Counters, parseCounters } from './counters';
import { parseTabFindings, type TabFindings } from './findings';
import { type ContactRecord, parseContactList } from './recent-contact';
import type { Settings } from './settings';
import { migrateSettings } from './settings-migrations';
import { defineItem, type StorageAreaLike, type StorageItem } from './storage-item';

/**
 * Every stored value of the extension, in one place (so "what is stored" in options is this list):
 *   storage.local   `settings`       the user's choices, lists (paused sites, "this is fine")
 *   storage.local   `counters`       warnings shown, pages scanned, own scan time
 *   storage.session `tab:<id>`       findings of an open tab (gone when the browser closes)
 *   storage.session `recentContacts` scam signals seen in the last 60 minutes
 */
export const STORAGE_KEYS = {
	settings: 'settings',
	counters: 'counters',
	recentContacts: 'recentContacts',
	tabPrefix: 'tab:',
} as const;

export function settingsItem(local: StorageAreaLike): StorageItem<Settings> {
	return defineItem(local, STORAGE_KEYS.settings, {
		parse: (raw) => migrateSettings(raw).settings,
		needsWriteBack: (raw) => migrateSettings(raw).changed,
	});
}

export function countersItem(local: StorageAreaLike, now: () => number = Date.now): StorageItem<Counters> {
	return defineItem(local, STORAGE_KEYS.counters, { parse: (raw) => parseCounters(raw, now()) });
}

export function tabFindingsItem(session: StorageAreaLike, tabId: number): StorageItem<TabFindings> {
	return defineItem(session, `${STORAGE_KEYS.tabPrefix}${tabId}`, {
		parse: (raw) => parseTabFindings(raw, tabId),
	});
}

export function recentContactsItem(session: StorageAreaLike): StorageItem<ContactRecord[]> {
	return defineItem(session, STORAGE_KEYS.recentContacts, { parse: parseContactList });
}
