import type { AnalyzeInput, FamilyId, Locale, Verdict } from '../engine/types';

/** A platform the warning can name, with its official app and hotline (from the official-contact directory). */
export interface BrandContact {
	/** Display name in the UI language, e.g. 淘宝 / Taobao. */
	name: string;
	/** Official customer-service number, e.g. 95188; omitted when the directory has none. */
	hotline?: string;
}

/** An earlier scam contact that makes this page (a transfer, loan or remote-tool page) dangerous. */
export interface Escalation {
	family: FamilyId | null;
	/** Site where the contact was seen (host name). */
	site: string;
	/** Epoch ms when it was seen. */
	at: number;
	/** What the escalated page is: the headline and advice say what not to do there (money in general when absent). */
	pageKind?: EscalationPageKind;
}

/** The pages escalated after a scam contact (content/page-kind.ts recognises them). */
export type EscalationPageKind = 'transfer' | 'loan' | 'remote-download';

/** Everything a warning shows; all of it is data from the page or the engine, always rendered as text. */
export interface WarningData {
	verdict: Verdict;
	/** The engine input that produced the verdict: its `text` is what the signal offsets point into. */
	input: AnalyzeInput;
	locale: Locale;
	/** Page the warning is on; defaults to `location.href` when mounted on a page. */
	pageUrl?: string;
	/** The sender as the page shows it, when known (for "this is fine" and the evidence). */
	sender?: string;
	/** The platform concerned, when known (e.g. from the link analysis or the site profile). */
	brand?: BrandContact | null;
	/** Page banner only: the earlier contact that escalated this page. */
	escalation?: Escalation | null;
}

export type WarnAction =
	| { type: 'dismiss' }
	| { type: 'this-is-fine'; site: string; sender: string }
	| { type: 'copy-evidence'; text: string; copied: boolean }
	| { type: 'learn-more'; family: FamilyId | null }
	| { type: 'expand'; expanded: boolean };

/** Where the warning sends what the user did, besides its own callback (the background, when on a page). */
export interface WarnBridge {
	resolve(elementId: string, state: 'dismissed' | 'fine', site: string, sender: string): Promise<void>;
	openTips(family: FamilyId | null): Promise<void>;
}

export interface MountCommon extends WarningData {
	/** Removes the warning (and its highlights and listeners) when aborted. */
	signal: AbortSignal;
	onAction?: (action: WarnAction) => void;
	/**
	 * The content script's id of the warned element (as reported in `findings/report`). With it, dismiss and
	 * "this is fine" are also reported to the background (`findings/resolve`), which keeps the "this is fine" list.
	 */
	elementId?: string;
	/** Replaces the background messaging (tests, extension pages); `null` turns it off. */
	bridge?: WarnBridge | null;
}

export interface InlineMountOptions extends MountCommon {
	/** The message, mail or element that triggered the warning; the warning is inserted right after it. */
	anchor: Element;
	/**
	 * The element whose text the engine read (`input.text`); the matched phrases are highlighted in it.
	 * Defaults to `anchor`.
	 */
	textRoot?: Node;
	/**
	 * When the message's own element is not rendered and `anchor` is the place found for it: the rendered block
	 * that stands for the message on screen. Units inside it (a visible copy of the text) join this warning, and
	 * this warning joins one already shown inside it: one message, one warning.
	 */
	scope?: Element;
}

export interface BannerMountOptions extends MountCommon {
	/** Document to show the banner in; defaults to the global `document`. */
	document?: Document;
}

export interface FieldMountOptions extends MountCommon {
	/** Which kind of sensitive field (changes nothing but the evidence wording for now). */
	fieldKind?: 'card' | 'password' | 'code' | 'id' | 'other';
}

export interface WarningHandle {
	/** Re-renders with new data (e.g. a higher level, another language). */
	update(data: Partial<WarningData>): void;
	/** Removes the warning, its highlights and listeners. Idempotent. */
	remove(): void;
	/** `shown`, `dismissed` (by the user), `gave-up` (the page kept removing it), `removed`. */
	readonly state: WarningState;
}

export type WarningState = 'shown' | 'dismissed' | 'gave-up' | 'removed';
