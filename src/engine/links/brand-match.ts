import { DIRECTORY } from '../rules/directory';
import type { BrandEntry } from '../rules/directory-types';
import { brandForExactDomain } from './directory-lookup';
import { SCAM_AFFIXES } from './host-lists';

/**
 * Finds a brand name, or a typo of it, in the labels of a host that is not the brand's: the core of
 * impersonation detection. Works on the labels tldts leaves left of the public suffix, so the registrable
 * label and subdomain labels are told apart.
 */

export type BrandHitKind = 'keyword' | 'typo' | 'token' | 'official-in-subdomain';

export interface BrandHit {
	brand: BrandEntry;
	kind: BrandHitKind;
}

interface Keyword {
	word: string;
	brand: BrandEntry;
}

const KEYWORDS: Keyword[] = [];
const TOKENS = new Map<string, BrandEntry>();
for (const brand of DIRECTORY) {
	for (const word of brand.keywords) KEYWORDS.push({ word, brand });
	for (const token of brand.tokens ?? []) TOKENS.set(token, brand);
}
/** Typos are only looked for in words long enough that one edit does not land on ordinary words. */
const TYPO_MIN = 6;
/**
 * Typo candidates by first letter: squatters keep the first letter (taobaoo, amazom, paypall); swaps of it
 * are mostly look-alike digits or letter pairs, which `foldLookalikes` reads first. Keying on it keeps
 * ordinary pinyin words such as zaobao (早报) clear of taobao.
 */
const TYPO_BY_FIRST = new Map<string, Keyword[]>();
/**
 * The same candidates with i and l read as one letter, so that a name written with capital I for l
 * (royaimaii for royalmail, shown lower-case in the address bar) is one edit away instead of two.
 */
const TYPO_IL_BY_FIRST = new Map<string, Keyword[]>();
function addTypoCandidate(index: Map<string, Keyword[]>, k: Keyword): void {
	const list = index.get(k.word[0]!) ?? [];
	list.push(k);
	index.set(k.word[0]!, list);
}
for (const k of KEYWORDS) {
	if (k.word.length < TYPO_MIN || !/^[a-z]+$/.test(k.word)) continue;
	addTypoCandidate(TYPO_BY_FIRST, k);
	addTypoCandidate(TYPO_IL_BY_FIRST, { word: foldIL(k.word), brand: k.brand });
}
/**
 * Long brand tokens (octopus, landbank, sinopac) as typo candidates, used on throwaway hosts only (free hosting,
 * cheap TLDs): there a name one edit from a token (octopuss.store) is a look-alike, elsewhere an ordinary word
 * or surname may be.
 */
const TOKEN_TYPO_BY_FIRST = new Map<string, Keyword[]>();
for (const [token, brand] of TOKENS)
	if (token.length >= TYPO_MIN && /^[a-z]+$/.test(token))
		addTypoCandidate(TOKEN_TYPO_BY_FIRST, { word: token, brand });

/** Brand tokens by their first letter, for the glued `jdkefu` form. */
const TOKENS_BY_FIRST = new Map<string, string[]>();
/** Brand tokens by their last letter, for the glued `kefujd` form. */
const TOKENS_BY_LAST = new Map<string, string[]>();
for (const token of TOKENS.keys()) {
	const f = TOKENS_BY_FIRST.get(token[0]!) ?? [];
	f.push(token);
	TOKENS_BY_FIRST.set(token[0]!, f);
	const l = TOKENS_BY_LAST.get(token[token.length - 1]!) ?? [];
	l.push(token);
	TOKENS_BY_LAST.set(token[token.length - 1]!, l);
}

/** Ordinary words and names that contain a brand word or sit one edit from one. */
const NOT_IMPERSONATION: readonly string[] = [
	'amazonas',
	'amazonaws',
	'webchat',
	'paypay',
	'amazing',
	'apples',
	'pineapple',
	'snapple',
	'weixinbridge',
	'shoppe',
	'chasers',
	'chasecenter',
	'zaobao',
	'taobaibai',
	// Shops and a Taiwan payment firm (歐付寶 allPay) whose names hold tmall or sit one edit from alipay.
	'petmall',
	'giftmall',
	'artmall',
	'smartmall',
	'outletmall',
	'allpay',
	// A training institute, not the antivirus maker.
	'mcafeeinstitute',
];
const NOT_IMPERSONATION_SET: ReadonlySet<string> = new Set(NOT_IMPERSONATION);

/** Common host labels that are never a brand and are skipped outright. */
const SKIP_LABELS: ReadonlySet<string> = new Set(['www', 'm', 'wap', 'mobile', 'en', 'cn', 'zh']);

/**
 * Brand tokens distinctive enough that a whole subdomain label equal to them is impersonation on a site
 * that is not the brand's (`ups.fast-shipping.it`, `shein.earz.shop`). Tokens that are also common
 * abbreviations (ems, sf, jd, outlook, qq) are left out.
 */
const WHOLE_LABEL_TOKENS: ReadonlySet<string> = new Set([
	'apple',
	'ebay',
	'temu',
	'shein',
	'ups',
	'dhl',
	'chase',
	'citi',
	'bofa',
	'amex',
	'itau',
	'smbc',
	'bmo',
	'dpd',
	'pdd',
	'intesa',
	'ccb',
	'visa',
]);

/** Top-level-like labels that, after a brand token, make the host read like the brand's address. */
const TLD_LIKE: ReadonlySet<string> = new Set([
	'com',
	'cn',
	'net',
	'org',
	'hk',
	'co',
	'gov',
	'top',
	'vip',
	'xyz',
]);

/** Reads digits and letter pairs that pass for letters: amaz0n → amazon, paypa1 → paypal, rnicrosoft → microsoft. */
export function foldLookalikes(s: string): string {
	let out = '';
	for (let i = 0; i < s.length; i++) {
		const c = s[i]!;
		const next = s[i + 1];
		if (c === 'r' && next === 'n') {
			out += 'm';
			i++;
		} else if (c === 'v' && next === 'v') {
			out += 'w';
			i++;
		} else if (c === '0') out += 'o';
		else if (c === '1') out += 'l';
		else if (c === '3') out += 'e';
		else if (c === '4') out += 'a';
		else if (c === '5') out += 's';
		else out += c;
	}
	return out;
}

/** Reads i as l (the two look alike in many fonts, and a capital I is l's twin). */
function foldIL(s: string): string {
	return s.includes('i') ? s.replace(/i/g, 'l') : s;
}

/** Whether a and b are at most one edit apart (substitution, insertion, deletion or adjacent swap). */
export function withinOneEdit(a: string, b: string): boolean {
	const la = a.length;
	const lb = b.length;
	if (Math.abs(la - lb) > 1) return false;
	let i = 0;
	while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
	if (i === la && i === lb) return true;
	if (la === lb) {
		// substitution, or adjacent transposition
		if (a.slice(i + 1) === b.slice(i + 1)) return true;
		return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
	}
	return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function glued(part: string): string | null {
	if (NOT_IMPERSONATION_SET.has(part)) return null;
	for (const token of TOKENS_BY_FIRST.get(part[0]!) ?? []) {
		if (part.length > token.length && part.startsWith(token) && SCAM_AFFIXES.has(part.slice(token.length)))
			return token;
	}
	for (const token of TOKENS_BY_LAST.get(part[part.length - 1]!) ?? []) {
		if (
			part.length > token.length &&
			part.endsWith(token) &&
			SCAM_AFFIXES.has(part.slice(0, part.length - token.length))
		)
			return token;
	}
	return null;
}

function keywordIn(text: string): Keyword | null {
	for (const k of KEYWORDS) {
		const at = text.indexOf(k.word);
		if (at !== -1 && !containedInOrdinaryWord(text, at, k.word.length)) return k;
	}
	return null;
}

function containedInOrdinaryWord(text: string, at: number, len: number): boolean {
	for (const word of NOT_IMPERSONATION) {
		const from = text.indexOf(word);
		if (from !== -1 && from <= at && from + word.length >= at + len) return true;
	}
	return false;
}

function typoIn(part: string, index: Map<string, Keyword[]> = TYPO_BY_FIRST): Keyword | null {
	if (part.length < TYPO_MIN - 1 || NOT_IMPERSONATION_SET.has(part)) return null;
	const candidates = index.get(part[0]!);
	if (candidates) {
		for (const k of candidates) {
			const n = k.word.length;
			if (part.length <= n + 1) {
				if (withinOneEdit(part, k.word)) return k;
				continue;
			}
			// A typo glued to a scam word in front of it: amazom-help is split already, amazomhelp is not.
			for (let len = n - 1; len <= n + 1; len++) {
				if (SCAM_AFFIXES.has(part.slice(len)) && withinOneEdit(part.slice(0, len), k.word)) return k;
			}
		}
	}
	// ...or after it: secureamazom.
	for (let cut = 2; cut <= 10 && cut < part.length - TYPO_MIN + 1; cut++) {
		if (!SCAM_AFFIXES.has(part.slice(0, cut))) continue;
		const tail = part.slice(cut);
		for (const k of index.get(tail[0]!) ?? []) if (withinOneEdit(tail, k.word)) return k;
	}
	return null;
}

/** A typo of a long brand word in `part`: as written, with look-alike digits read, with i read as l. */
function typoOf(part: string): Keyword | null {
	const folded = foldLookalikes(part);
	return (
		typoIn(part) ??
		(folded !== part ? typoIn(folded) : null) ??
		(folded.includes('i') || part.includes('i') ? typoIn(foldIL(folded), TYPO_IL_BY_FIRST) : null)
	);
}

/** The dash-separated words of a label, without empty ones. */
function splitWords(label: string): string[] {
	if (!label.includes('-')) return [label];
	const out: string[] = [];
	for (const p of label.split('-')) if (p.length > 0) out.push(p);
	return out;
}

/**
 * `labels`: the host's labels left of the public suffix, the registrable label last. `hostLabels`: all
 * labels of the host (for `paypal.com.evil.xyz`). `lenient`: the host is on free hosting or a cheap TLD,
 * where a bare brand token among the words of a label is already telling (`saas-ebay.pages.dev`,
 * `safari-apple.support`). The caller has already ruled out official hosts.
 */
export function findBrandHit(
	labels: readonly string[],
	hostLabels: readonly string[],
	lenient = false,
): BrandHit | null {
	// 1. An official domain spelled inside the host, not at its end: paypal.com.secure-login.xyz, ups.com-track.example.
	for (let i = 0; i + 1 < hostLabels.length - 1; i++) {
		let candidate = hostLabels[i]!;
		for (let j = i + 1; j < hostLabels.length - 1 && j <= i + 3; j++) {
			const label = hostLabels[j]!;
			const dash = label.indexOf('-');
			const head = dash === -1 ? label : label.slice(0, dash);
			const spelled = brandForExactDomain(`${candidate}.${head}`);
			if (spelled) return { brand: spelled, kind: 'official-in-subdomain' };
			candidate = `${candidate}.${label}`;
		}
	}
	const last = labels.length - 1;
	let typo: BrandHit | null = null;
	for (let li = last; li >= 0; li--) {
		const label = labels[li]!;
		if (SKIP_LABELS.has(label)) continue;
		const registrable = li === last;
		const parts = splitWords(label);
		const joined = parts.length === 1 ? parts[0]! : parts.join('');
		if (joined.length === 0) continue;
		// 2. A distinctive brand word anywhere, as written or with look-alike digits.
		const direct = keywordIn(joined);
		if (direct) return { brand: direct.brand, kind: 'keyword' };
		const folded = foldLookalikes(joined);
		if (folded !== joined) {
			const viaFold = keywordIn(folded);
			if (viaFold) return { brand: viaFold.brand, kind: 'typo' };
		}
		// 3. A short brand token next to a scam word, or followed by something that reads like a TLD.
		// On throwaway hosts digits separate words too (sap1451jd1.cc).
		const words = lenient && /[0-9]/.test(label) ? splitWords(label.replace(/[0-9]+/g, '-')) : parts;
		let hasAffix = false;
		for (const p of words) if (SCAM_AFFIXES.has(p)) hasAffix = true;
		for (const part of words) {
			const tokenBrand = TOKENS.get(part);
			if (tokenBrand) {
				if ((hasAffix || lenient) && words.length > 1) return { brand: tokenBrand, kind: 'token' };
				if (!registrable && words.length === 1 && (lenient || WHOLE_LABEL_TOKENS.has(part)))
					return { brand: tokenBrand, kind: 'token' };
				const nextLabel = registrable ? undefined : labels[li + 1];
				if (nextLabel !== undefined && TLD_LIKE.has(nextLabel.split('-')[0]!)) {
					return { brand: tokenBrand, kind: 'token' };
				}
			}
			const gluedToken = glued(part);
			if (gluedToken) return { brand: TOKENS.get(gluedToken)!, kind: 'token' };
		}
		// A token the brand itself writes with a dash (7-11, t-cat), next to a scam word or another of the
		// brand's words: t-cat-track, 7-11-myship.
		if (parts.length > 2) {
			for (let i = 0; i + 1 < parts.length; i++) {
				const w = parts[i]!;
				const next = parts[i + 1]!;
				if (w.length > 3 && next.length > 3) continue;
				const tokenBrand = TOKENS.get(w + next);
				if (tokenBrand && (hasAffix || lenient || parts.some((p) => TOKENS.get(p) === tokenBrand)))
					return { brand: tokenBrand, kind: 'token' };
			}
		}
		// 4. A typo of a long brand word (registrable label only: subdomains are too free-form).
		if (registrable && typo === null) {
			// Each word, then the words joined: a brand split by a dash and mistyped (royal-mial-uk).
			const candidates = parts.length > 1 ? [...parts, joined] : parts;
			for (const part of candidates) {
				const k = typoOf(part) ?? (lenient ? typoIn(foldLookalikes(part), TOKEN_TYPO_BY_FIRST) : null);
				if (k) {
					typo = { brand: k.brand, kind: 'typo' };
					break;
				}
			}
		}
	}
	return typo;
}
