/**
 * The engine's public contract. Other parts of the product (content script, background, popup, CLI) and
 * other tools depend on these shapes exactly; change them only together with every consumer.
 */

/** Scam families of the field brief (DOMAIN.md). */
export const FAMILY_IDS = [
	'fake-refund',
	'membership-cancel',
	'credit-threat',
	'account-anomaly',
	'off-platform',
	'remote-control',
	'credential-harvest',
	'overpayment',
	'callback-invoice',
	'fake-refund-page',
] as const;
export type FamilyId = (typeof FAMILY_IDS)[number];

export type SignalKind = 'lure' | 'action' | 'context' | 'benign';
export type SignalSource = 'text' | 'link' | 'qr' | 'contact';
export type Level = 'none' | 'caution' | 'danger';

/** The three UI locales every explanation and reminder is written in. */
export type Locale = 'zh_CN' | 'zh_TW' | 'en';
export type LocalizedText = Readonly<Record<Locale, string>>;

/** Police reminders of DOMAIN.md (the seed report), referenced by id from verdicts. */
export const REMINDER_IDS = [
	'verify-via-platform',
	'no-wechat-qq',
	'no-transfer-for-refund',
	'never-transfer-stranger',
	'never-share-codes',
	'no-unknown-links-qr',
	'emergency-contacts',
] as const;
export type ReminderId = (typeof REMINDER_IDS)[number];

/** One matched piece of evidence. */
export interface Match {
	/** Signal id from the catalogue (text) or from the link/contact/QR analysers. */
	id: string;
	family: FamilyId;
	kind: SignalKind;
	source: SignalSource;
	/** UTF-16 offsets into the original `text` input; -1 when the source is not the text. */
	start: number;
	end: number;
	/** The matched original substring (for links: the URL; for QR: the payload). */
	text: string;
}

export interface Verdict {
	level: Level;
	/** 0-100. */
	score: number;
	/** The family that best explains the evidence; null when level is none. */
	family: FamilyId | null;
	signals: Match[];
	reminders: ReminderId[];
}

export interface LinkInput {
	href: string;
	/** Visible text of the anchor, for deceptive-anchor checks. */
	text?: string;
}

export interface AnalyzeInput {
	text?: string;
	links?: LinkInput[];
	/** Decoded QR payloads. */
	qr?: string[];
	/** Earlier messages of the same thread, oldest first. */
	context?: string[];
	/** `zh`, `zh-CN`, `zh-TW`, `en` or any BCP 47 tag; detected when absent. */
	lang?: string;
	/** The page the input was found on (its own domain is evidence too). */
	pageUrl?: string;
}

export interface AnalyzeTextOptions {
	context?: string[];
	lang?: string;
}

export interface AnalyzeUrlOptions {
	/** Visible text of the anchor. */
	text?: string;
}
