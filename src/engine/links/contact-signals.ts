import type { Match } from '../types';
import { hotlineForDigits } from './directory-lookup';
import { spanMatch } from './link-match';
import { urlSignals } from './url-signals';

/**
 * Contacts handed out in a message: phone numbers (personal mobiles, 400/800, overseas, official hotlines),
 * QQ numbers, WeChat ids, Telegram/WhatsApp handles and links, e-mail addresses. Offsets are into the
 * original text: the scan runs on a same-length folded copy (full-width and circled digits to ASCII,
 * ASCII upper case to lower case), so every index carries over unchanged.
 */

/** At most this many contact matches per text; a message with more is already plenty suspicious. */
const MAX_MATCHES = 32;
/** At most this many phone-like candidates are examined, so long digit soup stays cheap. */
const MAX_CANDIDATES = 4000;
/** How far before a number its context word (QQ, 微信, WhatsApp...) may stand. */
const CONTEXT_WINDOW = 12;

/** Same-length fold: every UTF-16 unit maps to exactly one unit. */
export function foldSameLength(text: string): string {
	let out = '';
	let chunk: number[] = [];
	for (let i = 0; i < text.length; i++) {
		let c = text.charCodeAt(i);
		if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
		else if (c === 0x3000) c = 0x20;
		else if (c >= 0x2460 && c <= 0x2468) c = c - 0x2460 + 0x31;
		else if (c === 0x24ea) c = 0x30;
		if (c >= 0x41 && c <= 0x5a) c += 0x20;
		chunk.push(c);
		if (chunk.length === 4096) {
			out += String.fromCharCode(...chunk);
			chunk = [];
		}
	}
	return out + String.fromCharCode(...chunk);
}

// Separators scammers put between digits: spaces, dashes, dots, brackets, invisible characters.
const SEP = '[\\s\\-.·_/()\\u200b-\\u200d\\u2060\\ufeff]';
const PHONE_RUN = new RegExp(`(?<![0-9])(?:\\+${SEP}?|\\()?[0-9](?:${SEP}{0,2}[0-9])*(?![0-9])`, 'g');
const EMAIL = /[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9](?:[a-z0-9-]{0,62}\.){1,8}[a-z]{2,24}(?![a-z0-9-])/g;
const URL_IN_TEXT = /(?:https?:\/\/|www\.|(?:t|wa)\.me\/)[^\s<>"'，。；！？、）】]{1,2048}/g;
const WECHAT_ID = new RegExp(
	'(微信号?|威信|薇信|维信|徽信|伟信|卫星号|v信|vx|wx|weixin|wechat|加v|加微)' +
		'(号|id|账号|帐号)?[\\s:：=是为]{0,3}([a-z][a-z0-9_-]{5,19})(?![a-z0-9_-])',
	'g',
);
const TELEGRAM_HANDLE =
	/(telegram|电报|飞机号?|纸飞机|\btg)[\s:：=]{0,3}@?([a-z][a-z0-9_]{4,31})(?![a-z0-9_])/g;

const QQ_CONTEXT = /(?:qq|扣扣|企鹅|q号|q群|口口)[^0-9]{0,8}$/;
const WECHAT_CONTEXT = /(?:微信|威信|薇信|维信|徽信|伟信|v信|vx|wx|weixin|wechat|加v|加微|同号)[^0-9]{0,8}$/;
const WHATSAPP_CONTEXT = /(?:whatsapp|whats app|瓦次普|(?:^|[^a-z])wa)[^0-9]{0,8}$/;
const TELEGRAM_CONTEXT = /(?:telegram|电报|飞机|(?:^|[^a-z])tg)[^0-9]{0,8}$/;
const WECHAT_AFTER = /^[^0-9]{0,3}(?:微信同号|同微信|微信|vx)/;

/** Country codes of regions where call centres of this scam are documented; a generic overseas number is weaker. */
const RISKY_COUNTRY_CODES = ['855', '856', '95', '63', '84', '66', '60', '62'];
const US_TOLLFREE = /^(?:800|833|844|855|866|877|888)/;

interface Span {
	start: number;
	end: number;
}

function overlaps(spans: Span[], start: number, end: number): boolean {
	for (const s of spans) if (start < s.end && end > s.start) return true;
	return false;
}

/** Digit groups of a written number, e.g. `1-888-280-4331` → [1,3,3,4]. */
function digitGroups(written: string): number[] {
	const groups: number[] = [];
	let n = 0;
	for (let i = 0; i < written.length; i++) {
		const c = written.charCodeAt(i);
		if (c >= 0x30 && c <= 0x39) n++;
		else if (n > 0) {
			groups.push(n);
			n = 0;
		}
	}
	if (n > 0) groups.push(n);
	return groups;
}

type PhoneKind = 'official' | 'mobile' | '400' | 'overseas' | 'overseas-risky' | 'us-tollfree' | null;

function classifyPhone(written: string, digits: string): PhoneKind {
	const plus = written.startsWith('+');
	if (plus) {
		if (digits.startsWith('86')) return classifyDomestic(digits.slice(2), written);
		if (digits.startsWith('1') && digits.length === 11) {
			if (hotlineForDigits(digits)) return 'official';
			return US_TOLLFREE.test(digits.slice(1)) ? 'us-tollfree' : 'overseas';
		}
		if (digits.length < 7 || digits.length > 15) return null;
		for (const code of RISKY_COUNTRY_CODES) if (digits.startsWith(code)) return 'overseas-risky';
		return 'overseas';
	}
	return classifyDomestic(digits, written);
}

function classifyDomestic(digits: string, written: string): PhoneKind {
	if (hotlineForDigits(digits)) return 'official';
	if (digits.length === 13 && digits.startsWith('86') && /^1[3-9]/.test(digits.slice(2))) return 'mobile';
	const groups = digitGroups(written);
	if (digits.length === 11 && digits.startsWith('1')) {
		// 1-888-280-4331 (US toll free) against 188-8028-0433 (mainland mobile): the grouping tells them apart.
		if (US_TOLLFREE.test(digits.slice(1)) && groups.length === 4 && groups[0] === 1) return 'us-tollfree';
		if (/^1[3-9]/.test(digits)) return 'mobile';
		return null;
	}
	if (digits.length === 10) {
		if (/^[48]00/.test(digits) && !(groups[0] === 3 && written.startsWith('('))) return '400';
		if (US_TOLLFREE.test(digits) && (written.startsWith('(') || (groups.length === 3 && groups[0] === 3)))
			return 'us-tollfree';
	}
	return null;
}

/**
 * Contacts in a text, as Matches with source 'contact' and offsets into `text`. Linear in the text length
 * and capped at MAX_MATCHES.
 */
export function contactSignals(text: string): Match[] {
	if (text.length === 0) return [];
	const folded = foldSameLength(text);
	const out: Match[] = [];
	const taken: Span[] = [];
	const push = (id: string, start: number, end: number): boolean => {
		if (out.length >= MAX_MATCHES || overlaps(taken, start, end)) return false;
		taken.push({ start, end });
		out.push(spanMatch(id, text, start, end, 'contact'));
		return true;
	};

	// Links first: their digits are not phone numbers, and t.me / wa.me links are contacts themselves.
	for (const m of folded.matchAll(URL_IN_TEXT)) {
		const start = m.index;
		const end = start + m[0].length;
		const url = m[0];
		if (/^(?:https?:\/\/)?(?:www\.)?(?:t\.me|telegram\.me|telegram\.dog)\//.test(url))
			push('contact-telegram', start, end);
		else if (/^(?:https?:\/\/)?(?:www\.)?(?:wa\.me|api\.whatsapp\.com|chat\.whatsapp\.com)\//.test(url))
			push('contact-whatsapp', start, end);
		else taken.push({ start, end });
		if (taken.length > MAX_CANDIDATES) break;
	}

	for (const m of folded.matchAll(EMAIL)) {
		if (out.length >= MAX_MATCHES) break;
		const start = m.index;
		const end = start + m[0].length;
		if (overlaps(taken, start, end)) continue;
		const domain = m[0].slice(m[0].indexOf('@') + 1);
		const signals = urlSignals(`http://${domain}/`);
		if (signals.some((s) => s.id === 'link-official')) {
			taken.push({ start, end });
			continue;
		}
		const impersonating = signals.some((s) => s.kind === 'action' && s.id !== 'link-unofficial');
		push(impersonating ? 'contact-email-impersonation' : 'contact-email', start, end);
	}

	for (const m of folded.matchAll(WECHAT_ID)) {
		if (out.length >= MAX_MATCHES) break;
		const id = m[3]!;
		const explicit = m[2] !== undefined || /[:：=是为]/.test(m[0]);
		// "WeChat support team": an ordinary word after the app name is not an id.
		if (!explicit && !/[0-9_-]/.test(id)) continue;
		const start = m.index + m[0].length - id.length;
		push('contact-wechat', start, start + id.length);
	}

	for (const m of folded.matchAll(TELEGRAM_HANDLE)) {
		if (out.length >= MAX_MATCHES) break;
		const handle = m[2]!;
		const start = m.index + m[0].length - handle.length;
		push('contact-telegram', start, start + handle.length);
	}

	let candidates = 0;
	for (const m of folded.matchAll(PHONE_RUN)) {
		if (out.length >= MAX_MATCHES || ++candidates > MAX_CANDIDATES) break;
		const written = m[0];
		const start = m.index;
		const end = start + written.length;
		const digits = written.replace(/[^0-9]/g, '');
		if (digits.length < 3 || digits.length > 16) continue;
		if (overlaps(taken, start, end)) continue;
		const before = folded.slice(Math.max(0, start - CONTEXT_WINDOW), start);
		if (digits.length >= 5 && digits.length <= 11 && QQ_CONTEXT.test(before)) {
			push('contact-qq', start, end);
			continue;
		}
		const kind = classifyPhone(written, digits);
		if (kind === 'official') {
			push('contact-official-hotline', start, end);
			continue;
		}
		if (digits.length >= 7 && WECHAT_CONTEXT.test(before)) {
			push('contact-wechat', start, end);
			continue;
		}
		if (digits.length >= 7 && WHATSAPP_CONTEXT.test(before)) {
			push('contact-whatsapp', start, end);
			continue;
		}
		if (digits.length >= 7 && TELEGRAM_CONTEXT.test(before)) {
			push('contact-telegram', start, end);
			continue;
		}
		if (kind === 'mobile') {
			const after = folded.slice(end, end + 8);
			push(WECHAT_AFTER.test(after) ? 'contact-wechat' : 'contact-mobile', start, end);
		} else if (kind === '400') push('contact-400', start, end);
		else if (kind === 'overseas') push('contact-overseas', start, end);
		else if (kind === 'overseas-risky') push('contact-overseas-risky', start, end);
		else if (kind === 'us-tollfree') push('contact-us-tollfree', start, end);
	}
	out.sort((a, b) => a.start - b.start);
	return out;
}

/** Web links written in a text, with offsets into it: for callers that judge links found in plain text. */
export function urlsInText(text: string): { url: string; start: number; end: number }[] {
	const out: { url: string; start: number; end: number }[] = [];
	for (const m of text.matchAll(URL_IN_TEXT)) {
		out.push({ url: m[0], start: m.index, end: m.index + m[0].length });
		if (out.length >= MAX_MATCHES) break;
	}
	return out;
}
