import { parse } from 'tldts';
import type { BrandEntry } from '../rules/directory-types';
import type { Match } from '../types';
import { anchorSignals } from './anchor-signals';
import { type BrandHitKind, findBrandHit } from './brand-match';
import { brandForDomain, brandForExactDomain } from './directory-lookup';
import { analyseHostScripts } from './homograph';
import {
	DOWNLOAD_EXTENSIONS,
	FREE_HOSTING_SUFFIXES,
	MEETING_HOSTS,
	REMOTE_CONTROL_HOSTS,
	REMOTE_CONTROL_NAMES,
	SHORTENER_HOSTS,
	SUSPICIOUS_TLDS,
} from './host-lists';
import { linkMatch } from './link-match';
import { decodeHost } from './punycode';

/** Longest href analysed; longer ones are cut (a real link is far shorter). */
const MAX_HREF = 4096;
/** Longest path scanned for brand words. */
const MAX_PATH_SCAN = 512;

const SHORTENERS: ReadonlySet<string> = new Set(SHORTENER_HOSTS);
const FREE_HOSTING: ReadonlySet<string> = new Set(FREE_HOSTING_SUFFIXES);
const REMOTE_HOSTS: ReadonlySet<string> = new Set(REMOTE_CONTROL_HOSTS);
const MEETINGS: ReadonlySet<string> = new Set(MEETING_HOSTS);
/** Public-sector suffixes (gov.cn, edu, ac.uk, gouv.fr...): place names there are not brand impersonation. */
const PUBLIC_SECTOR = /(?:^|\.)(?:gov|edu|ac|mil|go|gob|gouv|govt)(?:\.[a-z]{2,3})?$/;
const PARSE_OPTIONS = { allowPrivateDomains: true, detectIp: true } as const;
/**
 * Suffixes only public bodies can register (studentaid.gov, 12315.gov.cn, hmrc.gov.uk, tsinghua.edu.cn): a site
 * there is no scammer's page, so it is not "a site that is not the platform's own" (.ac or .go alone are open).
 */
const RESTRICTED_PUBLIC_SECTOR = /^(?:gov|edu|mil)$|^(?:gov|edu|ac|mil|go|gob|gouv|govt)\.[a-z]{2}$/;

export interface ParsedLink {
	href: string;
	/** Lower-case host, `xn--` labels decoded. */
	host: string;
	/** Host as written (lower case, still encoded). */
	rawHost: string;
	domain: string | null;
	publicSuffix: string | null;
	/** Labels left of the public suffix, registrable label last. */
	labels: string[];
	isIp: boolean;
	/** Text of the authority before `@`, when there is one. */
	userinfo: string | null;
	/** Path, query and fragment, lower case. */
	rest: string;
}

const SCHEME = /^([a-z][a-z0-9+.-]{0,20}):/i;
const WEB_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'hxxp', 'hxxps']);

/** Splits a web link into the parts the checks need; null for non-web schemes and hostless input. */
export function parseLink(input: string): ParsedLink | null {
	let href = input.trim();
	if (href.length === 0) return null;
	if (href.length > MAX_HREF) href = href.slice(0, MAX_HREF);
	const scheme = SCHEME.exec(href);
	let afterScheme: string;
	if (scheme) {
		if (!WEB_SCHEMES.has(scheme[1]!.toLowerCase())) return null;
		afterScheme = href.slice(scheme[0].length);
	} else {
		afterScheme = href;
	}
	while (afterScheme.startsWith('/') || afterScheme.startsWith('\\')) afterScheme = afterScheme.slice(1);
	let end = afterScheme.length;
	for (let i = 0; i < afterScheme.length; i++) {
		const c = afterScheme.charCodeAt(i);
		if (c === 0x2f || c === 0x3f || c === 0x23 || c === 0x5c) {
			end = i;
			break;
		}
	}
	const authority = afterScheme.slice(0, end);
	const at = authority.lastIndexOf('@');
	const userinfo = at === -1 ? null : authority.slice(0, at);
	const hostPort = at === -1 ? authority : authority.slice(at + 1);
	const rest = afterScheme.slice(end).toLowerCase();
	const parsed = parse(`http://${hostPort}/`, PARSE_OPTIONS);
	let rawHost = parsed.hostname;
	if (!rawHost) return null;
	rawHost = rawHost.toLowerCase();
	if (rawHost.endsWith('.')) rawHost = rawHost.slice(0, -1);
	// Hosts written as one number (http://3232235777/) or in hex are IP addresses too.
	const lastCode = rawHost.charCodeAt(rawHost.length - 1);
	const numericHost =
		((lastCode >= 0x30 && lastCode <= 0x39) || rawHost.startsWith('0x')) &&
		/^(?:0x[0-9a-f]+|\d+)(?:\.(?:0x[0-9a-f]+|\d+)){0,3}$/.test(rawHost);
	const isIp = parsed.isIp === true || numericHost;
	if (!isIp && !rawHost.includes('.')) return null;
	const host = decodeHost(rawHost);
	const suffix = parsed.publicSuffix;
	let labels: string[] = [];
	if (!isIp) {
		const left =
			suffix && host.length > suffix.length ? host.slice(0, host.length - suffix.length - 1) : host;
		labels = left.length > 0 ? left.split('.') : [];
	}
	return {
		href: input,
		host,
		rawHost,
		domain: parsed.domain,
		publicSuffix: suffix,
		labels,
		isIp,
		userinfo,
		rest,
	};
}

function fileExtension(rest: string): string | null {
	let end = rest.length;
	for (let i = 0; i < rest.length; i++) {
		const c = rest.charCodeAt(i);
		if (c === 0x3f || c === 0x23) {
			end = i;
			break;
		}
	}
	const path = rest.slice(0, end);
	const slash = path.lastIndexOf('/');
	const dot = path.lastIndexOf('.');
	if (dot === -1 || dot < slash) return null;
	return path.slice(dot + 1);
}

enum HostFlag {
	Shortener = 1,
	FreeHosting = 2,
	Remote = 4,
	Meeting = 8,
}

/** Every host list in one map, so a host is classified in a single walk over its parents. */
const HOST_FLAGS = new Map<string, number>();
function flagHosts(hosts: Iterable<string>, flag: HostFlag): void {
	for (const h of hosts) HOST_FLAGS.set(h, (HOST_FLAGS.get(h) ?? 0) | flag);
}
flagHosts(SHORTENERS, HostFlag.Shortener);
flagHosts(FREE_HOSTING, HostFlag.FreeHosting);
flagHosts(REMOTE_HOSTS, HostFlag.Remote);
flagHosts(MEETINGS, HostFlag.Meeting);

interface HostClass {
	flags: number;
	brand: BrandEntry | null;
}

/** Flags of the host and its parents, and the brand whose official domain it is under (if any). */
function classifyHost(host: string): HostClass {
	let flags = 0;
	let brand: BrandEntry | null = null;
	for (let i = 0; i !== -1; ) {
		const candidate = i === 0 ? host : host.slice(i);
		flags |= HOST_FLAGS.get(candidate) ?? 0;
		if (brand === null) brand = brandForExactDomain(candidate);
		const dot = host.indexOf('.', i);
		i = dot === -1 ? -1 : dot + 1;
	}
	return { flags, brand };
}

function namesRemoteTool(rest: string): boolean {
	for (const name of REMOTE_CONTROL_NAMES) if (rest.includes(name)) return true;
	return false;
}

function impersonationId(kind: BrandHitKind): string {
	if (kind === 'official-in-subdomain') return 'link-official-domain-in-subdomain';
	return kind === 'typo' ? 'link-brand-typo' : 'link-brand-impersonation';
}

/**
 * Signals of one link. `linkText` is the anchor's visible text, compared with where the link goes.
 * Every match has source 'link', start/end -1 and text = the href as given.
 */
export function urlSignals(href: string, linkText?: string): Match[] {
	const link = parseLink(href);
	if (!link) return [];
	const out: Match[] = [];
	const { host, rest } = link;
	const cls: HostClass = link.isIp ? { flags: 0, brand: null } : classifyHost(host);
	const remote =
		(cls.flags & HostFlag.Remote) !== 0 || (!link.isIp && rest.length > 1 && namesRemoteTool(rest));
	const meeting = (cls.flags & HostFlag.Meeting) !== 0;

	if (link.userinfo !== null && link.userinfo.length > 0) out.push(linkMatch('link-userinfo', href));
	if (remote) out.push(linkMatch('link-remote-control', href));
	else if (meeting) out.push(linkMatch('link-screen-share', href));

	if (cls.brand) {
		if (!remote && !meeting) out.push(linkMatch('link-official', href));
		if (linkText) for (const m of anchorSignals(link, linkText, cls.brand)) out.push(m);
		return out;
	}

	if (link.isIp || !RESTRICTED_PUBLIC_SECTOR.test(link.publicSuffix ?? ''))
		out.push(linkMatch('link-unofficial', href));
	if (link.isIp) out.push(linkMatch('link-ip-host', href));
	else {
		let impersonated = false;
		if (NON_ASCII.test(host)) {
			const scripts = analyseHostScripts(host);
			const skeleton = scripts.skeleton;
			const skeletonBrand =
				skeleton !== host && (brandForDomain(skeleton) !== null || skeletonHit(skeleton, link));
			if (scripts.mixed || skeletonBrand) {
				out.push(linkMatch('link-homograph', href));
				impersonated = true;
			} else out.push(linkMatch('link-idn', href));
		}
		const suffix = link.publicSuffix ?? '';
		const tld = suffix.slice(suffix.lastIndexOf('.') + 1);
		const freeHosting =
			(cls.flags & HostFlag.FreeHosting) !== 0 || HOST_FLAGS.get(suffix) === HostFlag.FreeHosting;
		const cheapTld = SUSPICIOUS_TLDS.has(tld);
		if (!impersonated && !PUBLIC_SECTOR.test(suffix)) {
			const hit = findBrandHit(link.labels, host.split('.'), freeHosting || cheapTld);
			if (hit) {
				out.push(linkMatch(impersonationId(hit.kind), href));
				impersonated = true;
			}
		}
		if ((cls.flags & HostFlag.Shortener) !== 0) out.push(linkMatch('link-shortener', href));
		if (freeHosting) out.push(linkMatch('link-free-hosting', href));
		if (cheapTld) out.push(linkMatch('link-suspicious-tld', href));
		if (!impersonated && pathNamesBrand(rest)) out.push(linkMatch('link-brand-in-path', href));
	}
	const ext = fileExtension(rest);
	if (ext && DOWNLOAD_EXTENSIONS.has(ext)) {
		// An installer from an address nobody vouches for is worse than one from an ordinary site.
		const throwaway =
			link.isIp ||
			(cls.flags & (HostFlag.Shortener | HostFlag.FreeHosting)) !== 0 ||
			SUSPICIOUS_TLDS.has(tldOf(link.publicSuffix));
		out.push(linkMatch(throwaway ? 'link-download-untrusted' : 'link-download-app', href));
	}
	if (linkText) for (const m of anchorSignals(link, linkText, null)) out.push(m);
	return out;
}

const NON_ASCII = /[^ -~]/;

function tldOf(suffix: string | null): string {
	return suffix ? suffix.slice(suffix.lastIndexOf('.') + 1) : '';
}

function skeletonHit(skeleton: string, link: ParsedLink): boolean {
	const suffix = link.publicSuffix ?? '';
	const left =
		skeleton.length > suffix.length ? skeleton.slice(0, skeleton.length - suffix.length - 1) : skeleton;
	return (
		findBrandHit(left.split('.'), skeleton.split('.')) !== null ||
		findBrandHit([left.replace(/\./g, '-')], [left]) !== null
	);
}

const PATH_BRANDS = [
	'taobao',
	'tmall',
	'alipay',
	'jingdong',
	'pinduoduo',
	'paypal',
	'amazon',
	'appleid',
	'icloud',
	'microsoft',
	'wechat',
	'weixin',
	'unionpay',
	'icbc',
	'douyin',
	'meituan',
];

function pathNamesBrand(rest: string): boolean {
	if (rest.length < 6) return false;
	const scan = rest.length > MAX_PATH_SCAN ? rest.slice(0, MAX_PATH_SCAN) : rest;
	for (const word of PATH_BRANDS) if (scan.includes(word)) return true;
	return false;
}
