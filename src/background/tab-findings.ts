import type { FindingReport, FindingState, TabFindings } from '../shared/findings';
import { siteKey } from '../shared/settings';

/**
 * Pure updates of one tab's findings (all frames). The store around them keeps the result in storage.session,
 * so a restarted service worker finds the same state.
 */

export interface FrameReport {
	documentId: string;
	url: string;
	findings: FindingReport[];
	/** Elements of this document that are gone for good (their findings leave the tab). */
	removed?: readonly string[];
}

export function emptyTab(tabId: number): TabFindings {
	return { tabId, site: '', url: '', frames: {} };
}

/**
 * Merges a frame's report. Findings are keyed by frame and document: a new document in a frame replaces that
 * frame's findings (also when it reports none: a sub-frame that navigated to a clean page), a new document in
 * the top frame replaces the whole tab's. A finding the user dismissed or marked fine keeps that state when the
 * same element is reported again. Returns `tab` itself when nothing changes (nothing to store).
 */
export function applyReport(tab: TabFindings, frameId: number, report: FrameReport): TabFindings {
	const key = String(frameId);
	const stored = tab.frames[key];
	const removed = report.removed ?? [];
	// Removals name elements of their own document: from another one (an old document's last words arriving after
	// its successor reported) they change nothing.
	if (
		report.findings.length === 0 &&
		removed.length > 0 &&
		stored &&
		stored.documentId !== report.documentId
	) {
		return tab;
	}
	if (report.findings.length === 0 && (!stored || stored.documentId === report.documentId)) {
		// No findings from a frame with nothing stored (most frames), or from the same document: only removals.
		const gone = stored ? removed.filter((id) => id in stored.findings) : [];
		if (!stored || gone.length === 0) return tab;
		const findings = { ...stored.findings };
		for (const id of gone) delete findings[id];
		return { ...tab, frames: { ...tab.frames, [key]: { ...stored, findings } } };
	}
	let frames = { ...tab.frames };
	const previousTop = frames['0'];
	if (frameId === 0 && previousTop && previousTop.documentId !== report.documentId) frames = {};
	const previous = frames[key];
	const base = previous && previous.documentId === report.documentId ? previous.findings : {};
	const findings = { ...base };
	for (const id of removed) delete findings[id];
	for (const item of report.findings) {
		const old = findings[item.elementId];
		findings[item.elementId] = { ...item, state: old ? old.state : 'active' };
	}
	frames[key] = { documentId: report.documentId, url: report.url, findings };
	const top =
		frameId === 0 ? { site: siteKey(report.url), url: report.url } : { site: tab.site, url: tab.url };
	return { tabId: tab.tabId, ...top, frames };
}

/** Sets the state of one element's finding; unchanged when the element is unknown. */
export function resolveFinding(
	tab: TabFindings,
	frameId: number,
	elementId: string,
	state: FindingState,
): TabFindings {
	const frame = tab.frames[String(frameId)];
	const finding = frame?.findings[elementId];
	if (!frame || !finding) return tab;
	return {
		...tab,
		frames: {
			...tab.frames,
			[String(frameId)]: { ...frame, findings: { ...frame.findings, [elementId]: { ...finding, state } } },
		},
	};
}
