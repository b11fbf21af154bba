import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import { type FirefoxHarness, launchFirefox } from './firefox-harness';

/** Functions below run inside an extension page (serialised), so they name the page's own `browser` global. */
type PageGlobal = { browser: WebExtensionApi };
let ff: FirefoxHarness;

beforeAll(async () => {
	ff = await launchFirefox();
}, 120_000);

afterAll(async () => {
	await ff?.close();
});

describe('extension smoke (Firefox ESR)', () => {
	it('installs dist-firefox as a temporary add-on', () => {
		expect(ff.addonId).toBe('refund-guard@refund-guard.invalid');
	});

	it('runs the content script on a fixture page under a real host name', async () => {
		const page = await ff.openFixture('mail.google.com', '/smoke.html');
		expect(await page.title()).toBe('Smoke page');
		const tabId = await ff.tabIdOf(page.url());
		// Only a running content script answers a message sent to the tab; without one the call rejects.
		await expect
			.poll(
				() =>
					ff
						.sendToContentScript(tabId, 'content/reveal', { elementId: 'none' })
						.catch((error: Error) => error.message),
				{ timeout: 15_000 },
			)
			.toEqual({ ok: true, value: { found: false } });
		// Nothing of it is visible to the page.
		expect(await page.evaluate(() => Object.getOwnPropertySymbols(globalThis).map(String))).not.toContain(
			'Symbol(refund-guard.content)',
		);
		await page.close();
	});

	it('answers typed messages in the background event page and renders the options page', async () => {
		const reply = await ff.extensionEval(() =>
			(globalThis as unknown as PageGlobal).browser.runtime.sendMessage({
				protocol: 'refund-guard/1',
				type: 'ping',
				request: { from: 'test' },
			}),
		);
		expect(reply).toMatchObject({ ok: true, value: { pong: true } });
		const text = await ff.extensionEval(() => document.getElementById('app')?.textContent ?? '');
		expect(text.length).toBeGreaterThan(0);
	});

	it('answers the badge API', async () => {
		expect(
			await ff.extensionEval(() => (globalThis as unknown as PageGlobal).browser.action.getBadgeText({})),
		).toBe('');
	});

	it('logged no errors in the extension pages', () => {
		expect(ff.errors).toEqual([]);
	});
});
