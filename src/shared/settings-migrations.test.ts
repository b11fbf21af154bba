import { describe, expect, it } from 'vitest';
import v1 from '../../test/fixtures/settings/v1.json';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from './settings';
import { migrateSettings, storedVersion } from './settings-migrations';

describe('migrateSettings', () => {
	it('upgrades the version 1 fixture without losing the lists', () => {
		const { settings, changed } = migrateSettings(structuredClone(v1));
		expect(changed).toBe(true);
		expect(settings).toEqual({
			version: SETTINGS_VERSION,
			language: 'zh_TW',
			sensitivity: 'strict',
			pausedSites: ['example-forum.com', 'news.example.org'],
			allowList: [
				{ site: 'shop.example.cn', sender: '小王旗舰店客服', addedAt: 0 },
				{ site: 'mail.example.com', sender: '', addedAt: 0 },
			],
			scan: { shops: true, webmail: true, messengers: true, everywhere: false },
		});
	});

	it('treats an unversioned object with old keys as version 1', () => {
		const { version: _drop, ...unversioned } = v1;
		expect(storedVersion(unversioned)).toBe(1);
		expect(migrateSettings(unversioned).settings.pausedSites).toHaveLength(2);
	});

	it('keeps the lists when an old value is partly corrupted', () => {
		const { settings } = migrateSettings({
			version: 1,
			lang: 42,
			strict: 'maybe',
			disabledSites: ['ok.cn'],
			trusted: 7,
		});
		expect(settings.language).toBe('auto');
		expect(settings.sensitivity).toBe('standard');
		expect(settings.pausedSites).toEqual(['ok.cn']);
		expect(settings.allowList).toEqual([]);
	});

	it('leaves a current value unchanged and does not ask for a write-back', () => {
		const current = structuredClone(DEFAULT_SETTINGS);
		expect(migrateSettings(current)).toEqual({ settings: DEFAULT_SETTINGS, changed: false });
	});

	it('falls back to the defaults for unreadable values, and to validation for future versions', () => {
		expect(migrateSettings('{broken').settings).toEqual(DEFAULT_SETTINGS);
		expect(migrateSettings(undefined).changed).toBe(false);
		const future = migrateSettings({ version: 99, language: 'en', pausedSites: ['a.cn'] });
		expect(future.settings.language).toBe('en');
		expect(future.settings.pausedSites).toEqual(['a.cn']);
	});
});
