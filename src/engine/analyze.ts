import { contactSignals, qrSignals, textUrlSignals, urlSignals, urlsInText } from './links-port';
import { quoteSpans } from './quote-spans';
import { scoreSignals } from './score';
import { scanText } from './text-scan';
import type { AnalyzeInput, AnalyzeTextOptions, AnalyzeUrlOptions, Match, Verdict } from './types';

/** Earlier messages beyond these are too far back to explain the current one (and bound the work). */
const MAX_CONTEXT_MESSAGES = 20;
const MAX_LINKS = 50;
const MAX_QR = 10;
const NO_QUOTES: readonly number[] = [];

/**
 * The verdict on one input: its text, the links and QR payloads found with it, and earlier messages of the
 * same thread. Synchronous, pure and linear in the size of the input. `lang` is accepted for callers'
 * convenience; the catalogue is matched in every language at once, so no detection is needed.
 */
export function analyze(input: AnalyzeInput): Verdict {
	const text = typeof input.text === 'string' ? input.text : '';
	// scanText returns a fresh array: the message's other signals are appended to it.
	const current: Match[] = text.length > 0 ? scanText(text) : [];
	if (text.length > 0) {
		for (const m of contactSignals(text)) current.push(m);
		// Addresses written in the text (http:, www., t.me/...) are links too. Each of those forms holds an
		// ASCII '.' or ':', so a text without either (most chat lines) skips the search.
		if (text.indexOf('.') !== -1 || text.indexOf(':') !== -1) {
			const found = urlsInText(text);
			for (let i = 0; i < found.length && i < MAX_LINKS; i++)
				for (const m of textUrlSignals(found[i]!)) current.push(m);
		}
	}
	if (input.links != null)
		for (const link of input.links.slice(0, MAX_LINKS)) {
			if (typeof link?.href !== 'string') continue;
			for (const m of urlSignals(link.href, link.text)) current.push(m);
		}
	if (input.qr != null)
		for (const payload of input.qr.slice(0, MAX_QR)) {
			if (typeof payload !== 'string') continue;
			const qr = qrSignals(payload);
			for (const m of qr.signals) current.push(m);
			// scanText's matches are fresh objects: they are relabelled in place rather than copied.
			if (qr.text)
				for (const m of scanText(qr.text)) {
					m.source = 'qr';
					m.start = -1;
					m.end = -1;
					current.push(m);
				}
		}
	const context: Match[] = [];
	if (input.context != null) {
		const messages = input.context;
		for (let i = Math.max(0, messages.length - MAX_CONTEXT_MESSAGES); i < messages.length; i++) {
			const message = messages[i];
			if (typeof message !== 'string') continue;
			for (const m of scanText(message)) {
				m.start = -1;
				m.end = -1;
				context.push(m);
			}
		}
	}
	// Quotations only matter to a message with a lure or action of its own (scoreSignals answers the others
	// before it reads them): most messages skip the search for quotation marks.
	let ownAsk = false;
	for (let i = 0; i < current.length && !ownAsk; i++)
		if (current[i]!.kind === 'lure' || current[i]!.kind === 'action') ownAsk = true;
	return scoreSignals(current, context, ownAsk && text.length > 0 ? quoteSpans(text) : NO_QUOTES);
}

export function analyzeText(text: string, options?: AnalyzeTextOptions): Verdict {
	return analyze(options === undefined ? { text } : { text, ...options });
}

export function analyzeUrl(url: string, options: AnalyzeUrlOptions = {}): Verdict {
	return analyze({ links: [options.text === undefined ? { href: url } : { href: url, text: options.text }] });
}
