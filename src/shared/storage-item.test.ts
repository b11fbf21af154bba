import { describe, expect, it } from 'vitest';
import v1 from '../../test/fixtures/settings/v1.json';
import { DEFAULT_SETTINGS } from './settings';
import { memoryArea } from './storage-item';
import { countersItem, recentContactsItem, settingsItem, tabFindingsItem } from './storage-items';

describe('storage items', () => {
	it('validate on every read', async () => {
		const area = memoryArea({ settings: { version: 2, language: 'en', sensitivity: 12 } });
		const item = settingsItem(area);
		expect((await item.read()).language).toBe('en');
		expect((await item.read()).sensitivity).toBe('standard');
		area.data.set('settings', 'corrupted');
		expect(await item.read()).toEqual(DEFAULT_SETTINGS);
	});

	it('write a migrated value back once', async () => {
		const area = memoryArea({ settings: v1 });
		const settings = await settingsItem(area).read();
		expect(area.data.get('settings')).toEqual(settings);
		expect(settings.allowList).toHaveLength(2);
	});

	it('serialise updates so that none is lost', async () => {
		const area = memoryArea();
		const item = countersItem(area, () => 1000);
		await Promise.all(
			Array.from({ length: 20 }, () => item.update((c) => ({ ...c, warningsShown: c.warningsShown + 1 }))),
		);
		expect((await item.read()).warningsShown).toBe(20);
	});

	it('drop unreadable findings and contacts, keep the rest', async () => {
		const area = memoryArea({
			'tab:3': {
				site: 'shop.cn',
				frames: {
					'0': {
						documentId: 'd1',
						url: 'https://shop.cn/',
						findings: {
							a: { elementId: 'a', kind: 'message', level: 'danger', family: 'fake-refund', state: 'active' },
							b: { elementId: 'b', kind: 'bogus', level: 'danger' },
						},
					},
					x: { documentId: 'no' },
				},
			},
			recentContacts: [
				{ family: 'fake-refund', at: 5, level: 'danger' },
				{ family: 'nope', at: 1 },
			],
		});
		const tab = await tabFindingsItem(area, 3).read();
		expect(Object.keys(tab.frames)).toEqual(['0']);
		expect(Object.keys(tab.frames['0']!.findings)).toEqual(['a']);
		expect(await recentContactsItem(area).read()).toHaveLength(1);
	});

	it('remove an item', async () => {
		const area = memoryArea({ 'tab:1': { site: 'a' } });
		await tabFindingsItem(area, 1).remove();
		expect(area.data.has('tab:1')).toBe(false);
	});
});
