import browser from 'webextension-polyfill';
import type { FamilyId } from '../engine/types';
import type { CounterDelta } from '../shared/counters';
import type { FindingReport } from '../shared/findings';
import type {
	BackgroundMessages,
	QrDecodeRequest,
	QrDecodeResponse,
	QrMessages,
} from '../shared/message-types';
import { callWith, type Envelope, type RequestOf, type ResponseOf } from '../shared/messages';
import type { ContactRecord } from '../shared/recent-contact';

/**
 * The content script's side of the typed protocol. Every call fails quietly when the extension was reloaded or
 * updated under the page ("Extension context invalidated"): the caller's AbortController then tears the script down.
 */

type Protocol = BackgroundMessages & QrMessages;
type Key = keyof Protocol & string;

export function isContextInvalidated(error: unknown): boolean {
	const message = error instanceof Error ? error.message : String(error);
	return /context invalidated|Receiving end does not exist|Extension context/i.test(message);
}

export interface BackgroundPort {
	/** Upserts findings of this document; `removed` drops those of elements gone for good. */
	report(findings: FindingReport[], removed?: string[]): Promise<void>;
	recordContact(family: FamilyId, level: 'caution' | 'danger', what: string): Promise<void>;
	recentContact(): Promise<ContactRecord | null>;
	addCounters(delta: CounterDelta): Promise<void>;
	decodeQr(request: QrDecodeRequest): Promise<QrDecodeResponse | undefined>;
}

export function createBackgroundPort(documentId: string, onInvalidated: () => void): BackgroundPort {
	const send = async <K extends Key>(type: K, request: RequestOf<K, Protocol>) => {
		try {
			return await callWith<K, Protocol>((m: Envelope) => browser.runtime.sendMessage(m), type, request);
		} catch (error) {
			if (isContextInvalidated(error)) onInvalidated();
			return undefined as ResponseOf<K, Protocol> | undefined;
		}
	};
	return {
		async report(findings, removed) {
			await send('findings/report', {
				documentId,
				url: location.href,
				findings,
				...(removed?.length ? { removed } : {}),
			});
		},
		async recordContact(family, level, what) {
			await send('contact/record', { family, level, what: what.slice(0, 200) });
		},
		async recentContact() {
			const r = await send('contact/query', {});
			return r?.contact ?? null;
		},
		async addCounters(delta) {
			await send('counters/add', delta);
		},
		decodeQr: (request) => send('qr/decode', request),
	};
}
