import { getDomain, getHostname } from 'tldts';
import { WARN_TEXTS } from '../i18n/warn';
import { signalExplanation } from './engine-texts';
import type { WarningData } from './types';

const MAX_MESSAGE = 4000;
const MAX_CONTEXT_MESSAGES = 10;

function localTime(at: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	const offset = -at.getTimezoneOffset();
	const sign = offset >= 0 ? '+' : '-';
	const hh = pad(Math.floor(Math.abs(offset) / 60));
	const mm = pad(Math.abs(offset) % 60);
	return (
		`${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ` +
		`${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())} (UTC${sign}${hh}:${mm})`
	);
}

function indent(text: string): string {
	return text
		.slice(0, MAX_MESSAGE)
		.split('\n')
		.map((line) => `  ${line}`)
		.join('\n');
}

function domainNote(url: string): string {
	const domain = getDomain(url) ?? getHostname(url);
	return domain ? ` [${domain}]` : '';
}

/**
 * A plain-text summary of what was seen, for a report to the police or the platform: time, page, sender,
 * the message (and the earlier ones of the thread), links with their real domains, QR payloads, the signals.
 */
export function evidenceText(data: WarningData, now: Date = new Date()): string {
	const t = WARN_TEXTS[data.locale];
	const e = t.evidence;
	const { verdict, input } = data;
	const lines: string[] = [e.title, ''];
	lines.push(`${e.time}: ${localTime(now)}`);
	const page = data.pageUrl ?? input.pageUrl;
	if (page) lines.push(`${e.page}: ${page}`);
	if (data.sender) lines.push(`${e.sender}: ${data.sender}`);
	const levelName = verdict.level === 'danger' ? t.levelName.danger : t.levelName.caution;
	const headline = (verdict.family && t.headline[verdict.family]) || t.headlineFallback;
	lines.push(`${e.verdict}: ${levelName} (${verdict.score}/100), ${headline}`);
	if (input.context?.length) {
		lines.push('', `${e.context}:`);
		for (const msg of input.context.slice(-MAX_CONTEXT_MESSAGES)) lines.push(indent(msg));
	}
	if (input.text) lines.push('', `${e.message}:`, indent(input.text));
	const linkUrls = new Set<string>();
	for (const l of input.links ?? []) linkUrls.add(l.href);
	for (const m of verdict.signals) if (m.source === 'link' && m.text) linkUrls.add(m.text);
	if (linkUrls.size) {
		lines.push('', `${e.links}:`);
		for (const url of linkUrls) {
			const shown = input.links?.find((l) => l.href === url)?.text?.trim();
			lines.push(`  ${url}${domainNote(url)}${shown && shown !== url ? ` "${shown}"` : ''}`);
		}
	}
	const qr = new Set<string>(input.qr ?? []);
	for (const m of verdict.signals) if (m.source === 'qr' && m.text) qr.add(m.text);
	if (qr.size) {
		lines.push('', `${e.qr}:`);
		for (const payload of qr)
			lines.push(`  ${payload}${/^https?:/i.test(payload) ? domainNote(payload) : ''}`);
	}
	if (verdict.signals.length) {
		lines.push('', `${e.signals}:`);
		for (const m of verdict.signals) {
			const why = signalExplanation(m.id, data.locale);
			lines.push(`  - ${m.id}: "${m.text.replace(/\s+/g, ' ').slice(0, 200)}"${why ? ` (${why})` : ''}`);
		}
	}
	lines.push('', e.footer);
	return lines.join('\n');
}
