import type { Match } from '../types';
import { bareDomainsInText } from './bare-domains';
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
/** Separators scammers put between digits: spaces, dashes, dots, brackets, invisible characters. */
function isSeparator(c: number): boolean {
	return (
		c === 0x20 ||
		c === 0x2d ||
		c === 0x2e ||
		c === 0x5f ||
		c === 0x2f ||
		c === 0x28 ||
		c === 0x29 ||
		c === 0xb7 ||
		c === 0x09 ||
		c === 0xa0 ||
		c === 0x3000 ||
		(c >= 0x200b && c <= 0x200d) ||
		c === 0x2060 ||
		c === 0xfeff
	);
}

function isDigit(c: number): boolean {
	return c >= 0x30 && c <= 0x39;
}

interface PhoneRun {
	start: number;
	end: number;
	digits: string;
}

/**
 * Runs of digits with at most two separators between neighbours (`138 1234 5678`, `+63 912-345-6789`,
 * `(877) 555-0199`), found in one pass without regular expressions; at most MAX_CANDIDATES of them.
 */
function phoneRuns(text: string): PhoneRun[] {
	const runs: PhoneRun[] = [];
	const n = text.length;
	// Jump to the first digit with the regular-expression engine's native search; most texts have none.
	let i = text.search(ASCII_DIGIT);
	if (i === -1) return runs;
	while (i < n && runs.length < MAX_CANDIDATES) {
		const c = text.charCodeAt(i);
		if (!isDigit(c) || (i > 0 && isDigit(text.charCodeAt(i - 1)))) {
			i++;
			continue;
		}
		let start = i;
		const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
		if (prev === 0x28) start = i - 1;
		else if (prev === 0x2b) start = i - 1;
		else if (i > 1 && text.charCodeAt(i - 2) === 0x2b && isSeparator(prev)) start = i - 2;
		let digits = '';
		let end = i;
		let j = i;
		while (j < n) {
			const d = text.charCodeAt(j);
			if (isDigit(d)) {
				if (digits.length < 20) digits += text[j];
				j++;
				end = j;
				continue;
			}
			// Up to two separators, then a digit, continue the run.
			let k = j;
			while (k < n && k - j < 2 && isSeparator(text.charCodeAt(k))) k++;
			if (k > j && k < n && isDigit(text.charCodeAt(k))) {
				j = k;
				continue;
			}
			break;
		}
		runs.push({ start, end, digits });
		i = end;
	}
	return runs;
}
const ASCII_DIGIT = /[0-9]/;
/** An e-mail address around an '@' already found: checked on the slice only, so the scan stays linear. */
const EMAIL_AT = /^[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9](?:[a-z0-9-]{0,62}\.){1,8}[a-z]{2,24}$/i;
/** Characters that may precede a text's fold: only these make the same-length fold necessary. */
const NEEDS_FOLD = /[\uff10-\uff1a\uff20-\uff3a\uff41-\uff5a\uff0b\u2460-\u2468\u24ea]/;
const URL_HINT = /https?:|www\.|\.me\//i;
const TELEGRAM_HINT = /telegram|电报|飞机|tg/i;
const URL_IN_TEXT = /(?:https?:\/\/|www\.|(?:t|wa)\.me\/)[^\s<>"'，。；！？、）】]{1,2048}/gi;
const WECHAT_ID = new RegExp(
	'(微信号?|威信|薇信|维信|徽信|伟信|卫星号|v信|vx|wx|weixin|wechat|加v|加微)' +
		'(号|id|账号|帐号)?[\\s:：=是为]{0,3}([a-z][a-z0-9_-]{5,19})(?![a-z0-9_-])',
	'gi',
);
const TELEGRAM_HANDLE =
	/(telegram|电报|飞机号?|纸飞机|\btg)[\s:：=]{0,3}@?([a-z][a-z0-9_]{4,31})(?![a-z0-9_])/gi;

const QQ_CONTEXT = /(?:qq|扣扣|企鹅|q号|q群|口口)[^0-9]{0,8}$/i;
const WECHAT_CONTEXT = /(?:微信|威信|薇信|维信|徽信|伟信|v信|vx|wx|weixin|wechat|加v|加微|同号)[^0-9]{0,8}$/i;
const WHATSAPP_CONTEXT = /(?:whatsapp|whats app|瓦次普|(?:^|[^a-z])wa)[^0-9]{0,8}$/i;
const TELEGRAM_CONTEXT = /(?:telegram|电报|飞机|(?:^|[^a-z])tg)[^0-9]{0,8}$/i;
const WECHAT_AFTER = /^[^0-9]{0,3}(?:微信同号|同微信|微信|vx)/i;

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

function isLocalChar(c: number): boolean {
	return (
		(c >= 0x61 && c <= 0x7a) ||
		(c >= 0x41 && c <= 0x5a) ||
		(c >= 0x30 && c <= 0x39) ||
		c === 0x2e ||
		c === 0x5f ||
		c === 0x25 ||
		c === 0x2b ||
		c === 0x2d
	);
}

function isDomainChar(c: number): boolean {
	return (
		(c >= 0x61 && c <= 0x7a) ||
		(c >= 0x41 && c <= 0x5a) ||
		(c >= 0x30 && c <= 0x39) ||
		c === 0x2e ||
		c === 0x2d
	);
}

/** The e-mail address around the '@' at `at`, or null. */
function emailAround(text: string, at: number): Span | null {
	let start = at;
	while (start > 0 && at - start < 64 && isLocalChar(text.charCodeAt(start - 1))) start--;
	let end = at + 1;
	while (end < text.length && end - at < 254 && isDomainChar(text.charCodeAt(end))) end++;
	// Trailing dots and dashes belong to the sentence, not the address.
	while (end > at + 1 && (text.charCodeAt(end - 1) === 0x2e || text.charCodeAt(end - 1) === 0x2d)) end--;
	while (start < at && !/[a-z0-9]/i.test(text[start]!)) start++;
	return EMAIL_AT.test(text.slice(start, end)) ? { start, end } : null;
}

function byStart(a: Match, b: Match): number {
	return a.start - b.start;
}

interface ScanState {
	text: string;
	out: Match[];
	taken: Span[];
}

function pushMatch(state: ScanState, id: string, start: number, end: number): void {
	if (state.out.length >= MAX_MATCHES || overlaps(state.taken, start, end)) return;
	state.taken.push({ start, end });
	state.out.push(spanMatch(id, state.text, start, end, 'contact'));
}

/**
 * Contacts in a text, as Matches with source 'contact' and offsets into `text`. Linear in the text length
 * and capped at MAX_MATCHES.
 */
export function contactSignals(text: string): Match[] {
	if (text.length === 0) return [];
	const folded = NEEDS_FOLD.test(text) ? foldSameLength(text) : text;
	const state: ScanState = { text, out: [], taken: [] };
	const { out, taken } = state;

	// Links first: their digits are not phone numbers, and t.me / wa.me links are contacts themselves.
	// Every link form holds an ASCII '.' or ':' (after the fold): without either, no regular expression runs.
	const mayHoldLink = folded.indexOf('.') !== -1 || folded.indexOf(':') !== -1;
	// exec() loops on the module's global expressions (lastIndex reset first) instead of matchAll(), which
	// copies the expression on every call; the scan is synchronous, so nothing else moves lastIndex meanwhile.
	URL_IN_TEXT.lastIndex = 0;
	for (
		let m = mayHoldLink && URL_HINT.test(folded) ? URL_IN_TEXT.exec(folded) : null;
		m !== null;
		m = URL_IN_TEXT.exec(folded)
	) {
		const start = m.index;
		const end = start + m[0].length;
		const url = m[0];
		if (/^(?:https?:\/\/)?(?:www\.)?(?:t\.me|telegram\.me|telegram\.dog)\//i.test(url))
			pushMatch(state, 'contact-telegram', start, end);
		else if (/^(?:https?:\/\/)?(?:www\.)?(?:wa\.me|api\.whatsapp\.com|chat\.whatsapp\.com)\//i.test(url))
			pushMatch(state, 'contact-whatsapp', start, end);
		else taken.push({ start, end });
		if (taken.length > MAX_CANDIDATES) break;
	}

	for (
		let at = folded.indexOf('@');
		at !== -1 && out.length < MAX_MATCHES;
		at = folded.indexOf('@', at + 1)
	) {
		const found = emailAround(folded, at);
		if (!found) continue;
		const { start, end } = found;
		if (overlaps(taken, start, end)) continue;
		const domain = folded.slice(at + 1, end).toLowerCase();
		const signals = urlSignals(`http://${domain}/`);
		if (signals.some((s) => s.id === 'link-official')) {
			taken.push({ start, end });
			continue;
		}
		const impersonating = signals.some((s) => s.kind === 'action' && s.id !== 'link-unofficial');
		pushMatch(state, impersonating ? 'contact-email-impersonation' : 'contact-email', start, end);
	}

	WECHAT_ID.lastIndex = 0;
	for (let m = WECHAT_ID.exec(folded); m !== null; m = WECHAT_ID.exec(folded)) {
		if (out.length >= MAX_MATCHES) break;
		const id = m[3]!;
		const explicit = m[2] !== undefined || /[:：=是为]/.test(m[0]);
		// "WeChat support team": an ordinary word after the app name is not an id.
		if (!explicit && !/[0-9_-]/.test(id)) continue;
		const start = m.index + m[0].length - id.length;
		pushMatch(state, 'contact-wechat', start, start + id.length);
	}

	TELEGRAM_HANDLE.lastIndex = 0;
	for (
		let m = TELEGRAM_HINT.test(folded) ? TELEGRAM_HANDLE.exec(folded) : null;
		m !== null;
		m = TELEGRAM_HANDLE.exec(folded)
	) {
		if (out.length >= MAX_MATCHES) break;
		const handle = m[2]!;
		const start = m.index + m[0].length - handle.length;
		pushMatch(state, 'contact-telegram', start, start + handle.length);
	}

	for (const run of phoneRuns(folded)) {
		if (out.length >= MAX_MATCHES) break;
		const { start, end, digits } = run;
		// Shorter numbers are codes, prices and times; hotlines this short (110, 165) need no flag either.
		if (digits.length < 5 || digits.length > 16) continue;
		const written = folded.slice(start, end);
		if (overlaps(taken, start, end)) continue;
		const before = folded.slice(Math.max(0, start - CONTEXT_WINDOW), start);
		if (digits.length >= 5 && digits.length <= 11 && QQ_CONTEXT.test(before)) {
			pushMatch(state, 'contact-qq', start, end);
			continue;
		}
		const kind = classifyPhone(written, digits);
		if (kind === 'official') {
			pushMatch(state, 'contact-official-hotline', start, end);
			continue;
		}
		if (digits.length >= 7 && WECHAT_CONTEXT.test(before)) {
			pushMatch(state, 'contact-wechat', start, end);
			continue;
		}
		if (digits.length >= 7 && WHATSAPP_CONTEXT.test(before)) {
			pushMatch(state, 'contact-whatsapp', start, end);
			continue;
		}
		if (digits.length >= 7 && TELEGRAM_CONTEXT.test(before)) {
			pushMatch(state, 'contact-telegram', start, end);
			continue;
		}
		if (kind === 'mobile') {
			const after = folded.slice(end, end + 8);
			pushMatch(state, WECHAT_AFTER.test(after) ? 'contact-wechat' : 'contact-mobile', start, end);
		} else if (kind === '400') pushMatch(state, 'contact-400', start, end);
		else if (kind === 'overseas') pushMatch(state, 'contact-overseas', start, end);
		else if (kind === 'overseas-risky') pushMatch(state, 'contact-overseas-risky', start, end);
		else if (kind === 'us-tollfree') pushMatch(state, 'contact-us-tollfree', start, end);
	}
	out.sort(byStart);
	return out;
}

/**
 * Web links written in a text, with offsets into it, in order: for callers that judge links found in plain
 * text. Besides http(s):, www. and t.me forms, bare domains (jd-peifu.top, taobao-tuikuan.com/claim).
 */
export function urlsInText(text: string): { url: string; start: number; end: number; bare?: true }[] {
	const out: { url: string; start: number; end: number; bare?: true }[] = [];
	URL_IN_TEXT.lastIndex = 0;
	for (let m = URL_IN_TEXT.exec(text); m !== null; m = URL_IN_TEXT.exec(text)) {
		out.push({ url: m[0], start: m.index, end: m.index + m[0].length });
		if (out.length >= MAX_MATCHES) return out;
	}
	const withScheme = out.slice();
	for (const bare of bareDomainsInText(text)) {
		if (overlaps(withScheme, bare.start, bare.end)) continue;
		out.push({ ...bare, bare: true });
		if (out.length >= MAX_MATCHES) break;
	}
	if (withScheme.length > 0 && out.length > withScheme.length) out.sort((a, b) => a.start - b.start);
	return out;
}
