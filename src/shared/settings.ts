/**
 * The user's settings: one shape, one source of defaults, validated field by field on every read so that one
 * corrupted value falls back to its own default and never takes the user's lists with it.
 */

export const SETTINGS_VERSION = 2;

export const LANGUAGE_CHOICES = ['auto', 'zh_CN', 'zh_TW', 'en'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

export const SENSITIVITIES = ['standard', 'strict'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

/** Which kinds of pages are scanned; `everywhere` is the cheap first look on every other page. */
export interface ScanScope {
	shops: boolean;
	webmail: boolean;
	messengers: boolean;
	everywhere: boolean;
}
export const SCAN_SCOPE_KEYS = [
	'shops',
	'webmail',
	'messengers',
	'everywhere',
] as const satisfies readonly (keyof ScanScope)[];

/** "This is fine" for one sender on one site (sender '' = the whole site's messages of that kind). */
export interface AllowEntry {
	/** Host name, lower case, without a leading `www.`. */
	site: string;
	/** Sender as the page shows it (name, address, shop); '' when the page has no sender. */
	sender: string;
	/** Epoch ms. */
	addedAt: number;
}

export interface Settings {
	version: typeof SETTINGS_VERSION;
	language: LanguageChoice;
	sensitivity: Sensitivity;
	/** Host names where nothing is scanned. */
	pausedSites: string[];
	allowList: AllowEntry[];
	scan: ScanScope;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
	version: SETTINGS_VERSION,
	language: 'auto',
	sensitivity: 'standard',
	pausedSites: [],
	allowList: [],
	scan: Object.freeze({ shops: true, webmail: true, messengers: true, everywhere: true }),
} as Settings);

/** A fresh, mutable copy of the defaults (callers may change it without touching the frozen source). */
export function defaultSettings(): Settings {
	return {
		...DEFAULT_SETTINGS,
		pausedSites: [],
		allowList: [],
		scan: { ...DEFAULT_SETTINGS.scan },
	};
}

const MAX_LIST = 2000;
const MAX_TEXT = 300;

/** Normalises a host name the way pause and allow lists store it. */
export function siteKey(hostOrUrl: string): string {
	let host = hostOrUrl.trim().toLowerCase();
	if (host.includes('://')) {
		try {
			host = new URL(host).hostname;
		} catch {
			return '';
		}
	}
	host = host.replace(/\.$/, '');
	return host.startsWith('www.') ? host.slice(4) : host;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pickOne<T extends string>(value: unknown, choices: readonly T[], fallback: T): T {
	return typeof value === 'string' && (choices as readonly string[]).includes(value)
		? (value as T)
		: fallback;
}

function validSite(value: unknown): string | null {
	if (typeof value !== 'string' || value.length === 0 || value.length > 253) return null;
	const key = siteKey(value);
	return /^[a-z0-9.-]+$|^\[[0-9a-f:]+\]$/.test(key) ? key : null;
}

function validatePausedSites(value: unknown): string[] {
	if (!Array.isArray(value)) return [];
	const out = new Set<string>();
	for (const item of value.slice(0, MAX_LIST)) {
		const site = validSite(item);
		if (site) out.add(site);
	}
	return [...out];
}

function validateAllowList(value: unknown): AllowEntry[] {
	if (!Array.isArray(value)) return [];
	const seen = new Set<string>();
	const out: AllowEntry[] = [];
	for (const item of value.slice(0, MAX_LIST)) {
		if (!isRecord(item)) continue;
		const site = validSite(item.site);
		if (!site) continue;
		const sender = typeof item.sender === 'string' ? item.sender.slice(0, MAX_TEXT) : '';
		const addedAt = typeof item.addedAt === 'number' && Number.isFinite(item.addedAt) ? item.addedAt : 0;
		const id = `${site}\n${sender}`;
		if (seen.has(id)) continue;
		seen.add(id);
		out.push({ site, sender, addedAt });
	}
	return out;
}

function validateScan(value: unknown): ScanScope {
	const scan = { ...DEFAULT_SETTINGS.scan };
	if (!isRecord(value)) return scan;
	for (const key of SCAN_SCOPE_KEYS) {
		if (typeof value[key] === 'boolean') scan[key] = value[key];
	}
	return scan;
}

/**
 * Validates a stored value of the current shape. Each field is checked alone: a bad field gets its default,
 * every other field keeps the user's value. Never throws.
 */
export function validateSettings(raw: unknown): Settings {
	if (!isRecord(raw)) return defaultSettings();
	return {
		version: SETTINGS_VERSION,
		language: pickOne(raw.language, LANGUAGE_CHOICES, DEFAULT_SETTINGS.language),
		sensitivity: pickOne(raw.sensitivity, SENSITIVITIES, DEFAULT_SETTINGS.sensitivity),
		pausedSites: validatePausedSites(raw.pausedSites),
		allowList: validateAllowList(raw.allowList),
		scan: validateScan(raw.scan),
	};
}

/** True when the sender on that site was marked "this is fine" (a site-wide entry covers every sender). */
export function isAllowed(settings: Settings, site: string, sender: string): boolean {
	const key = siteKey(site);
	return settings.allowList.some((e) => e.site === key && (e.sender === '' || e.sender === sender));
}

export function isPaused(settings: Settings, site: string): boolean {
	const key = siteKey(site);
	return settings.pausedSites.some((p) => key === p || key.endsWith(`.${p}`));
}
