import { getDomain, getHostname } from 'tldts';
import type { FamilyId, Level, Locale, Match } from '../engine/types';
import { fillText, WARN_TEXTS, type WarnTexts } from '../i18n/warn';
import { brandContactFor } from './brand-contact';
import { reminderLine, signalExplanation } from './engine-texts';
import type { EscalationPageKind, WarningData } from './types';

/** Where the "what to do now" advice and numbers apply. */
export type Region = 'cn' | 'tw' | 'intl';

export type SeenItem =
	| { kind: 'phrase'; text: string }
	| { kind: 'link'; text: string; domain: string; shown?: string }
	| { kind: 'qr'; text: string; domain?: string }
	| { kind: 'contact'; text: string };

export interface TodoItem {
	text: string;
	/** A `tel:` target when the line is a number to call. */
	tel?: string;
}

/** Plain data of one warning, ready to render; every string is text, never markup. */
export interface WarningModel {
	level: Exclude<Level, 'none'>;
	family: FamilyId | null;
	texts: WarnTexts;
	headline: string;
	/** Starts with the product name, as screen readers and the accessibility tree should see it first. */
	accessibleName: string;
	seen: SeenItem[];
	why: string[];
	reminders: string[];
	todo: TodoItem[];
	region: Region;
}

const MAX_SEEN = 8;
const MAX_WHY = 4;
const MAX_QUOTE = 120;

/** Mainland shop, mail and messenger sites: Chinese numbers apply there even for an English UI. */
const CN_SITES =
	/(^|\.)(taobao|tmall|jd|yangkeduo|pinduoduo|douyin|jinritemai|alipay|qq|163|126|weixin|wechat)\.com$|\.cn$/;

export function regionFor(locale: Locale, pageUrl: string | undefined, text: string | undefined): Region {
	const host = pageUrl ? (getHostname(pageUrl) ?? '') : '';
	const cnPage = CN_SITES.test(host);
	if (locale === 'zh_CN') return 'cn';
	if (locale === 'zh_TW') return cnPage ? 'cn' : 'tw';
	// An English reader of a Chinese conversation is most likely in mainland China.
	return cnPage || /[\u4e00-\u9fff]/.test(text ?? '') ? 'cn' : 'intl';
}

function shorten(text: string, max = MAX_QUOTE): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function domainOf(url: string): string {
	return getDomain(url) ?? getHostname(url) ?? '';
}

function linkItem(url: string, data: WarningData): SeenItem {
	const domain = domainOf(url);
	const anchorText = data.input.links?.find((l) => l.href === url)?.text?.trim();
	// The anchor pretended another address: show what it pretended next to where it really goes.
	const shownDomain = anchorText && /\.[a-z]{2,}/i.test(anchorText) ? domainOf(anchorText) : '';
	const item: SeenItem = { kind: 'link', text: shorten(url), domain };
	if (shownDomain && shownDomain !== domain) item.shown = shorten(anchorText ?? '', 60);
	return item;
}

const KIND_ORDER: Record<Match['kind'], number> = { action: 0, lure: 1, context: 2, benign: 3 };

/** The scammer's asks first, then the lures, then the context; a phrase inside another one is not repeated. */
function orderedEvidence(signals: readonly Match[]): Match[] {
	const sorted = [...signals].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.start - b.start);
	const textSpans = sorted.filter((m) => m.source === 'text' && m.start >= 0);
	return sorted.filter(
		(m) =>
			m.source !== 'text' ||
			m.start < 0 ||
			!textSpans.some(
				(o) =>
					o !== m &&
					o.start <= m.start &&
					o.end >= m.end &&
					(o.end - o.start > m.end - m.start || o.start < m.start),
			),
	);
}

function seenItems(signals: readonly Match[], data: WarningData): SeenItem[] {
	const out: SeenItem[] = [];
	const keys = new Set<string>();
	const own = data.input.text;
	for (const m of orderedEvidence(signals)) {
		if (m.kind === 'benign' || !m.text) continue;
		// Phrases of earlier messages (the thread context) are in the evidence text, not quoted as this message's.
		if (m.source === 'text' && own !== undefined && !own.includes(m.text)) continue;
		const key = `${m.source}\n${m.text}`;
		if (keys.has(key)) continue;
		keys.add(key);
		if (m.source === 'link') out.push(linkItem(m.text, data));
		else if (m.source === 'qr') {
			const domain = /^https?:\/\//i.test(m.text) ? domainOf(m.text) : '';
			out.push(
				domain ? { kind: 'qr', text: shorten(m.text), domain } : { kind: 'qr', text: shorten(m.text) },
			);
		} else if (m.source === 'contact') out.push({ kind: 'contact', text: shorten(m.text, 60) });
		else out.push({ kind: 'phrase', text: shorten(m.text) });
		if (out.length >= MAX_SEEN) break;
	}
	return out;
}

function whyLines(signals: readonly Match[], locale: Locale): string[] {
	const lines: string[] = [];
	const seen = new Set<string>();
	for (const m of signals) {
		if (m.kind === 'benign' || seen.has(m.id)) continue;
		seen.add(m.id);
		const line = signalExplanation(m.id, locale);
		if (line && !lines.includes(line)) lines.push(line);
		if (lines.length >= MAX_WHY) break;
	}
	return lines;
}

export function todoItems(texts: WarnTexts, region: Region, brand: WarningData['brand']): TodoItem[] {
	const todo: TodoItem[] = [{ text: texts.todo.stop }, { text: texts.todo.noTransfer }];
	if (brand?.hotline) {
		todo.push({
			text: fillText(texts.todo.verifyBrand, { brand: brand.name, hotline: brand.hotline }),
			tel: brand.hotline,
		});
	} else if (brand) todo.push({ text: fillText(texts.todo.verifyBrandApp, { brand: brand.name }) });
	else todo.push({ text: texts.todo.verifyGeneric });
	if (region === 'cn') {
		todo.push({ text: texts.todo.call110, tel: '110' }, { text: texts.todo.call96110, tel: '96110' });
		todo.push({ text: texts.todo.app });
	} else if (region === 'tw') {
		todo.push({ text: texts.todo.call110, tel: '110' }, { text: texts.todo.call165, tel: '165' });
	} else {
		todo.push(
			{ text: texts.todo.intlBank },
			{ text: texts.todo.intlPolice },
			{ text: texts.todo.intlReport },
		);
	}
	return todo;
}

function headlineFor(texts: WarnTexts, family: FamilyId | null): string {
	return (family && texts.headline[family]) || texts.headlineFallback;
}

/** Builds what a warning says from the verdict, the engine input and the UI language. */
export function buildWarningModel(data: WarningData): WarningModel {
	const { verdict, locale } = data;
	const texts = WARN_TEXTS[locale];
	const level = verdict.level === 'danger' ? 'danger' : 'caution';
	const pageUrl = data.pageUrl ?? data.input.pageUrl;
	const region = regionFor(locale, pageUrl, data.input.text);
	let headline = headlineFor(texts, verdict.family);
	if (data.escalation) headline = escalationText(texts.escalationHeadline, data.escalation.pageKind);
	const todo = todoItems(
		texts,
		region,
		data.brand === undefined ? brandContactFor(pageUrl, locale, region) : data.brand,
	);
	// On a remote-control tool's download page the first thing to say is: don't install it, don't share the screen.
	if (data.escalation?.pageKind === 'remote-download') todo.splice(1, 0, { text: texts.todo.noRemote });
	const reminders = verdict.reminders
		// The emergency numbers are in "what to do now", as links, and only where they apply.
		.filter((id) => id !== 'emergency-contacts')
		.map((id) => reminderLine(id, locale))
		.filter((line) => line.length > 0);
	return {
		level,
		family: verdict.family,
		texts,
		headline,
		accessibleName: `${texts.productName}: ${texts.levelName[level]}: ${headline}`,
		seen: seenItems(verdict.signals, data),
		why: whyLines(verdict.signals, locale),
		reminders,
		todo,
		region,
	};
}

/** A text keyed by escalated page kind, or the one for money in general. */
function escalationText(
	byKind: Readonly<Record<string, string>>,
	kind: EscalationPageKind | undefined,
): string {
	return (kind && byKind[kind]) || byKind.money || '';
}

/** "刚刚" / "just now" under a minute, else "12 分钟前" / "12 min ago". */
export function timeAgo(texts: WarnTexts, at: number, now: number = Date.now()): string {
	const minutes = Math.max(0, Math.round((now - at) / 60000));
	return minutes === 0 ? texts.timeAgo.justNow : fillText(texts.timeAgo.minutes, { minutes });
}

/** The escalation line of a page banner, e.g. "12 min ago on taobao.com: ... Real customer service never ...". */
export function escalationDetail(data: WarningData, now: number = Date.now()): string {
	const esc = data.escalation;
	if (!esc) return '';
	const texts = WARN_TEXTS[data.locale];
	return fillText(texts.escalationDetail, {
		when: timeAgo(texts, esc.at, now),
		where: esc.site,
		what: headlineFor(texts, esc.family),
		advice: escalationText(texts.escalationAdvice, esc.pageKind),
	});
}
