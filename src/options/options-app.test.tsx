// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import v1 from '../../test/fixtures/settings/v1.json';
import { memoryArea } from '../shared/storage-item';
import { countersItem, settingsItem } from '../shared/storage-items';
import { OptionsApp } from './options-app';
import type { OptionsStore } from './options-store';

function memoryStore(init: Record<string, unknown>) {
	const local = memoryArea(init);
	const settings = settingsItem(local);
	const counters = countersItem(local, () => Date.UTC(2026, 10, 1));
	const store: OptionsStore = {
		readSettings: () => settings.read(),
		updateSettings: (change) => settings.update(change),
		readCounters: () => counters.read(),
		clearAll: async () => local.data.clear(),
	};
	return { local, store };
}

const flush = () =>
	act(async () => {
		for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
	});

async function mount(store: OptionsStore, browserLanguage = 'en-US') {
	const root = document.createElement('div');
	document.body.append(root);
	await act(async () => {
		render(<OptionsApp store={store} browserLanguage={browserLanguage} />, root);
	});
	await flush();
	return root;
}

const buttonByText = (root: Element, text: string) =>
	[...root.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement;

afterEach(() => {
	document.body.innerHTML = '';
});

describe('OptionsApp', () => {
	it('shows a migrated older value with the user lists and counters, in the chosen language', async () => {
		const { store } = memoryStore({
			settings: v1,
			counters: { warningsShown: 3, pagesScanned: 40, scanTimeMs: 120, since: Date.UTC(2026, 9, 1) },
		});
		const root = await mount(store);
		expect(document.documentElement.lang).toBe('zh-Hant');
		expect(root.querySelector('h1')?.textContent).toBe('退款防騙衛士設定');
		expect([...root.querySelectorAll('.list.paused li span')].map((s) => s.textContent)).toEqual([
			'example-forum.com',
			'news.example.org',
		]);
		expect(root.querySelectorAll('.list.allow li')).toHaveLength(2);
		expect((root.querySelector('input[value="strict"]') as HTMLInputElement).checked).toBe(true);
		expect((root.querySelector('input[name="scan-everywhere"]') as HTMLInputElement).checked).toBe(false);
		expect(root.querySelector('[data-testid="counter-warnings"]')?.textContent).toBe('3');
		expect(root.querySelector('[data-testid="counter-time"]')?.textContent).toContain('120 ms');
		expect(root.querySelector('[data-testid="counter-time"]')?.textContent).toContain('3.0');
	});

	it('says what is stored and that nothing leaves the device', async () => {
		const root = await mount(memoryStore({}).store);
		expect(root.querySelector('[data-testid="privacy"]')?.textContent).toContain(
			'Nothing leaves your device',
		);
		expect(root.querySelector('.privacy ul')?.children).toHaveLength(3);
	});

	it('switches language, sensitivity and scope and saves each at once', async () => {
		const { store, local } = memoryStore({});
		const root = await mount(store);
		const select = root.querySelector('select') as HTMLSelectElement;
		await act(async () => {
			select.value = 'zh_CN';
			select.dispatchEvent(new Event('change', { bubbles: true }));
		});
		await flush();
		expect(root.querySelector('h1')?.textContent).toBe('退款防骗卫士设置');
		await act(async () => (root.querySelector('input[value="strict"]') as HTMLInputElement).click());
		await act(async () => (root.querySelector('input[name="scan-webmail"]') as HTMLInputElement).click());
		await flush();
		expect(local.data.get('settings')).toMatchObject({
			language: 'zh_CN',
			sensitivity: 'strict',
			scan: { shops: true, webmail: false, messengers: true, everywhere: true },
		});
	});

	it('adds and resumes paused sites, rejecting nonsense', async () => {
		const { store, local } = memoryStore({});
		const root = await mount(store);
		const input = root.querySelector('.add-site input') as HTMLInputElement;
		const submit = async (value: string) => {
			await act(async () => {
				input.value = value;
				input.dispatchEvent(new Event('input', { bubbles: true }));
			});
			await act(async () => {
				root
					.querySelector('.add-site')!
					.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
			});
			await flush();
		};
		await submit('not a site');
		expect(root.querySelector('.error')).not.toBeNull();
		await submit('https://www.Forum.example.com/thread/1');
		expect((local.data.get('settings') as { pausedSites: string[] }).pausedSites).toEqual([
			'forum.example.com',
		]);
		await act(async () => buttonByText(root, 'Resume').click());
		await flush();
		expect((local.data.get('settings') as { pausedSites: string[] }).pausedSites).toEqual([]);
	});

	it('removes a "this is fine" entry with undo', async () => {
		const { store, local } = memoryStore({
			settings: { version: 2, allowList: [{ site: 'shop.cn', sender: '客服小美', addedAt: 1 }] },
		});
		const root = await mount(store);
		await act(async () => buttonByText(root, 'Remove').click());
		await flush();
		expect((local.data.get('settings') as { allowList: unknown[] }).allowList).toEqual([]);
		expect(root.querySelector('.undo')?.textContent).toContain('shop.cn 客服小美');
		await act(async () => buttonByText(root, 'Undo').click());
		await flush();
		expect((local.data.get('settings') as { allowList: unknown[] }).allowList).toEqual([
			{ site: 'shop.cn', sender: '客服小美', addedAt: 1 },
		]);
		expect(root.querySelector('.undo')).toBeNull();
	});

	it('clears all data after a confirmation', async () => {
		const { store, local } = memoryStore({ settings: v1, counters: { warningsShown: 9 } });
		const root = await mount(store);
		await act(async () => buttonByText(root, '清除全部資料').click());
		expect(local.data.size).toBe(2);
		await act(async () => (root.querySelectorAll('.clear button.danger')[0] as HTMLButtonElement).click());
		await flush();
		expect(local.data.has('counters')).toBe(false);
		expect(root.querySelector('h1')?.textContent).toBe('RefundGuard settings');
		expect(root.querySelector('.done')?.textContent).toBe('Cleared.');
		expect(root.querySelector('[data-testid="counter-warnings"]')?.textContent).toBe('0');
	});
});
