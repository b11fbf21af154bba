import { SETTINGS_VERSION, type Settings, validateSettings } from './settings';

/**
 * Explicit, ordered migrations of stored settings. Each step takes the stored object of version N and returns
 * the shape of version N+1; it never drops the user's lists. Validation runs after the last step, so a step
 * only renames and reshapes, it does not need to repair bad values.
 *
 * Version 1 (the first public shape):
 *   { version: 1, lang: 'auto'|'zh-CN'|'zh-TW'|'en', strict: boolean, disabledSites: string[],
 *     trusted: string[] ("site" or "site|sender"), scanEverywhere: boolean }
 * Version 2 (current): see `Settings`.
 */
type Stored = Record<string, unknown>;

const STEPS: Readonly<Record<number, (old: Stored) => Stored>> = {
	1: (old) => {
		const language = typeof old.lang === 'string' ? old.lang.replace('-', '_') : undefined;
		const trusted = Array.isArray(old.trusted) ? old.trusted : [];
		return {
			version: 2,
			language,
			sensitivity: old.strict === true ? 'strict' : old.strict === false ? 'standard' : undefined,
			pausedSites: old.disabledSites,
			allowList: trusted
				.filter((t): t is string => typeof t === 'string')
				.map((t) => {
					const bar = t.indexOf('|');
					return bar < 0
						? { site: t, sender: '', addedAt: 0 }
						: { site: t.slice(0, bar), sender: t.slice(bar + 1), addedAt: 0 };
				}),
			scan: {
				shops: true,
				webmail: true,
				messengers: true,
				everywhere: typeof old.scanEverywhere === 'boolean' ? old.scanEverywhere : true,
			},
		};
	},
};

/** The stored version: a number, or 1 for an unversioned object of the first shape, else the current one. */
export function storedVersion(raw: Record<string, unknown>): number {
	if (typeof raw.version === 'number' && Number.isInteger(raw.version)) return raw.version;
	if ('lang' in raw || 'disabledSites' in raw || 'trusted' in raw) return 1;
	return SETTINGS_VERSION;
}

export interface MigrationResult {
	settings: Settings;
	/** True when the stored value was of an older shape (or unreadable) and should be written back. */
	changed: boolean;
}

/** Upgrades any stored value to the current shape, then validates it. Never throws. */
export function migrateSettings(raw: unknown): MigrationResult {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return { settings: validateSettings(undefined), changed: raw !== undefined };
	}
	let current = raw as Stored;
	let version = storedVersion(current);
	// A version from the future (a downgrade): keep what still validates rather than wiping it.
	if (version > SETTINGS_VERSION) return { settings: validateSettings(current), changed: false };
	let changed = false;
	while (version < SETTINGS_VERSION) {
		const step = STEPS[version];
		if (!step) break;
		try {
			current = step(current);
		} catch {
			current = {};
		}
		version += 1;
		changed = true;
	}
	return { settings: validateSettings(current), changed };
}
