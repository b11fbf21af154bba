import browser from 'webextension-polyfill';
import type { ContentMessages } from '../shared/message-types';
import { envelope } from '../shared/messages';
import type { StorageAreaLike } from '../shared/storage-item';
import { STORAGE_KEYS, settingsItem } from '../shared/storage-items';
import type { BackgroundService } from './background-service';

export const WELCOME_PAGE = 'src/welcome/index.html';

/**
 * Browser events the background reacts to. Registered synchronously at the worker's top level so that a
 * restarted worker still receives the event that woke it; all state comes from storage, none from memory.
 */
export function registerLifecycle(service: BackgroundService, signal: AbortSignal): void {
	const local = browser.storage.local as unknown as StorageAreaLike;

	const onUpdated = (tabId: number, change: { status?: string; url?: string }) => {
		// A new document at a new URL in the top frame: its warnings start over (same-document navigations keep
		// them). A "loading" without a URL is also sent for a sub-frame's navigation (and for a reload): it must not
		// wipe the tab. Each new document's content script reports once when it starts (an empty report), which
		// replaces its frame's old findings, the whole tab's for the top frame (background-service, tab-findings).
		if (change.status === 'loading' && change.url !== undefined) void service.resetTab(tabId, change.url);
	};
	const onRemoved = (tabId: number) => void service.forgetTab(tabId);
	const onInstalled = (details: { reason: string }) => {
		// Reading the settings migrates an older stored shape and writes it back once.
		void settingsItem(local).read();
		if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
	};
	const onStorageChanged = (changes: Record<string, unknown>, area: string) => {
		if (area === 'local' && STORAGE_KEYS.settings in changes) {
			void service.settingsChanged();
			void broadcastSettings(local);
		}
	};

	browser.tabs.onUpdated.addListener(onUpdated);
	browser.tabs.onRemoved.addListener(onRemoved);
	browser.runtime.onInstalled.addListener(onInstalled);
	browser.storage.onChanged.addListener(onStorageChanged);
	signal.addEventListener('abort', () => {
		browser.tabs.onUpdated.removeListener(onUpdated);
		browser.tabs.onRemoved.removeListener(onRemoved);
		browser.runtime.onInstalled.removeListener(onInstalled);
		browser.storage.onChanged.removeListener(onStorageChanged);
	});
}

/** Tells every tab's content scripts the new settings (tabs without one reject; that is fine). */
async function broadcastSettings(local: StorageAreaLike): Promise<void> {
	const settings = await settingsItem(local).read();
	const message = envelope<'settings/changed', ContentMessages>('settings/changed', { settings });
	const tabs = await browser.tabs.query({});
	await Promise.allSettled(
		tabs.filter((t) => typeof t.id === 'number').map((t) => browser.tabs.sendMessage(t.id!, message)),
	);
}
