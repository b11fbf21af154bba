import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import { type FirefoxHarness, launchFirefox } from './firefox-harness';
import { SITE } from './popup-helpers';

/**
 * The same background code as Chromium's service worker, running as Firefox's event page: findings per tab in
 * storage.session, the badge, the popup's view of the tab, pause.
 */
type PageGlobal = { browser: WebExtensionApi };
let ff: FirefoxHarness;

beforeAll(async () => {
	ff = await launchFirefox({ extensionPath: process.env.E2E_FIREFOX_EXTENSION_PATH || undefined });
}, 120_000);
afterAll(async () => {
	await ff?.close();
});

const send = (type: string, request: unknown) =>
	ff.extensionEval(
		({ type, request }) =>
			(globalThis as unknown as PageGlobal).browser.runtime.sendMessage({
				protocol: 'refund-guard/1',
				type,
				request,
			}),
		{ type, request },
	);

describe('background as a Firefox event page', () => {
	it('keeps the tab findings, paints the badge and answers the popup', async () => {
		const page = await ff.openFixture(SITE, '/chat.html');
		const tabId = await ff.tabIdOf(page.url());
		// The welcome tab opened on install may come up after it; a hidden tab is not scanned until shown.
		await page.bringToFront();
		await expect
			.poll(
				() =>
					ff.extensionEval(
						(id) => (globalThis as unknown as PageGlobal).browser.action.getBadgeText({ tabId: id }),
						tabId,
					),
				{ timeout: 20_000 },
			)
			.toBe('3');
		const reply = (await send('findings/get', { tabId })) as {
			ok: boolean;
			value: { site: string; findings: unknown[]; paused: boolean };
		};
		expect(reply.ok).toBe(true);
		expect(reply.value.site).toBe(SITE);
		expect(reply.value.findings).toHaveLength(3);

		const paused = (await send('site/pause', { site: SITE, paused: true })) as {
			value: { settings: { pausedSites: string[] } };
		};
		expect(paused.value.settings.pausedSites).toEqual([SITE]);
		await expect
			.poll(() =>
				ff.extensionEval(
					(id) => (globalThis as unknown as PageGlobal).browser.action.getBadgeText({ tabId: id }),
					tabId,
				),
			)
			.toBe('');
		await send('site/pause', { site: SITE, paused: false });
		await page.close();
	});

	it('logged no errors', () => {
		expect(ff.errors).toEqual([]);
	});
});
