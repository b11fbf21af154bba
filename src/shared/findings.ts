import { FAMILY_IDS, type FamilyId, REMINDER_IDS, type ReminderId } from '../engine/types';

/**
 * What a content script reports about one warned element, and what the background keeps per tab in
 * `storage.session`. Page text in here is data for display (always rendered as text, never markup).
 */

/** `message`: a warned message/email/element; `page`: the page banner; `field`: a warning anchored to a form field. */
export const FINDING_KINDS = ['message', 'page', 'field'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const WARN_LEVELS = ['caution', 'danger'] as const;
export type WarnLevel = (typeof WARN_LEVELS)[number];

/** `dismissed`: closed for that element; `fine`: "this is fine" for the site and sender. Neither counts on the badge. */
export const FINDING_STATES = ['active', 'dismissed', 'fine'] as const;
export type FindingState = (typeof FINDING_STATES)[number];

export interface FindingSignal {
	id: string;
	family: FamilyId;
	/** The matched text (for a link: the URL; for a QR: its payload), shortened. */
	text: string;
}

export interface FindingReport {
	/** The content script's id for the warned element, stable within one document of one frame. */
	elementId: string;
	kind: FindingKind;
	level: WarnLevel;
	family: FamilyId | null;
	score: number;
	signals: FindingSignal[];
	reminders: ReminderId[];
	/** The start of the message's text, for the popup's list. */
	excerpt: string;
	/** The sender as the page shows it, when known. */
	sender?: string;
	/** Epoch ms when the warning was shown. */
	at: number;
}

export interface Finding extends FindingReport {
	state: FindingState;
}

export interface FrameFindings {
	/** The content script's id for the current document of this frame; a new one resets the frame. */
	documentId: string;
	url: string;
	findings: Record<string, Finding>;
}

export interface TabFindings {
	tabId: number;
	/** Host name of the top frame, for pause/resume. */
	site: string;
	url: string;
	frames: Record<string, FrameFindings>;
	/** Background clock (epoch ms) of the top frame's last report; absent before the first one. */
	topReportedAt?: number;
}

export const MAX_EXCERPT = 280;
export const MAX_SIGNAL_TEXT = 200;
const MAX_SIGNALS = 24;
const MAX_FINDINGS_PER_FRAME = 500;
const MAX_FRAMES = 64;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function str(value: unknown, max: number): string {
	return typeof value === 'string' ? value.slice(0, max) : '';
}
function oneOf<T extends string>(value: unknown, choices: readonly T[]): T | null {
	return typeof value === 'string' && (choices as readonly string[]).includes(value) ? (value as T) : null;
}

function parseSignal(raw: unknown): FindingSignal | null {
	if (!isRecord(raw)) return null;
	const family = oneOf(raw.family, FAMILY_IDS);
	const id = str(raw.id, 80);
	if (!family || !id) return null;
	return { id, family, text: str(raw.text, MAX_SIGNAL_TEXT) };
}

/** Validates a report from a content script (or a stored finding); null when it is unusable. */
export function parseFindingReport(raw: unknown): FindingReport | null {
	if (!isRecord(raw)) return null;
	const elementId = str(raw.elementId, 120);
	const kind = oneOf(raw.kind, FINDING_KINDS);
	const level = oneOf(raw.level, WARN_LEVELS);
	if (!elementId || !kind || !level) return null;
	const signals = Array.isArray(raw.signals)
		? raw.signals
				.slice(0, MAX_SIGNALS)
				.map(parseSignal)
				.filter((s): s is FindingSignal => s !== null)
		: [];
	const reminders = Array.isArray(raw.reminders)
		? [
				...new Set(
					raw.reminders.map((r) => oneOf(r, REMINDER_IDS)).filter((r): r is ReminderId => r !== null),
				),
			]
		: [];
	const report: FindingReport = {
		elementId,
		kind,
		level,
		family: oneOf(raw.family, FAMILY_IDS),
		score:
			typeof raw.score === 'number' && Number.isFinite(raw.score) ? Math.max(0, Math.min(100, raw.score)) : 0,
		signals,
		reminders,
		excerpt: str(raw.excerpt, MAX_EXCERPT),
		at: typeof raw.at === 'number' && Number.isFinite(raw.at) ? raw.at : 0,
	};
	const sender = str(raw.sender, 200);
	if (sender) report.sender = sender;
	return report;
}

export function parseFinding(raw: unknown): Finding | null {
	const report = parseFindingReport(raw);
	if (!report || !isRecord(raw)) return null;
	return { ...report, state: oneOf(raw.state, FINDING_STATES) ?? 'active' };
}

/** Validates a stored tab record; anything unreadable is dropped, the rest kept. */
export function parseTabFindings(raw: unknown, tabId: number): TabFindings {
	const empty: TabFindings = { tabId, site: '', url: '', frames: {} };
	if (!isRecord(raw)) return empty;
	const frames: Record<string, FrameFindings> = {};
	if (isRecord(raw.frames)) {
		for (const [frameId, frame] of Object.entries(raw.frames).slice(0, MAX_FRAMES)) {
			if (!/^\d+$/.test(frameId) || !isRecord(frame)) continue;
			const findings: Record<string, Finding> = {};
			if (isRecord(frame.findings)) {
				for (const item of Object.values(frame.findings).slice(0, MAX_FINDINGS_PER_FRAME)) {
					const finding = parseFinding(item);
					if (finding) findings[finding.elementId] = finding;
				}
			}
			frames[frameId] = { documentId: str(frame.documentId, 80), url: str(frame.url, 2048), findings };
		}
	}
	const tab: TabFindings = { tabId, site: str(raw.site, 253), url: str(raw.url, 2048), frames };
	if (typeof raw.topReportedAt === 'number' && Number.isFinite(raw.topReportedAt))
		tab.topReportedAt = raw.topReportedAt;
	return tab;
}

/** A finding with the frame it lives in, as the popup lists it. */
export interface LocatedFinding extends Finding {
	frameId: number;
}

/** Every finding of the tab, top frame first, in the order they were shown. */
export function listFindings(tab: TabFindings): LocatedFinding[] {
	const out: LocatedFinding[] = [];
	for (const [frameId, frame] of Object.entries(tab.frames)) {
		for (const finding of Object.values(frame.findings)) out.push({ ...finding, frameId: Number(frameId) });
	}
	return out.sort((a, b) => a.frameId - b.frameId || a.at - b.at);
}

export interface BadgeState {
	/** '' when there is nothing to show. */
	text: string;
	color: 'red' | 'amber' | null;
	count: number;
}

/**
 * The toolbar badge for a tab: each warned element once, a page banner as one, field warnings add nothing
 * (they repeat the page's danger), dismissed and "this is fine" ones not at all.
 */
export function badgeFor(tab: TabFindings): BadgeState {
	let count = 0;
	let danger = false;
	for (const frame of Object.values(tab.frames)) {
		for (const finding of Object.values(frame.findings)) {
			if (finding.state !== 'active' || finding.kind === 'field') continue;
			count += 1;
			if (finding.level === 'danger') danger = true;
		}
	}
	if (count === 0) return { text: '', color: null, count };
	return { text: count > 99 ? '99+' : String(count), color: danger ? 'red' : 'amber', count };
}
