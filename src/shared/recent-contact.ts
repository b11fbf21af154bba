import { FAMILY_IDS, type FamilyId } from '../engine/types';

/**
 * The recent-contact memory: for the browser session (storage.session), which scam signal was seen, where and
 * when. A transfer, loan or remote-tool page opened soon after gets an escalated warning naming that contact.
 */

export const RECENT_CONTACT_WINDOW_MS = 60 * 60 * 1000;
const MAX_RECORDS = 50;

export interface ContactRecord {
	/** The scam family seen. */
	family: FamilyId;
	level: 'caution' | 'danger';
	/** A short quote of what was seen (the matched phrase or the message start). */
	what: string;
	/** Host name where it was seen. */
	site: string;
	/** Epoch ms. */
	at: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseContactRecord(raw: unknown): ContactRecord | null {
	if (!isRecord(raw)) return null;
	const family = typeof raw.family === 'string' && (FAMILY_IDS as readonly string[]).includes(raw.family);
	if (!family) return null;
	if (typeof raw.at !== 'number' || !Number.isFinite(raw.at)) return null;
	return {
		family: raw.family as FamilyId,
		level: raw.level === 'danger' ? 'danger' : 'caution',
		what: typeof raw.what === 'string' ? raw.what.slice(0, 200) : '',
		site: typeof raw.site === 'string' ? raw.site.slice(0, 253) : '',
		at: raw.at,
	};
}

export function parseContactList(raw: unknown): ContactRecord[] {
	if (!Array.isArray(raw)) return [];
	return raw
		.map(parseContactRecord)
		.filter((r): r is ContactRecord => r !== null)
		.slice(-MAX_RECORDS);
}

/** Adds a record and drops those older than the window. */
export function rememberContact(list: ContactRecord[], record: ContactRecord, now: number): ContactRecord[] {
	return [...list.filter((r) => now - r.at < RECENT_CONTACT_WINDOW_MS), record].slice(-MAX_RECORDS);
}

/** The most relevant contact within the window: the latest danger, else the latest caution; null when none. */
export function latestContact(
	list: ContactRecord[],
	now: number,
	windowMs = RECENT_CONTACT_WINDOW_MS,
): ContactRecord | null {
	const recent = list.filter((r) => r.at <= now + 1000 && now - r.at < windowMs).sort((a, b) => b.at - a.at);
	return recent.find((r) => r.level === 'danger') ?? recent[0] ?? null;
}
