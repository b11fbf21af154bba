import browser from 'webextension-polyfill';
import type { Locale } from '../engine/types';
import type { ContentMessages } from '../shared/message-types';
import { createMessageListener } from '../shared/messages';
import { isPaused, type Settings } from '../shared/settings';
import { migrateSettings } from '../shared/settings-migrations';
import { createBackgroundPort, isContextInvalidated } from './background-port';
import { engineWarmUp, isOfficialHost, judge } from './engine-port';
import { PageSession } from './page-session';
import { profileFor } from './sites';
import type { SiteProfile } from './sites/site-profile';
import { TEST_PROFILES_OFF_KEY } from './test-switches';
import { warnUi } from './warn-port';

/**
 * Boots scanning in one frame: reads the settings, picks the site profile and the depth, starts the session,
 * and tears everything down through one AbortController (pause, or the extension reloaded under the page).
 */

const logged = new Set<string>();
/** Logs a module's first failure once (never page text). */
export function logOnce(module: string, error: unknown): void {
	if (logged.has(module)) return;
	logged.add(module);
	console.debug(`[${module}]`, error instanceof Error ? error.message : String(error));
}

export function localeFor(settings: Settings, uiLanguage: string): Locale {
	if (settings.language !== 'auto') return settings.language;
	const lang = uiLanguage.toLowerCase();
	if (/^zh[-_](tw|hk|mo|hant)/.test(lang)) return 'zh_TW';
	if (lang.startsWith('zh')) return 'zh_CN';
	return 'en';
}

function randomId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(9));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The frame's document when this frame should scan itself; null when the parent frame's instance covers it. */
function ownDocument(): Document | null {
	const href = location.href;
	if (!/^(https?:|about:)/.test(href) && location.protocol !== 'about:') return null;
	if (window !== window.top) {
		// A same-origin (or about:blank/srcdoc) frame is reachable from its parent, whose instance scans it with
		// the parent's profile and thread context; only cross-origin frames scan themselves.
		let sameOrigin = false;
		try {
			sameOrigin = window.frameElement !== null;
		} catch {
			sameOrigin = false;
		}
		if (sameOrigin) return null;
	}
	return document;
}

export interface BootResult {
	/** The current session (null while paused or out of scope); changes on pause and resume. */
	session(): PageSession | null;
	/** Ends everything in this frame (the extension was reloaded under the page). */
	controller: AbortController;
}

/**
 * Boots the frame. What pause means (one behaviour, in the popup's words "checking is paused on this site"):
 * pausing a site ends its session at once, so its warnings leave the page (they live on the session's signal) and
 * the background drops the tab's findings and badge; nothing is scanned while paused. Resuming starts a new
 * session in the open page, without a reload: the page is scanned again from the start (a new document id, so the
 * background treats its reports as a fresh state) and warnings come back.
 */
export async function bootContent(
	onSession?: (session: PageSession | null) => void,
): Promise<BootResult | null> {
	const doc = ownDocument();
	if (!doc) return null;
	const controller = new AbortController();
	const life = controller.signal;
	let stored: Record<string, unknown>;
	try {
		stored = await browser.storage.local.get(['settings', TEST_PROFILES_OFF_KEY]);
	} catch (error) {
		if (isContextInvalidated(error)) return null;
		throw error;
	}
	const site = location.hostname;
	const profilesOff = stored[TEST_PROFILES_OFF_KEY] === true;
	let session: PageSession | null = null;
	let run: AbortController | null = null;

	const stop = () => {
		run?.abort();
		run = null;
		session = null;
		onSession?.(null);
	};
	const start = (settings: Settings) => {
		if (run || life.aborted || isPaused(settings, site)) return;
		const current = new AbortController();
		life.addEventListener('abort', () => current.abort(), { once: true, signal: current.signal });
		run = current;
		session = startSession(doc, settings, profilesOff, current.signal, () => controller.abort());
		onSession?.(session);
	};

	// Pause, resume and the "this is fine" list arrive from the background.
	const listener = createMessageListener<ContentMessages>({
		'content/reveal': ({ elementId }) => ({ found: session?.reveal(elementId) ?? false }),
		'settings/changed': ({ settings: next }) => {
			if (isPaused(next, site)) stop();
			else if (run) session?.updateSettings(next);
			else start(next);
			return { ok: true };
		},
	});
	browser.runtime.onMessage.addListener(listener);
	life.addEventListener(
		'abort',
		() => {
			browser.runtime.onMessage.removeListener(listener);
			stop();
		},
		{ once: true },
	);

	start(migrateSettings(stored.settings).settings);
	return { session: () => session, controller };
}

/** One scanning session of the frame's document, with its own signal (ended by pause, or by the frame's end). */
function startSession(
	doc: Document,
	settings: Settings,
	profilesOff: boolean,
	signal: AbortSignal,
	invalidated: () => void,
): PageSession | null {
	const site = location.hostname;
	const url = new URL(location.href);
	let profile: SiteProfile | null = profilesOff
		? null
		: profileFor(site, (id, e) => logOnce(`sites/${id}`, e));
	if (profile && !settings.scan[profile.category]) profile = null;
	let full = false;
	if (profile) {
		try {
			// A known site's message areas get the full scan; its other pages (home, search) the first look.
			full = profile.role(url, doc) !== 'other';
		} catch (error) {
			logOnce(`sites/${profile.id}`, error);
			profile = null;
		}
	}
	if (!profile && !settings.scan.everywhere) return null;

	const bg = createBackgroundPort(randomId(), invalidated);
	let sliceDone = () => {};
	const session = new PageSession({
		onSlice: () => sliceDone(),
		doc,
		profile,
		full,
		settings,
		locale: localeFor(settings, browser.i18n?.getUILanguage?.() ?? navigator.language),
		judge,
		beforeJudge: engineWarmUp,
		isOfficialHost,
		warn: warnUi,
		bg,
		signal,
		log: logOnce,
	});
	sliceDone = reportCost(session, bg, signal);
	// Back from the back/forward cache: the same document and session, but the tab's findings were reset when the
	// page was left; its warnings are still on it, so its findings go to the background again.
	window.addEventListener('pageshow', (event) => event.persisted && session.reportAgain(), { signal });
	// A sub-frame removed from its page never sends another report: its findings leave with it. (The top frame's
	// leave is the tab's navigation, which resets the tab in the background.)
	if (window !== window.top) {
		window.addEventListener('pagehide', (event) => !event.persisted && session.reportGone(), { signal });
	}
	session.start();
	// A new document says so once, with no findings: when a frame navigated (webmail showing the next mail, a
	// widget reloading, the page reloaded), the old document's findings leave the tab's list and badge (for the
	// top frame: every frame's). The background stores nothing for a frame that had none.
	void bg.report([]);
	return session;
}

/** Quiet time after the last work slice before the counters are sent (one message per burst of work). */
const COUNTERS_QUIET_MS = 3000;

/**
 * Adds this page's scan time (the sum of the queue's work slices, not the time between them) and the warnings it
 * showed to the local counters (the user's view of our cost and effect): once the work has been quiet for a while,
 * and when the page is hidden or left. Returns the callback for the end of each slice.
 */
function reportCost(
	session: PageSession,
	bg: ReturnType<typeof createBackgroundPort>,
	signal: AbortSignal,
): () => void {
	let reportedMs = 0;
	let reportedWarnings = 0;
	let counted = false;
	const flush = () => {
		// The queue's slices, the warnings placed and mounted per frame, and the engine's warm-up (each outside the
		// slices).
		const busy = session.queue.busyMs + session.batch.busyMs + session.engineWarmMs;
		const ms = busy - reportedMs;
		const warnings = session.warningsShown - reportedWarnings;
		if (ms < 1 && warnings <= 0 && counted) return;
		reportedMs = busy;
		reportedWarnings = session.warningsShown;
		void bg.addCounters({
			scanTimeMs: Math.round(ms * 100) / 100,
			...(warnings > 0 ? { warningsShown: warnings } : {}),
			...(counted ? {} : { pagesScanned: 1 }),
		});
		counted = true;
	};
	document.addEventListener('visibilitychange', () => document.hidden && flush(), { signal });
	window.addEventListener('pagehide', flush, { signal });
	let timer: ReturnType<typeof setTimeout> | undefined;
	signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
	return () => {
		clearTimeout(timer);
		timer = setTimeout(flush, COUNTERS_QUIET_MS);
	};
}
