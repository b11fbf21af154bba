import type { FamilyId } from '../engine/types';
import type { CounterDelta } from './counters';
import type { BadgeState, FindingReport, LocatedFinding } from './findings';
import type { ContactRecord } from './recent-contact';
import type { Settings } from './settings';

/**
 * The product's messages. `BackgroundMessages` go to the background (send them with `sendMessage` from
 * `./send-message`); `ContentMessages` go from the background to a content script in one frame (the content
 * script answers them with `createMessageListener<ContentMessages>(...)`).
 *
 * Who sends what:
 *   content  -> background  findings/report, findings/resolve, contact/record, contact/query, counters/add, tips/open,
 *                           qr/decode
 *   popup    -> background  findings/get, findings/reveal, findings/resolve, site/pause, tips/open
 *   options  -> background  site/pause (options may also write settings directly through `settingsItem`)
 *   background -> content   content/reveal (scroll + flash), settings/changed (broadcast to every tab's frames)
 *
 * The background takes tab and frame from the message's sender for content messages; pages pass `tabId`.
 */
export interface BackgroundMessages {
	/**
	 * A frame's warnings, upserted by `elementId`. `documentId` is the content script's random id for its
	 * document: a new id replaces that frame's old findings, and a new id in the top frame (frameId 0) clears
	 * every frame of the tab. Send the full current state of an element again when it changes (e.g. danger).
	 * Page banner: kind 'page' (counts once on the badge; use one elementId per banner, e.g. 'page');
	 * field warning: kind 'field' (listed, never counted). Answers with the tab's new badge.
	 * `removed`: elementIds of this document whose elements are gone for good (a same-origin frame scanned by
	 * this document's script navigated away). A sub-frame's script reports once with no findings when it starts,
	 * so a frame that navigated to a clean page drops the old document's findings.
	 */
	'findings/report': {
		request: { documentId: string; url: string; findings: FindingReport[]; removed?: string[] };
		response: { badge: BadgeState };
	};
	/**
	 * The user dismissed a warning ('dismissed'), marked it "this is fine" ('fine') or undid that ('active').
	 * From a content script the frame is the sender's; from the popup pass tabId and frameId. For 'fine' with a
	 * `site`, the background also adds {site, sender} to the "this is fine" list in settings.
	 */
	'findings/resolve': {
		request: {
			elementId: string;
			state: 'active' | 'dismissed' | 'fine';
			site?: string;
			sender?: string;
			tabId?: number;
			frameId?: number;
		};
		response: { badge: BadgeState };
	};
	/** The popup's "this tab": every finding of every frame, the badge, and whether the site is paused. */
	'findings/get': {
		request: { tabId: number };
		response: { site: string; url: string; paused: boolean; findings: LocatedFinding[]; badge: BadgeState };
	};
	/** Asks the content script of that frame to scroll to the element and flash it (sends `content/reveal`). */
	'findings/reveal': {
		request: { tabId: number; frameId: number; elementId: string };
		response: { found: boolean };
	};
	/** Pauses (or resumes) scanning on a site; answers with the new settings (also broadcast as settings/changed). */
	'site/pause': { request: { site: string; paused: boolean }; response: { settings: Settings } };
	/** Remembers, for the browser session, a scam signal seen (site and time come from the sender and the clock). */
	'contact/record': {
		request: { family: FamilyId; level: 'caution' | 'danger'; what: string };
		response: { recorded: true };
	};
	/** The most relevant scam contact of the last `withinMs` (default 60 minutes), or null. */
	'contact/query': { request: { withinMs?: number }; response: { contact: ContactRecord | null } };
	/** Adds to the local counters (warnings shown, pages scanned, own scan time in ms). */
	'counters/add': { request: CounterDelta; response: { ok: true } };
	/** Opens the tips page in a new tab, at the family's card when given. */
	'tips/open': { request: { family?: FamilyId | null }; response: { ok: true } };
}

export interface ContentMessages {
	/** Scroll the warned element into view and flash it; `found: false` when it is gone from the page. */
	'content/reveal': { request: { elementId: string }; response: { found: boolean } };
	/** The settings changed (language, sensitivity, pause list, "this is fine" list, scope). */
	'settings/changed': { request: { settings: Settings }; response: { ok: true } };
}

/** content -> background: QR decoding of candidate images (answered by src/background/qr). */
export interface QrMessages {
	'qr/decode': { request: QrDecodeRequest; response: QrDecodeResponse };
}

/** A candidate image's box and URL, for `qr/decode`. */
export interface QrDecodeRequest {
	/** The element's box in CSS pixels relative to the top frame's viewport (as measured by the content script). */
	rect: { x: number; y: number; width: number; height: number };
	/** The top frame's viewport size in CSS pixels (the capture's scale is derived from it). */
	viewport: { width: number; height: number };
	/** An <img>'s absolute URL or a CSS background's URL, for the cache and the fetch fallback; absent for canvases. */
	src?: string;
}

export interface QrDecodeResponse {
	payloads: string[];
	/** Where the pixels came from: a capture of the visible tab, the background's fetch, or the cache. */
	via: 'capture' | 'fetch' | 'cache' | 'none';
	ms: number;
}
