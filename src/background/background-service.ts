import type { FamilyId } from '../engine/types';
import { addCounters } from '../shared/counters';
import {
	type BadgeState,
	badgeFor,
	listFindings,
	parseFindingReport,
	type TabFindings,
} from '../shared/findings';
import type { BackgroundMessages, ContentMessages } from '../shared/message-types';
import type { Handlers, RequestOf, ResponseOf } from '../shared/messages';
import { latestContact, RECENT_CONTACT_WINDOW_MS, rememberContact } from '../shared/recent-contact';
import { isPaused, type Settings, siteKey } from '../shared/settings';
import type { StorageAreaLike } from '../shared/storage-item';
import {
	countersItem,
	recentContactsItem,
	STORAGE_KEYS,
	settingsItem,
	tabFindingsItem,
} from '../shared/storage-items';
import { applyReport, emptyTab, resolveFinding } from './tab-findings';

/** How fresh a top-frame report must be to survive a "loading" event that arrives after it. */
export const NAVIGATION_RACE_MS = 1500;

/** What the background needs from the browser; the entry binds it to webextension-polyfill, tests to fakes. */
export interface BackgroundPorts {
	local: StorageAreaLike;
	session: StorageAreaLike;
	setBadge(tabId: number, badge: BadgeState): Promise<void>;
	sendToFrame<K extends keyof ContentMessages & string>(
		tabId: number,
		frameId: number,
		type: K,
		request: RequestOf<K, ContentMessages>,
	): Promise<ResponseOf<K, ContentMessages>>;
	/** The tab's URL when the browser tells it (undefined otherwise). */
	tabUrl(tabId: number): Promise<string | undefined>;
	openTab(url: string): Promise<void>;
	tipsUrl(family: FamilyId | null): string;
	now(): number;
}

/** The sender fields the handlers read (a subset of runtime.MessageSender). */
interface SenderLike {
	tab?: { id?: number; url?: string };
	frameId?: number;
	url?: string;
}

function senderTab(sender: SenderLike, explicit?: number): number {
	const tabId = explicit ?? sender.tab?.id;
	if (typeof tabId !== 'number' || tabId < 0) throw new Error('no tab for this message');
	return tabId;
}

/** The messages this service answers; QR decoding has its own handler in ./qr. */
export type ServiceMessages = Omit<BackgroundMessages, 'qr/decode'>;

export interface BackgroundService {
	handlers: Handlers<ServiceMessages>;
	/** A new document is loading in the tab's top frame: its findings and badge start over. */
	resetTab(tabId: number, url?: string): Promise<void>;
	forgetTab(tabId: number): Promise<void>;
	/** Paints every stored tab's badge again (after a browser restart the badge state is gone). */
	repaintAll(): Promise<void>;
	/** Settings changed: tabs on a site that is now paused lose their findings and badge (their warnings are gone). */
	settingsChanged(): Promise<void>;
}

export function createBackgroundService(ports: BackgroundPorts): BackgroundService {
	const settings = settingsItem(ports.local);
	const counters = countersItem(ports.local, ports.now);
	const contacts = recentContactsItem(ports.session);

	/**
	 * Applies a change to a tab's findings and paints its badge. A change that returns the tab unchanged stores
	 * nothing; its badge is painted again only with `repaintUnchanged` (a navigation clears the browser's badge).
	 */
	const updateTab = async (
		tabId: number,
		change: (tab: TabFindings) => TabFindings,
		repaintUnchanged = true,
	): Promise<BadgeState> => {
		let unchanged = false;
		const tab = await tabFindingsItem(ports.session, tabId).update((current) => {
			const next = change(current);
			unchanged = next === current;
			return next;
		});
		const badge = badgeFor(tab);
		if (!unchanged || repaintUnchanged) await ports.setBadge(tabId, badge);
		return badge;
	};

	const tabSite = async (tabId: number, tab: TabFindings): Promise<{ site: string; url: string }> => {
		if (tab.url) return { site: tab.site, url: tab.url };
		const url = (await ports.tabUrl(tabId).catch(() => undefined)) ?? '';
		return { site: /^https?:/.test(url) ? siteKey(url) : '', url };
	};

	const setPaused = (site: string, paused: boolean): Promise<Settings> =>
		settings.update((s) => {
			const key = siteKey(site);
			const rest = s.pausedSites.filter((p) => p !== key);
			return { ...s, pausedSites: paused && key ? [...rest, key] : rest };
		});

	const storedTabs = async (): Promise<TabFindings[]> => {
		const all = await ports.session.get(null);
		const tabs: TabFindings[] = [];
		for (const key of Object.keys(all)) {
			if (!key.startsWith(STORAGE_KEYS.tabPrefix)) continue;
			const tabId = Number(key.slice(STORAGE_KEYS.tabPrefix.length));
			if (Number.isInteger(tabId)) tabs.push(await tabFindingsItem(ports.session, tabId).read());
		}
		return tabs;
	};

	const handlers: Handlers<ServiceMessages> = {
		'findings/report': async (request, sender: SenderLike) => {
			const tabId = senderTab(sender);
			const frameId = sender.frameId ?? 0;
			const findings = (Array.isArray(request?.findings) ? request.findings : [])
				.slice(0, 500)
				.map(parseFindingReport)
				.filter((f) => f !== null);
			const documentId = typeof request?.documentId === 'string' ? request.documentId.slice(0, 80) : '';
			const url = typeof request?.url === 'string' ? request.url.slice(0, 2048) : (sender.url ?? '');
			const removed = (Array.isArray(request?.removed) ? request.removed : [])
				.slice(0, 500)
				.filter((id): id is string => typeof id === 'string')
				.map((id) => id.slice(0, 80));
			const badge = await updateTab(
				tabId,
				(tab) => {
					const next = applyReport(tab, frameId, { documentId, url, findings, removed });
					if (next === tab) return tab;
					return frameId === 0 ? { ...next, topReportedAt: ports.now() } : next;
				},
				false,
			);
			return { badge };
		},
		'findings/resolve': async (request, sender: SenderLike) => {
			const tabId = senderTab(sender, request.tabId);
			const frameId = request.frameId ?? sender.frameId ?? 0;
			const badge = await updateTab(tabId, (tab) =>
				resolveFinding(tab, frameId, request.elementId, request.state),
			);
			const site = request.site ? siteKey(request.site) : '';
			if (site && (request.state === 'fine' || request.state === 'active')) {
				const sender = (request.sender ?? '').slice(0, 300);
				await settings.update((s) => {
					const rest = s.allowList.filter((e) => !(e.site === site && e.sender === sender));
					const allowList =
						request.state === 'fine' ? [...rest, { site, sender, addedAt: ports.now() }] : rest;
					return { ...s, allowList };
				});
			}
			return { badge };
		},
		'findings/get': async ({ tabId }) => {
			const tab = await tabFindingsItem(ports.session, tabId).read();
			const { site, url } = await tabSite(tabId, tab);
			const current = await settings.read();
			return {
				site,
				url,
				paused: site ? isPaused(current, site) : false,
				findings: listFindings(tab),
				badge: badgeFor(tab),
			};
		},
		'findings/reveal': async ({ tabId, frameId, elementId }) => {
			try {
				return await ports.sendToFrame(tabId, frameId, 'content/reveal', { elementId });
			} catch {
				return { found: false };
			}
		},
		'site/pause': async ({ site, paused }) => ({ settings: await setPaused(site, paused) }),
		'contact/record': async (request, sender: SenderLike) => {
			const now = ports.now();
			const url = sender.tab?.url ?? sender.url ?? '';
			await contacts.update((list) =>
				rememberContact(
					list,
					{
						family: request.family,
						level: request.level === 'danger' ? 'danger' : 'caution',
						what: String(request.what ?? '').slice(0, 200),
						site: /^https?:/.test(url) ? siteKey(url) : '',
						at: now,
					},
					now,
				),
			);
			return { recorded: true };
		},
		'contact/query': async ({ withinMs }) => {
			const window = Math.min(withinMs ?? RECENT_CONTACT_WINDOW_MS, RECENT_CONTACT_WINDOW_MS);
			return { contact: latestContact(await contacts.read(), ports.now(), window) };
		},
		'counters/add': async (delta) => {
			await counters.update((c) => addCounters(c, delta ?? {}));
			return { ok: true };
		},
		'tips/open': async ({ family }) => {
			await ports.openTab(ports.tipsUrl(family ?? null));
			return { ok: true };
		},
	};

	return {
		handlers,
		resetTab: async (tabId, url) => {
			// The browser may deliver a navigation's "loading" event after the new document's first report
			// (seen in Firefox): a top-frame report that fresh, from the same URL the event names, belongs to the new
			// document and stays. An old document's findings are older or from another URL; and the new document's
			// first report replaces the whole tab in any case.
			const now = ports.now();
			const stored = await tabFindingsItem(ports.session, tabId).read();
			if (Object.keys(stored.frames).length === 0) {
				// Nothing stored for this tab (most tabs, most navigations): only the badge to clear.
				await ports.setBadge(tabId, { text: '', color: null, count: 0 });
				// The new document's first report may have been stored between that read and this paint: its
				// badge was painted before ours and would be lost; paint what is stored now.
				const after = await tabFindingsItem(ports.session, tabId).read();
				if (Object.keys(after.frames).length > 0) await ports.setBadge(tabId, badgeFor(after));
				return;
			}
			await updateTab(tabId, (tab) => {
				const fresh = tab.topReportedAt !== undefined && now - tab.topReportedAt < NAVIGATION_RACE_MS;
				return fresh && (!url || url === tab.url) ? tab : emptyTab(tabId);
			});
		},
		forgetTab: (tabId) => tabFindingsItem(ports.session, tabId).remove(),
		repaintAll: async () => {
			for (const tab of await storedTabs())
				await ports.setBadge(tab.tabId, badgeFor(tab)).catch(() => undefined);
		},
		settingsChanged: async () => {
			const current = await settings.read();
			for (const tab of await storedTabs()) {
				if (!tab.site || !isPaused(current, tab.site)) continue;
				await tabFindingsItem(ports.session, tab.tabId).remove();
				await ports.setBadge(tab.tabId, { text: '', color: null, count: 0 });
			}
		},
	};
}
