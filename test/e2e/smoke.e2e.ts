import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentState } from '../../src/content/content-state';
import { CONTENT_STATE_EXPRESSION, type Harness, launch } from './harness';

let h: Harness;

beforeAll(async () => {
	h = await launch();
});

afterAll(async () => {
	await h?.close();
});

describe('extension smoke (Chromium)', () => {
	it('loads with a service worker that answers', async () => {
		expect(h.extensionId).toMatch(/^[a-p]{32}$/);
		const manifest = await h.evaluateInServiceWorker(() => chrome.runtime.getManifest());
		expect(manifest.manifest_version).toBe(3);
		expect(manifest.web_accessible_resources).toBeUndefined();
	});

	it('runs the content script on a fixture page under a real host name, invisible to the page', async () => {
		const page = await h.openFixture('mail.google.com', '/smoke.html');
		expect(await page.title()).toBe('Smoke page');
		await h.waitForContentScript(page);
		const state = await h.evaluateInContentScript<ContentState>(page, CONTENT_STATE_EXPRESSION);
		expect(state?.topFrame).toBe(true);
		// The page's own world sees no trace of it.
		expect(
			await page.evaluate(() => (globalThis as Record<symbol, unknown>)[Symbol.for('refund-guard.content')]),
		).toBe(undefined);
		expect(h.server.requests.some((r) => r.host === 'mail.google.com' && r.secure)).toBe(true);
		await page.close();
	});

	it('runs the content script in about:blank and srcdoc frames', async () => {
		const page = await h.openFixture('www.example.com', '/smoke.html');
		await h.waitForContentScript(page, 'about:srcdoc');
		await h.waitForContentScript(page, 'about:blank');
		const frames = await h.contentScriptFrames(page);
		expect(frames.map((f) => f.url).sort()).toEqual([
			'about:blank',
			'about:srcdoc',
			'https://www.example.com/smoke.html',
		]);
		await page.close();
	});

	it('renders the popup, options, welcome and tips pages', async () => {
		for (const path of [
			'src/popup/index.html',
			'src/options/index.html',
			'src/welcome/index.html',
			'src/popup/tips.html',
		]) {
			const page = await h.openExtensionPage(path);
			await expect.poll(() => page.locator('#app > *').count(), { message: path }).toBeGreaterThan(0);
			expect((await page.locator('#app').textContent())?.trim().length, path).toBeGreaterThan(0);
			await page.close();
		}
	});

	it('answers a typed message from an extension page (ping)', async () => {
		const page = await h.openExtensionPage('src/options/index.html');
		const reply = await page.evaluate(() =>
			chrome.runtime.sendMessage({ protocol: 'refund-guard/1', type: 'ping', request: { from: 'test' } }),
		);
		expect(reply).toEqual({
			ok: true,
			value: { pong: true, version: expect.stringMatching(/^\d+\.\d+\.\d+$/) },
		});
		await page.close();
	});

	it('answers the badge API for a tab', async () => {
		const page = await h.openFixture('www.example.com', '/smoke.html');
		expect(await h.badgeText(page)).toBe('');
		await page.close();
	});

	it('logged no errors in the service worker or the extension pages', () => {
		expect(h.errors).toEqual([]);
	});
});

describe('UI language', () => {
	it('follows the browser language (zh-CN)', async () => {
		const zh = await launch({ locale: 'zh-CN' });
		try {
			expect(await zh.evaluateInServiceWorker(() => chrome.i18n.getUILanguage())).toMatch(/^zh/);
			const popup = await zh.openPopup();
			await expect.poll(() => popup.locator('#app').textContent()).toContain('退款防骗卫士');
			expect(zh.errors).toEqual([]);
		} finally {
			await zh.close();
		}
	});
});
