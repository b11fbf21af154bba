import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch, REPO_ROOT } from './harness';
import {
	checkResult,
	checkText,
	EXTENSION_PATH,
	openPopupFor,
	SITE,
	shoot,
	warningsInAxTree,
} from './popup-helpers';

/**
 * Badge, popup, pause/resume, check-it-yourself, migration and service-worker restart, in Chromium with the
 * built extension, UI in Simplified Chinese. The fixture chat has two scam messages in the page and a scam
 * mail in a same-origin iframe: three warnings.
 */
let h: Harness;
let chat: Page;
let tabId: number;

const settingsInWorker = () => h.evaluateInServiceWorker(() => chrome.storage.local.get('settings'));

beforeAll(async () => {
	h = await launch({ locale: 'zh-CN', extensionPath: EXTENSION_PATH });
	chat = await h.openFixture(SITE, '/chat.html');
	await h.waitForContentScript(chat);
	tabId = await h.tabIdOf(chat);
});
afterAll(async () => {
	await h?.close();
});

describe('badge', () => {
	it('counts the warnings of every frame, red when any is danger', async () => {
		await expect.poll(() => h.badgeText(chat), { timeout: 10_000 }).toBe('3');
		expect(await warningsInAxTree(h, chat)).toBe(3);
		expect(await h.badgeColor(chat)).toEqual([198, 40, 40, 255]);
	});
});

describe('popup: this tab', () => {
	it('lists the warnings and scrolls the page to one', async () => {
		await chat.bringToFront();
		const popup = await openPopupFor(h, tabId, 'tab', true);
		await expect.poll(() => popup.locator('li.finding').count()).toBe(3);
		expect(await popup.locator('[data-testid="count"]').textContent()).toBe('这个网页上有 3 处提醒');
		const texts = await popup.locator('li.finding').allInnerTexts();
		expect(texts.join('\n')).toContain('代理商会员');
		expect(texts.join('\n')).toContain('Amazon');
		await shoot(popup, 'popup-this-tab-zh_CN');

		expect(await chat.evaluate(() => window.scrollY)).toBe(0);
		const card = popup.locator('li.finding', { hasText: '请添加客服微信' });
		await card.locator('button.show').click();
		await expect
			.poll(
				() =>
					chat.evaluate(() => {
						// The warned text (its warning follows it inside the message box).
						const r = document.querySelector('#m4 p')!.getBoundingClientRect();
						return r.top >= 0 && r.bottom <= window.innerHeight;
					}),
				{ timeout: 5000 },
			)
			.toBe(true);
		expect(await chat.evaluate(() => window.scrollY)).toBeGreaterThan(500);
		expect(await popup.locator('.gone').count()).toBe(0);
		await popup.close();
	});
});

describe('pause and resume', () => {
	it('pausing the site removes its warnings and the badge; resuming brings them back on reload', async () => {
		const popup = await openPopupFor(h, tabId);
		await popup.locator('button.pause').click();
		await expect.poll(() => popup.locator('.paused-note').count()).toBe(1);
		expect(((await settingsInWorker()).settings as { pausedSites: string[] }).pausedSites).toEqual([SITE]);
		await expect.poll(() => h.badgeText(chat)).toBe('');
		await expect.poll(() => warningsInAxTree(h, chat)).toBe(0);
		await chat.reload();
		await new Promise((r) => setTimeout(r, 1500));
		expect(await h.badgeText(chat)).toBe('');
		expect(await warningsInAxTree(h, chat)).toBe(0);

		const again = await openPopupFor(h, tabId);
		await expect.poll(() => again.locator('button.pause').getAttribute('aria-pressed')).toBe('true');
		await again.locator('button.pause').click();
		await expect
			.poll(async () => ((await settingsInWorker()).settings as { pausedSites: string[] }).pausedSites)
			.toEqual([]);
		await chat.bringToFront();
		await chat.reload();
		await h.waitForContentScript(chat);
		await expect.poll(() => h.badgeText(chat), { timeout: 10_000 }).toBe('3');
		await popup.close();
		await again.close();
	});

	it('a new document in the tab resets the badge', async () => {
		const page = await h.openFixture(SITE, '/chat.html');
		await expect.poll(() => h.badgeText(page), { timeout: 10_000 }).toBe('3');
		await page.goto(h.url(SITE, '/genuine.html'));
		await h.waitForContentScript(page);
		await new Promise((r) => setTimeout(r, 1000));
		expect(await h.badgeText(page)).toBe('');
		await page.close();
	});
});

describe('popup: check it yourself', () => {
	it('judges a pasted scam as danger and a genuine refund notice as nothing', async () => {
		const popup = await openPopupFor(h, tabId, 'check');
		await checkText(
			popup,
			'您好，我是京东客服，您购买的商品存在质量问题，我们给您三倍赔偿。请添加客服微信 jdkf0101 进群，扫码进入理赔页面填写银行卡号和验证码。',
		);
		expect(await checkResult(popup)).toBe('danger');
		await shoot(popup, 'popup-check-zh_CN');
		await checkText(
			popup,
			'【京东】您的售后申请已审核通过，退款 129.00 元将按原支付方式原路退回，请留意到账通知。',
		);
		expect(await checkResult(popup)).toBe('none');
		await popup.close();
	});
});

describe('popup: check a QR image', () => {
	it('decodes a dropped QR image in the popup (bundled wasm) and judges it with the message', async () => {
		const popup = await openPopupFor(h, tabId, 'check');
		await popup.locator('#check-text').fill('客服说扫这个码就能领取快递丢失的双倍赔偿');
		const qr = join(REPO_ROOT, 'test/fixtures/web/img.alicdn-static.net/qr');
		await popup.locator('input[type="file"]').setInputFiles(join(qr, 'claim.png'));
		await expect
			.poll(() => popup.locator('.qr-status').textContent(), { timeout: 10_000 })
			.toContain('http://tb-lipei-center.top/claim?order=2931');
		expect(await checkResult(popup)).toBe('danger');
		await popup.locator('button', { hasText: '清空' }).click();
		await popup.locator('input[type="file"]').setInputFiles(join(qr, 'genuine.png'));
		await expect
			.poll(() => popup.locator('.qr-status').textContent(), { timeout: 10_000 })
			.toContain('https://www.taobao.com/');
		expect(await checkResult(popup)).toBe('none');
		// The wasm came from the extension itself: no request for it reached any server (every host name leads to
		// the fixture server, which logs what it gets; the browser's own update and account checks are not ours).
		expect(h.server.requests.filter((r) => /\.wasm|jsdelivr|unpkg/.test(r.host + r.path))).toEqual([]);
		await popup.close();
	});
});

describe('tips', () => {
	it('popup tips and the full page with family anchors', async () => {
		const popup = await openPopupFor(h, tabId, 'tips');
		expect(await popup.locator('.emergency a.tel').allInnerTexts()).toEqual(['110', '96110']);
		await shoot(popup, 'popup-tips-zh_CN');
		await popup.close();

		// A warning's "learn more" opens this page through the background.
		const page = await h.openExtensionPage('src/popup/tips.html#off-platform');
		await page.setViewportSize({ width: 1000, height: 800 });
		await expect.poll(() => page.locator('#off-platform.target').count()).toBe(1);
		expect(
			await page.evaluate(() => document.getElementById('off-platform')!.getBoundingClientRect().top),
		).toBeLessThan(100);
		await page.evaluate(() => window.scrollTo(0, 0));
		await shoot(page, 'tips-page-zh_CN');
		await page.close();
	});

	it('tips/open (a warning\'s "learn more") opens the tips page at the family', async () => {
		const options = await h.openOptions();
		const opened = h.context.waitForEvent('page');
		const reply = await options.evaluate(() =>
			chrome.runtime.sendMessage({
				protocol: 'refund-guard/1',
				type: 'tips/open',
				request: { family: 'fake-refund' },
			}),
		);
		expect(reply).toEqual({ ok: true, value: { ok: true } });
		const page = await opened;
		await page.waitForLoadState();
		expect(page.url()).toBe(h.extensionUrl('src/popup/tips.html#fake-refund'));
		await expect.poll(() => page.locator('#fake-refund.target').count()).toBe(1);
		await page.close();
		await options.close();
	});
});

describe('settings', () => {
	it('an older stored settings shape is upgraded without losing the lists', async () => {
		const v1 = JSON.parse(readFileSync(join(REPO_ROOT, 'test/fixtures/settings/v1.json'), 'utf8'));
		await h.evaluateInServiceWorker((value) => chrome.storage.local.set({ settings: value }), v1);
		const options = await h.openOptions();
		await expect.poll(() => options.locator('.list.paused li').count()).toBe(2);
		expect(await options.locator('.list.allow li').count()).toBe(2);
		expect(await options.locator('h1').textContent()).toBe('退款防騙衛士設定');
		const stored = (await settingsInWorker()).settings as Record<string, unknown>;
		expect(stored).toMatchObject({
			version: 2,
			language: 'zh_TW',
			sensitivity: 'strict',
			pausedSites: ['example-forum.com', 'news.example.org'],
		});
		// Back to Simplified Chinese for the screenshot, keeping the lists.
		await options.locator('select').selectOption('zh_CN');
		await expect.poll(() => options.locator('h1').textContent()).toBe('退款防骗卫士设置');
		await options.setViewportSize({ width: 900, height: 800 });
		await shoot(options, 'options-zh_CN');
		await options.close();
	});

	it('settings and findings survive a service-worker restart', async () => {
		await chat.bringToFront();
		await expect.poll(() => h.badgeText(chat), { timeout: 10_000 }).toBe('3');
		// A mark in the worker's memory tells a restarted worker from the same one.
		await h.evaluateInServiceWorker(() => {
			(globalThis as { restartMark?: number }).restartMark = 1;
		});
		await h.stopServiceWorker();
		// The popup's request wakes the worker; everything it answers comes from storage.
		const popup = await openPopupFor(h, tabId);
		await expect.poll(() => popup.locator('li.finding').count(), { timeout: 10_000 }).toBe(3);
		expect(
			await h.evaluateInServiceWorker(() => (globalThis as { restartMark?: number }).restartMark),
		).toBeUndefined();
		expect(await h.badgeText(chat)).toBe('3');
		const stored = (await settingsInWorker()).settings as { sensitivity: string; allowList: unknown[] };
		expect(stored.sensitivity).toBe('strict');
		expect(stored.allowList).toHaveLength(2);
		await popup.close();
	});

	it('welcome page shows a live example warning', async () => {
		const welcome = await h.openWelcome();
		await welcome.setViewportSize({ width: 1000, height: 800 });
		await expect.poll(() => welcome.locator('[data-testid="example"] > *').count()).toBe(2);
		await shoot(welcome, 'welcome-zh_CN');
		await welcome.close();
	});

	it('logged no errors in the worker or the extension pages', () => {
		expect(h.errors).toEqual([]);
	});
});
