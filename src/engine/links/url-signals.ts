import { parse } from 'tldts';
import type { Match } from '../types';
import { anchorSignals } from './anchor-signals';
import { findBrandHit } from './brand-match';
import { brandForDomain } from './directory-lookup';
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
const PARSE_OPTIONS = { allowPrivateDomains: true, detectIp: true } as const;

/** Whether `host` or one of its parents at a label boundary is in `set`. */
export function hostInSet(host: string, set: ReadonlySet<string>): boolean {
	for (let i = 0; i !== -1; ) {
		if (set.has(i === 0 ? host : host.slice(i))) return true;
		const dot = host.indexOf('.', i);
		i = dot === -1 ? -1 : dot + 1;
	}
	return false;
}

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
	const numericHost =
		/^(?:0x[0-9a-f]+|\d+)$/.test(rawHost) ||
		/^(?:0x[0-9a-f]+|\d+)(?:\.(?:0x[0-9a-f]+|\d+)){1,3}$/.test(rawHost);
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

/**
 * Signals of one link. `linkText` is the anchor's visible text, compared with where the link goes.
 * Every match has source 'link', start/end -1 and text = the href as given.
 */
export function urlSignals(href: string, linkText?: string): Match[] {
	const link = parseLink(href);
	if (!link) return [];
	const out: Match[] = [];
	const add = (id: string) => out.push(linkMatch(id, href));
	const { host, rest } = link;

	const remote =
		!link.isIp && (hostInSet(host, REMOTE_HOSTS) || REMOTE_CONTROL_NAMES.some((n) => rest.includes(n)));
	const meeting = !link.isIp && hostInSet(host, MEETINGS);
	const brand = link.isIp ? null : brandForDomain(host);

	if (link.userinfo !== null && link.userinfo.length > 0) add('link-userinfo');
	if (remote) add('link-remote-control');
	else if (meeting) add('link-screen-share');

	if (brand) {
		if (!remote && !meeting) add('link-official');
		if (linkText) out.push(...anchorSignals(link, linkText, brand));
		return out;
	}

	add('link-unofficial');
	if (link.isIp) add('link-ip-host');
	else {
		const scripts = link.host === link.rawHost && !/[^ -~]/.test(host) ? null : analyseHostScripts(host);
		let impersonated = false;
		if (scripts?.nonAscii) {
			const skeleton = scripts.skeleton;
			const skeletonBrand =
				skeleton !== host ? (brandForDomain(skeleton) ?? skeletonHit(skeleton, link)) : null;
			if (scripts.mixed || (scripts.allConfusable && skeletonBrand)) {
				add('link-homograph');
				impersonated = true;
			} else if (skeletonBrand) {
				add('link-homograph');
				impersonated = true;
			} else add('link-idn');
		}
		if (!impersonated) {
			const hit = findBrandHit(link.labels, host.split('.'));
			if (hit) {
				add(
					hit.kind === 'official-in-subdomain'
						? 'link-official-domain-in-subdomain'
						: hit.kind === 'typo'
							? 'link-brand-typo'
							: 'link-brand-impersonation',
				);
				impersonated = true;
			}
		}
		if (hostInSet(host, SHORTENERS)) add('link-shortener');
		if (link.publicSuffix && (hostInSet(host, FREE_HOSTING) || FREE_HOSTING.has(link.publicSuffix)))
			add('link-free-hosting');
		const tld = link.publicSuffix?.slice(link.publicSuffix.lastIndexOf('.') + 1);
		if (tld && SUSPICIOUS_TLDS.has(tld)) add('link-suspicious-tld');
		if (!impersonated && pathNamesBrand(rest)) add('link-brand-in-path');
	}
	const ext = fileExtension(rest);
	if (ext && DOWNLOAD_EXTENSIONS.has(ext)) add('link-download-app');
	if (linkText) out.push(...anchorSignals(link, linkText, null));
	return out;
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
