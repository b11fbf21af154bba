import { insideQuote } from './quote-spans';
import { signalDefinition } from './registry';
import { selectReminders } from './reminders';
import type { FamilyId, Level, Match, Verdict } from './types';

/** Actions that are scam-specific enough to warn without any lure. */
const STRONG_ACTION = 35;

/** Score thresholds on the 0-100 scale. */
export const CAUTION_AT = 40;
export const DANGER_AT = 70;

/** Evidence from earlier messages of the thread counts, but less than the message itself. */
const CONTEXT_FACTOR = { lure: 0.8, action: 0.6, context: 0.6, benign: 0.5 } as const;
/** Lure and action closer than this (UTF-16 units) in the same text strengthen each other. */
const PROXIMITY = 160;
/** Families whose lure makes a link to an unknown site a danger (issue: refund lure + non-official link). */
const MONEY_STORY_FAMILIES = new Set<FamilyId>([
	'fake-refund',
	'membership-cancel',
	'credit-threat',
	'account-anomaly',
	'overpayment',
	'fake-refund-page',
]);

/**
 * Families named after how the money is taken rather than the story: when their action is present it
 * explains the message better than the lure that led to it (a refund story that moves to WeChat is off-platform).
 */
const MECHANISM_FAMILIES = new Set<FamilyId>([
	'off-platform',
	'remote-control',
	'fake-refund-page',
	'overpayment',
]);

/** Benign signals that frame a text as anti-fraud advice, and how many of them make it advice. */
const FRAMING_IDS = new Set(['benign-anti-fraud-advice', 'benign-advice-against', 'benign-never-asks']);
const FRAMING_FACTOR = [1, 0.85, 0.6, 0.45, 0.35] as const;

/** Speaker labels of a transcript: they only attribute the signals that follow them to a speaker. */
const TURN_CALLER = 'ctx-turn-caller';
const TURN_TARGET = 'ctx-turn-target';
/** What the target of a call says back ("我的身份证号是...", "你让我转账?") weighs less than the caller's asks. */
const TARGET_TURN_FACTOR = 0.5;

const isLureOrAction = (m: Match): boolean => m.kind === 'lure' || m.kind === 'action';
const byStart = (a: Match, b: Match): number => a.start - b.start;

/**
 * In a transcript labelled with both speakers (来电方：... 用户：...), its speaker labels sorted by offset;
 * undefined for texts without both labels (they have no target turns).
 */
function transcriptTurns(current: readonly Match[]): Match[] | undefined {
	let caller = false;
	let target = false;
	for (const m of current) {
		if (m.id === TURN_CALLER) caller = true;
		else if (m.id === TURN_TARGET) target = true;
	}
	if (!caller || !target) return undefined;
	const turns: Match[] = [];
	for (const m of current) if (m.id === TURN_CALLER || m.id === TURN_TARGET) turns.push(m);
	return turns.sort(byStart);
}

/** Whether a text match lies in a turn of the person being contacted (`turns` from transcriptTurns). */
function inTargetTurn(turns: readonly Match[] | undefined, m: Match): boolean {
	if (turns === undefined || m.source !== 'text' || m.id === TURN_CALLER || m.id === TURN_TARGET)
		return false;
	// Binary search for the last label at or before the match: linear overall even for hostile input.
	let lo = 0;
	let hi = turns.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (turns[mid]!.start <= m.start) lo = mid + 1;
		else hi = mid;
	}
	return lo > 0 && turns[lo - 1]!.id === TURN_TARGET;
}

/** The signals a verdict lists: the message's, then the earlier messages', without the speaker labels. */
function listedSignals(current: readonly Match[], context: readonly Match[]): Match[] {
	const out: Match[] = [];
	for (const m of current) if (m.id !== TURN_CALLER && m.id !== TURN_TARGET) out.push(m);
	for (const m of context) if (m.id !== TURN_CALLER && m.id !== TURN_TARGET) out.push(m);
	return out;
}

/** Whether some evidence of the message itself (not quoted) has one of `ids` and lies near `m`. */
function ownNear(evidence: readonly Evidence[], ids: ReadonlySet<string>, m: Match): boolean {
	for (const r of evidence) if (own(r) && ids.has(r.match.id) && near(m, r.match)) return true;
	return false;
}

/** Credentials a genuine caller never asks for, and the cues of a request addressed to the reader. */
const CREDENTIAL_ASK_IDS = new Set([
	'cred-sms-code',
	'cred-password',
	'cred-card-number',
	'cred-id-number',
	'cred-personal-info',
]);
const HARD_CREDENTIAL_IDS = new Set(['cred-sms-code', 'cred-password', 'cred-card-number', 'cred-id-number']);
/** Anomaly stories a caller opens with, and the score of that opening alone (caution, never danger). */
const PRETEXT_IDS = new Set([
	'account-abnormal',
	'account-frozen',
	'account-rebind',
	'refund-parcel-problem',
	'refund-problem',
	'refund-quality-recall',
	'refund-lost-parcel',
	'refund-compensation-multiple',
	'member-opened-by-mistake',
	'member-auto-charge',
	'credit-record-threat',
]);
const PRETEXT_SCORE = 50;
/** Lures that only state a charge and its period: on their own next to a number, a genuine bill says as much. */
const CHARGE_STATEMENT_IDS = new Set(['invoice-charged', 'member-auto-charge', 'member-periodic-charge']);
/** This many anti-fraud framing cues in the caller's side mean an article quoting a call. */
const QUOTED_CALL_FRAMING = 4;
const REQUEST_CUE_IDS = new Set(['cred-read-it-to-me', 'ctx-direct-request']);
/** A payout status or an ask told to the reader (您的理赔已审核通过, 您加我): like a request, it cancels a framing cue. */
const ADDRESSED_ID = 'ctx-addressed-to-reader';
/** Asks to move or expose money that no genuine refund needs: next to one, 原路退回 is the script's wording. */
const MONEY_ASK_IDS = new Set([
	'refund-move-money',
	'refund-guided-banking',
	'refund-open-banking',
	'refund-enable-receipt',
	'refund-fee-first',
	'account-transfer',
]);
/** Score of a bare ask for a code or password addressed to the reader (caution). */
const CREDENTIAL_HANDOVER_SCORE = 48;

/**
 * In a text framed as advice or news, a scam line inside quotation marks is quoted, not addressed to the
 * reader: it counts like quoted speech. Quotation marks alone change nothing (scammers quote too: 备注填写“退款”).
 */
const QUOTED_FACTOR = 0.5;

interface Evidence {
	match: Match;
	weight: number;
	fromContext: boolean;
	/** A lure or action inside a quotation of a framed (advice/news) text. */
	quoted?: boolean;
}

/** Evidence of the message itself that is not a quotation: what a request to the reader is made of. */
const own = (e: Evidence): boolean => !e.fromContext && e.quoted !== true;

/** Per signal id, in order of first appearance: its first and its heaviest evidence, and how many there are. */
function bestPerId(items: Evidence[]): Map<string, { first: Evidence; best: Evidence; count: number }> {
	const out = new Map<string, { first: Evidence; best: Evidence; count: number }>();
	for (const e of items) {
		const cur = out.get(e.match.id);
		if (cur === undefined) out.set(e.match.id, { first: e, best: e, count: 1 });
		else {
			cur.count++;
			if (e.weight > cur.best.weight) cur.best = e;
		}
	}
	return out;
}

function combine(weights: number[], othersFactor: number, cap: number): number {
	if (weights.length === 0) return 0;
	// Heaviest first: an insertion sort of these few weights (no comparator call per pair, same order).
	for (let i = 1; i < weights.length; i++) {
		const w = weights[i]!;
		let j = i - 1;
		while (j >= 0 && weights[j]! < w) {
			weights[j + 1] = weights[j]!;
			j--;
		}
		weights[j + 1] = w;
	}
	let total = weights[0]!;
	for (let i = 1; i < weights.length; i++) total += weights[i]! * othersFactor;
	return Math.min(cap, total);
}

function near(a: Match, b: Match): boolean {
	if (a.start < 0 || b.start < 0) return true;
	const gap = a.start > b.end ? a.start - b.end : b.start > a.end ? b.start - a.end : 0;
	return gap <= PROXIMITY;
}

/**
 * Lure + action scoring. `current` are the signals of the message itself (text, links, contacts, QR);
 * `context` those of earlier messages of the thread. Returns the verdict with the current signals first.
 */
export function scoreSignals(
	current: readonly Match[],
	context: readonly Match[],
	quotes: readonly number[] = [],
): Verdict {
	// Most texts carry no evidence at all: answer without building anything.
	if (current.length === 0)
		return { level: 'none', score: 0, family: null, signals: [...context], reminders: [] };
	// Nor does a message without a lure or action of its own: it scores 0 below (currentPositive) whatever
	// its other or earlier signals, so the same verdict is returned without building the evidence.
	if (!current.some(isLureOrAction))
		return { level: 'none', score: 0, family: null, signals: listedSignals(current, context), reminders: [] };
	const evidence: Evidence[] = [];
	// "Call us" next to the bank's published hotline (and no other number) is the genuine way to call.
	const officialOnly =
		current.some((m) => m.id === 'benign-official-number') ||
		(current.some((m) => m.id === 'contact-official-hotline') &&
			!current.some((m) => m.source === 'contact' && m.kind !== 'benign'));
	const turns = transcriptTurns(current);
	// Framing counts only outside the quotes: a quoted "do not tell anyone" is the scammer's line.
	const quoting =
		quotes.length > 0 && current.some((m) => FRAMING_IDS.has(m.id) && !insideQuote(quotes, m.start, m.end));
	for (const m of current) {
		if (officialOnly && m.id === 'invoice-call-number') continue;
		const def = signalDefinition(m.id);
		if (def === undefined || def.weight === 0) continue;
		let weight = def.weight;
		if (inTargetTurn(turns, m)) {
			// In a transcript the target's own doubts (骗子, 我打官方电话核实) and questions are no evidence
			// that the caller's asks are genuine; what the target repeats back counts for less.
			if (m.kind === 'benign' || m.kind === 'context') continue;
			weight *= TARGET_TURN_FACTOR;
		}
		if (quoting && isLureOrAction(m) && insideQuote(quotes, m.start, m.end)) {
			evidence.push({ match: m, weight: weight * QUOTED_FACTOR, fromContext: false, quoted: true });
			continue;
		}
		evidence.push({ match: m, weight, fromContext: false });
	}
	// Earlier messages complete a message that asks something of its own (a refund story, then "tell me the
	// code"). A message with no ask of its own that points to the genuine route (申请售后 on the order page) is
	// not turned into the scam by an ask made earlier in the thread: that message was judged on its own.
	let ownAction = false;
	let ownBenign = false;
	for (const m of current) {
		if (m.kind === 'action') ownAction = true;
		else if (m.kind === 'benign') ownBenign = true;
	}
	const contextActions = ownAction || !ownBenign;
	for (const m of context) {
		if (m.kind === 'action' && !contextActions) continue;
		const def = signalDefinition(m.id);
		if (def) evidence.push({ match: m, weight: def.weight * CONTEXT_FACTOR[m.kind], fromContext: true });
	}
	const per = bestPerId(evidence);
	const lures: number[] = [];
	const actions: number[] = [];
	const contexts: number[] = [];
	let benign = 0;
	let framing = 0;
	let framingBenign = 0;
	let maxLure = 0;
	let maxAction = 0;
	let repetition = 0;
	let currentPositive = false;
	for (const { best, count } of per.values()) {
		const kind = best.match.kind;
		if (kind === 'benign') {
			// Repeated benign evidence (several warnings in one advice text) weighs more than one mention.
			benign += best.weight * (1 + 0.5 * (Math.min(count, 3) - 1));
			// Advice framing belongs to the text it is in: a buyer retelling what "customer service" asked
			// (让我加微信..., 这是真的吗) does not make the other party's next ask a quotation.
			if (FRAMING_IDS.has(best.match.id) && !best.fromContext) {
				framing += count;
				framingBenign += best.weight * (1 + 0.5 * (Math.min(count, 3) - 1));
			}
			continue;
		}
		if (!best.fromContext && (kind === 'lure' || kind === 'action')) currentPositive = true;
		if (kind === 'lure') {
			lures.push(best.weight);
			maxLure = Math.max(maxLure, best.weight);
		} else if (kind === 'action') {
			actions.push(best.weight);
			maxAction = Math.max(maxAction, best.weight);
			repetition += Math.min(2, count - 1);
		} else contexts.push(best.weight);
	}
	const lureScore = combine(lures, 0.25, 40);
	const actionScore = combine(actions, 0.5, 55);
	let contextSum = 0;
	for (const w of contexts) contextSum += w;
	const contextScore = Math.min(15, contextSum);
	let combo = 0;
	if (maxLure >= 12 && maxAction >= 15) {
		combo = maxLure >= 20 ? 15 : 10;
		if (lureNearAction(evidence)) combo += 10;
	}
	let raw = lureScore + actionScore + contextScore + combo + Math.min(6, repetition * 2);
	if (actionScore === 0) raw = Math.min(raw, 35);
	// Without a lure only a strong action (safe account, remote control, loans...) may warn, and never danger.
	// Asking the reader to hand over a code, password or card details is such an action too.
	const credentialRequest =
		evidence.some((e) => (e.match.id === 'cred-sms-code' || e.match.id === 'cred-password') && own(e)) &&
		evidence.some(
			(e) => (e.match.id === 'cred-read-it-to-me' || e.match.id === 'ctx-direct-request') && own(e),
		);
	// A request cue next to a credential (需要您提供一下身份证号码) is the credential harvest's own action.
	let credentialAsk = false;
	for (const e of evidence)
		if (own(e) && CREDENTIAL_ASK_IDS.has(e.match.id) && ownNear(evidence, REQUEST_CUE_IDS, e.match)) {
			credentialAsk = true;
			break;
		}
	// A transcript where support answers the reader's own call is not a cold call.
	// A text that frames the transcript (an anti-fraud article quoting a call: framing before the first
	// speaker label, or framing repeated beyond what a caller's reassurance holds) is not the call itself.
	let firstLabel = Number.POSITIVE_INFINITY;
	for (const m of current)
		if ((m.id === TURN_CALLER || m.id === TURN_TARGET) && m.start >= 0 && m.start < firstLabel)
			firstLabel = m.start;
	const quotedCall =
		framing >= QUOTED_CALL_FRAMING ||
		evidence.some((e) => !e.fromContext && FRAMING_IDS.has(e.match.id) && e.match.start < firstLabel);
	const unsolicited = turns !== undefined && !per.has('benign-reader-initiated') && !quotedCall;
	// A caller who claims to be support and asks for an identity or card number is the harvest itself.
	const callerHarvest =
		unsolicited &&
		per.has('ctx-claims-support') &&
		evidence.some(
			(e) =>
				!e.fromContext &&
				HARD_CREDENTIAL_IDS.has(e.match.id) &&
				evidence.some((r) => !r.fromContext && REQUEST_CUE_IDS.has(r.match.id) && near(e.match, r.match)),
		);
	if (maxLure < 12)
		raw = Math.min(
			raw,
			maxAction >= STRONG_ACTION || credentialRequest || callerHarvest ? 65 : CAUTION_AT - 1,
		);
	// A charge notice with a number to call is callback phishing only when it pushes the reader to dispute or
	// cancel by phone, or wears the brands that never invoice by phone (Norton, Geek Squad, PayPal...):
	// "Questions? Call member services at ..." under a genuine renewal notice is how real businesses write.
	// Stating the charge and its period (charged monthly, 每月将扣款) is what every genuine bill says too.
	const callbackOnly =
		per.has('invoice-call-number') &&
		!per.has('invoice-not-you') &&
		!per.has('invoice-brand') &&
		evidence.every((e) =>
			e.match.kind === 'action'
				? e.match.id === 'invoice-call-number' || e.weight < 15
				: e.match.kind !== 'lure' || CHARGE_STATEMENT_IDS.has(e.match.id) || e.weight < 12,
		);
	if (callbackOnly) raw = Math.min(raw, CAUTION_AT - 1);
	// A renewal or charge notice that also names a self-service route (the app, the account page, a store's
	// desk) is how real businesses write: its number is one option among others, not the push to call.
	const selfServiceNotice =
		per.has('invoice-call-number') &&
		!per.has('invoice-brand') &&
		(per.has('benign-in-app') || per.has('benign-self-service') || per.has('benign-self-service-visit')) &&
		evidence.every((e) => e.match.kind !== 'action' || e.match.id === 'invoice-call-number' || e.weight < 15);
	if (selfServiceNotice) raw = Math.min(raw, CAUTION_AT - 1);
	// Asking the reader to hand over a code or password (报一下验证码, read me the code) is the harvest itself:
	// it warns even without a story; a message that delivers a code (benign evidence) still stays quiet.
	let credentialHandover = false;
	for (const e of evidence)
		if (
			own(e) &&
			(e.match.id === 'cred-sms-code' || e.match.id === 'cred-password') &&
			ownNear(evidence, REQUEST_CUE_IDS, e.match)
		) {
			credentialHandover = true;
			break;
		}
	if (credentialHandover) raw = Math.max(raw, CREDENTIAL_HANDOVER_SCORE);
	// The opening of the bank-call script: someone who says he is support calls about an anomaly of the
	// reader's account or order and wants to "verify" it on the phone. Real banks ask the reader to open
	// the app or call the number on the card instead; this warns (caution) even before any concrete ask.
	const callerPretext =
		unsolicited &&
		per.has('ctx-claims-support') &&
		evidence.some((e) => !e.fromContext && e.match.kind === 'lure' && PRETEXT_IDS.has(e.match.id)) &&
		(per.has('cred-verify-identity') || per.has('ctx-direct-request') || per.has('cred-read-it-to-me'));
	// A money story plus a link to a site that is not the platform's own: the fake refund page pattern.
	const strongStory = evidence.some(
		(e) => e.match.kind === 'lure' && e.weight >= 20 && MONEY_STORY_FAMILIES.has(e.match.family),
	);
	const offSiteLink = evidence.some((e) => e.match.source === 'link' && e.match.kind === 'action');
	if (strongStory && offSiteLink && benign === 0) raw = Math.max(raw, DANGER_AT + 5);
	// A text that keeps talking about scams (news, police advice) quotes scam lines rather than using them.
	// Requests addressed to the reader (请您提供...) belong to a conversation, not to a text about scams:
	// each one cancels one framing cue (in a call transcript, the victim's own doubts are not advice).
	// A request inside a quotation of a framed text is the quoted scammer's, not one addressed to the reader.
	const requests = quoting
		? evidence.filter(
				(e) =>
					!e.fromContext &&
					(e.match.id === 'ctx-direct-request' || e.match.id === ADDRESSED_ID) &&
					!insideQuote(quotes, e.match.start, e.match.end),
			).length
		: (per.get('ctx-direct-request')?.count ?? 0) + (per.get(ADDRESSED_ID)?.count ?? 0);
	const framingNet = Math.max(0, framing - requests);
	if (framingNet > 0) raw *= FRAMING_FACTOR[Math.min(framingNet, FRAMING_FACTOR.length - 1)]!;
	// Genuine notices never carry a strong scam action: next to one, their wording is borrowed (资金会原路退还).
	// The same goes for a direct ask to hand over a code ('reply with the code ... do not share it with anyone else').
	let moneyAsk = false;
	for (const e of evidence)
		if (own(e) && MONEY_ASK_IDS.has(e.match.id)) {
			moneyAsk = true;
			break;
		}
	if (maxAction >= STRONG_ACTION || (credentialAsk && maxLure >= 12) || credentialHandover || moneyAsk)
		benign = framingBenign + (benign - framingBenign) * 0.5;
	// Reassurances addressed to the reader (为了防止被骗, 谨防诈骗 next to 您的理赔已审核通过) are the script's: a
	// framing cue cancelled by such an address subtracts nothing either.
	let addressed = 0;
	for (const e of evidence)
		if (
			e.match.id === ADDRESSED_ID &&
			own(e) &&
			!(quoting && insideQuote(quotes, e.match.start, e.match.end))
		)
			addressed++;
	if (addressed > 0 && framing > 0) benign -= framingBenign * (Math.min(addressed, framing) / framing);
	let score = currentPositive ? Math.max(0, Math.min(100, Math.round(raw - Math.min(90, benign)))) : 0;
	// The caller's own reassurances (打官方电话核实, 谨防诈骗) belong to the script: the opening still warns.
	if (callerPretext) score = Math.max(score, PRETEXT_SCORE);
	const level: Level = score >= DANGER_AT ? 'danger' : score >= CAUTION_AT ? 'caution' : 'none';
	const signals = listedSignals(current, context);
	return {
		level,
		score,
		family: level === 'none' ? null : bestFamily(per),
		signals,
		reminders: selectReminders(level, signals),
	};
}

/** Whether an own lure of weight 12+ lies near an own action (the lure + action combination). */
function lureNearAction(evidence: readonly Evidence[]): boolean {
	for (const l of evidence) {
		if (l.match.kind !== 'lure' || !own(l) || l.weight < 12) continue;
		for (const a of evidence) if (a.match.kind === 'action' && own(a) && near(l.match, a.match)) return true;
	}
	return false;
}

/**
 * The family the evidence points to, each signal counted once by its first evidence (`per` from bestPerId, in
 * order of first appearance). Families in two small arrays in order of first use (few families, no Map).
 */
function bestFamily(per: ReadonlyMap<string, { first: Evidence }>): FamilyId | null {
	const families: FamilyId[] = [];
	const sums: number[] = [];
	let credentialBest = 0;
	for (const { first: e } of per.values()) {
		if (e.match.kind === 'benign') continue;
		const factor =
			e.match.kind === 'lure'
				? 1.5
				: e.match.kind === 'action'
					? MECHANISM_FAMILIES.has(e.match.family)
						? 2.5
						: 1
					: 0.3;
		const w = e.weight * factor;
		// Codes, passwords and card numbers are what nearly every script ends up asking for: the strongest one
		// says "credential harvest", a list of them does not outweigh the story that explains why they are asked.
		if (e.match.family === 'credential-harvest' && e.match.kind === 'action') {
			credentialBest = Math.max(credentialBest, w);
			continue;
		}
		addToFamily(families, sums, e.match.family, w);
	}
	if (credentialBest > 0) addToFamily(families, sums, 'credential-harvest', credentialBest);
	let best: FamilyId | null = null;
	let bestScore = 0;
	for (let i = 0; i < families.length; i++) {
		if (sums[i]! > bestScore) {
			best = families[i]!;
			bestScore = sums[i]!;
		}
	}
	return best;
}

function addToFamily(families: FamilyId[], sums: number[], family: FamilyId, w: number): void {
	const i = families.indexOf(family);
	if (i === -1) {
		families.push(family);
		sums.push(0 + w);
	} else sums[i] = sums[i]! + w;
}
