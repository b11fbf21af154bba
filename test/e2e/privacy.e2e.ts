/**
 * Private by construction: the extension sends nothing anywhere. Every host name resolves to the fixture server, so
 * any request the extension made (to any host) would land in the server's log. The test scans scam pages (text, QR,
 * a fake refund form), opens every extension page and uses check-it-yourself, then asserts that each request the
 * server saw was one the pages themselves made, no more often than they made it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';

let h: Harness;
/** Requests made by the fixture pages themselves, as host+path, counted. */
const pageRequests = new Map<string, number>();

function key(host: string, path: string): string {
	return `${host}${path}`;
}

async function openTracked(host: string, path: string): Promise<Page> {
	const page = await h.context.newPage();
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
		const k = key(url.hostname, url.pathname + url.search);
		pageRequests.set(k, (pageRequests.get(k) ?? 0) + 1);
	});
	await page.goto(h.url(host, path));
	await h.waitForContentScript(page);
	return page;
}

beforeAll(async () => {
	h = await launch();
	h.server.clearRequests();
});

afterAll(async () => {
	await h?.close();
});

describe('privacy', () => {
	it('makes no network request of its own while scanning, warning and checking', async () => {
		const pages: Page[] = [];
		for (const [host, path] of [
			['amos.alicdn.com', '/chat/scam.html'],
			['amos.alicdn.com', '/chat/qr.html'],
			['tb-lipei-center.top', '/claim.html'],
		] as const) {
			const page = await openTracked(host, path);
			pages.push(page);
			// The scan has run to the end: the page's warnings are on the badge.
			await expect.poll(() => h.badgeText(page), { timeout: 20_000, message: host + path }).not.toBe('');
		}
		// The QR on the chat page was decoded (from the tab capture, no request).
		await expect
			.poll(
				() =>
					h.evaluateInContentScript<unknown[]>(
						pages[1]!,
						'globalThis[Symbol.for("refund-guard.content")]?.session?.qr?.results ?? []',
					),
				{ timeout: 15_000 },
			)
			.toHaveLength(1);

		for (const path of [
			'src/popup/index.html',
			'src/options/index.html',
			'src/welcome/index.html',
			'src/popup/tips.html',
		]) {
			const page = await h.openExtensionPage(path);
			await expect.poll(() => page.locator('#app > *').count(), { message: path }).toBeGreaterThan(0);
			pages.push(page);
		}

		// Check-it-yourself with a scam message and a link: judged on the device.
		const popup = await h.openPopup();
		pages.push(popup);
		await popup.getByRole('tab').nth(2).click();
		await popup
			.locator('textarea')
			.fill(
				'您好，我是淘宝客服，您的订单退款失败，请点击 https://taobao-refund.xyz/claim 填写银行卡号和验证码办理理赔。',
			);
		await popup.locator('button[type="submit"]').click();
		await expect.poll(() => popup.locator('[role="alert"], [role="status"]').count()).toBeGreaterThan(0);

		const extra: string[] = [];
		const served = new Map<string, number>();
		for (const record of h.server.requests) {
			// The browser's own traffic, made with or without any extension: the tab icon, and Chromium's component
			// updater, account check and autofill services. The extension's code names none of these hosts.
			if (record.path === '/favicon.ico' || /(^|\.)(googleapis|google)\.com$/.test(record.host)) continue;
			const k = key(record.host, record.path);
			served.set(k, (served.get(k) ?? 0) + 1);
		}
		for (const [k, count] of served) {
			if (count > (pageRequests.get(k) ?? 0)) extra.push(`${k} x${count - (pageRequests.get(k) ?? 0)}`);
		}
		expect(extra).toEqual([]);

		// What it keeps stays on the device: this tab's findings are in storage.session, nothing is in storage.sync.
		const [sync, session] = await h.evaluateInServiceWorker(async () => [
			await chrome.storage.sync.get(null),
			await chrome.storage.session.get(null),
		]);
		expect(sync).toEqual({});
		expect(Object.keys(session).length).toBeGreaterThan(0);
		for (const page of pages) await page.close();
	});
});
