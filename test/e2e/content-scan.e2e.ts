import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PROFILES_OFF_KEY } from '../../src/content/test-switches';
import { findingsOf, SESSION, settled } from './content-helpers';
import { type Harness, launch } from './harness';
import { findWarnings } from './warn-ax';

/**
 * Page scanning in real Chromium, on fixture pages served under the real sites' host names. Warnings are observed
 * where the product keeps them: the tab's findings in the background (storage.session), which also drive the badge.
 */

let h: Harness;

beforeAll(async () => {
	h = await launch();
});

afterAll(async () => {
	await h?.close();
});

async function appendTaobaoMessage(page: Page, text: string): Promise<void> {
	await page.evaluate((t) => {
		const item = document.createElement('div');
		item.className = 'message-item message-item-left';
		const nick = document.createElement('div');
		nick.className = 'message-nick';
		nick.textContent = '官方客服小蜜';
		const content = document.createElement('div');
		content.className = 'message-content';
		const span = document.createElement('span');
		span.className = 'message-text';
		span.textContent = t;
		content.append(span);
		item.append(nick, content);
		document.querySelector('.message-list')?.append(item);
	}, text);
}

const SCAM = [
	'您好，我是淘宝官方客服，您在我们店铺购买的商品因质量问题被召回',
	'我们将为您办理三倍赔偿，需要您配合操作',
	'请添加客服微信 kf-tb8899 进群，扫码填写银行卡号和验证码领取理赔款',
];

describe('content scanning (Chromium)', () => {
	it('warns a scam chat after the message that completes the pattern, and not before', async () => {
		const page = await h.openFixture('amos.alicdn.com', '/chat/live.html');
		await settled(h, page);
		for (const [i, line] of SCAM.entries()) {
			await appendTaobaoMessage(page, line);
			await settled(h, page);
			const found = (await findingsOf(h, page)).filter((f) => f.kind === 'message');
			if (i < SCAM.length - 1) expect(found).toEqual([]);
			else {
				expect(found.length).toBe(1);
				expect(found[0]?.level).toBe('danger');
				expect(found[0]?.excerpt).toContain('微信');
			}
		}
		await page.close();
	});

	it('does not warn a genuine refund chat', async () => {
		const page = await h.openFixture('amos.alicdn.com', '/chat/genuine.html');
		await settled(h, page);
		expect(await findingsOf(h, page)).toEqual([]);
		await page.close();
	});

	it('scans a webmail message rendered into an about:blank iframe', async () => {
		const page = await h.openFixture('mail.qq.com', '/cgi-bin/frame_html.html');
		await h.waitForContentScript(page);
		await expect
			.poll(
				async () =>
					(await findingsOf(h, page)).filter((f) => f.kind === 'message' && f.level === 'danger').length,
				{
					timeout: 10_000,
				},
			)
			.toBeGreaterThan(0);
		const [finding] = await findingsOf(h, page);
		expect(finding?.excerpt).toContain('学生账户');
		await page.close();
	});

	it('decodes and judges a cross-origin QR image on a strict-CSP page', async () => {
		const page = await h.openFixture('amos.alicdn.com', '/chat/qr.html');
		await h.waitForContentScript(page);
		await expect
			.poll(
				() => h.evaluateInContentScript<{ payloads: string[] }[]>(page, `${SESSION}?.qr?.results ?? []`),
				{
					timeout: 15_000,
				},
			)
			.toEqual([
				expect.objectContaining({
					payloads: ['http://tb-lipei-center.top/claim?order=2931'],
					via: 'capture',
				}),
			]);
		await expect
			.poll(
				async () =>
					(await findingsOf(h, page)).some((f) =>
						f.signals.some((s) => s.text.includes('tb-lipei-center.top')),
					),
				{ timeout: 10_000 },
			)
			.toBe(true);
		// The page's CSP did not stop anything of ours, and the page saw no request for the image beyond its own.
		const imageRequests = h.server.requests.filter((r) => r.host === 'img.alicdn-static.net');
		expect(imageRequests.length).toBeLessThanOrEqual(1);
		await page.close();
	});

	it('marks a fake refund page and warns the moment a sensitive field gets focus', async () => {
		const page = await h.openFixture('tb-lipei-center.top', '/claim.html');
		await h.waitForContentScript(page);
		await expect
			.poll(
				async () =>
					(await findingsOf(h, page)).filter((f) => f.kind === 'page' && f.level === 'danger').length,
				{ timeout: 10_000 },
			)
			.toBe(1);
		expect((await findingsOf(h, page)).some((f) => f.kind === 'field')).toBe(false);
		await page.focus('#card');
		await expect
			.poll(async () => (await findingsOf(h, page)).some((f) => f.kind === 'field'), { timeout: 10_000 })
			.toBe(true);
		expect(await page.inputValue('#card')).toBe('');
		await page.close();
	});

	it('escalates a transfer page opened after a scam chat, and only then', async () => {
		await h.evaluateInServiceWorker(() => chrome.storage.session.remove('recentContacts'));
		const before = await h.openFixture('perbank.abchina.com', '/transfer.html');
		await settled(h, before);
		await before.waitForTimeout(500);
		expect((await findingsOf(h, before)).filter((f) => f.kind === 'page')).toEqual([]);
		await before.close();

		const chat = await h.openFixture('amos.alicdn.com', '/chat/scam.html');
		await expect
			.poll(async () => (await findingsOf(h, chat)).some((f) => f.level === 'danger'), { timeout: 10_000 })
			.toBe(true);
		const transfer = await h.openFixture('perbank.abchina.com', '/transfer.html');
		await h.waitForContentScript(transfer);
		await expect
			.poll(
				async () =>
					(await findingsOf(h, transfer)).filter((f) => f.kind === 'page' && f.level === 'danger').length,
				{ timeout: 10_000 },
			)
			.toBe(1);
		const banner = (await findingsOf(h, transfer)).find((f) => f.kind === 'page');
		expect(banner?.signals.map((s) => s.id)).toEqual(
			expect.arrayContaining(['page.transfer', 'contact.recent']),
		);
		// Worded for a transfer page (the browser runs in English), seconds after the contact: "Just now".
		await transfer.waitForTimeout(300);
		const cdp = await h.context.newCDPSession(transfer);
		const [shown] = await findWarnings(cdp, /^RefundGuard/);
		expect(shown?.name).toMatch(/Don't send money now: a recent contact looked like a scam$/);
		expect(shown?.name).not.toMatch(/loan|install/i);
		const texts: string[] = [];
		const walk = (id: string) => {
			const node = shown?.tree.get(id);
			if (node?.role?.value === 'StaticText' && node.name?.value) texts.push(node.name.value);
			for (const c of node?.childIds ?? []) walk(c);
		};
		if (shown) walk(shown.node.nodeId);
		expect(texts.find((t) => t.includes('amos.alicdn.com'))).toMatch(
			/^Just now on amos\.alicdn\.com: .*Real customer service never asks you to transfer money\.$/,
		);
		await cdp.detach();
		await chat.close();
		await transfer.close();
	});
});

/**
 * Each site's scam case, with its site profile and with the generic profile alone. Taobao, JD, Pinduoduo, Douyin
 * shop, Amazon, eBay, AliExpress, 163 mail, Yahoo Mail and Messenger are covered (with genuine cases too) by
 * content-sites.e2e.ts.
 */
const SITES: [host: string, path: string][] = [
	['mail.qq.com', '/cgi-bin/frame_html.html'],
	['outlook.live.com', '/mail/0/inbox.html'],
	['mail.google.com', '/mail/u/0/index.html'],
	['wx.qq.com', '/index.html'],
	['web.telegram.org', '/k/index.html'],
	['web.whatsapp.com', '/index.html'],
];

describe.each([
	['site profiles on', false],
	['generic profile alone', true],
])('site fixtures, %s', (_name, profilesOff) => {
	beforeAll(async () => {
		await h.evaluateInServiceWorker(
			(off) => chrome.storage.local.set({ 'test:siteProfilesOff': off }),
			profilesOff,
		);
	});
	afterAll(async () => {
		await h.evaluateInServiceWorker((key) => chrome.storage.local.remove(key), TEST_PROFILES_OFF_KEY);
	});

	it.each(SITES)('%s%s: the scam case is warned', async (host, path) => {
		const page = await h.openFixture(host, path);
		await h.waitForContentScript(page);
		await expect
			.poll(
				async () =>
					(await findingsOf(h, page)).filter((f) => f.kind === 'message' && f.level === 'danger').length,
				{
					timeout: 10_000,
				},
			)
			.toBeGreaterThan(0);
		const via = await h.evaluateInContentScript<string | null>(page, `${SESSION}?.profileId ?? null`);
		expect(via === 'generic').toBe(profilesOff);
		await page.close();
	});
});
