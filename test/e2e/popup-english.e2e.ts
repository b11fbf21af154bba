import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';
import { checkResult, checkText, EXTENSION_PATH, openPopupFor, SITE, shoot, waitFor } from './popup-helpers';

/** The popup, tips, options and welcome pages for an English-speaking user, with screenshots. */
let h: Harness;
let tabId: number;

beforeAll(async () => {
	h = await launch({ locale: 'en-US', extensionPath: EXTENSION_PATH });
	const chat = await h.openFixture(SITE, '/chat.html');
	await h.waitForContentScript(chat);
	tabId = await h.tabIdOf(chat);
	await waitFor(() => h.badgeText(chat), '3');
});
afterAll(async () => {
	await h?.close();
});

describe('English UI', () => {
	it('this tab', async () => {
		const popup = await openPopupFor(h, tabId);
		await expect.poll(() => popup.locator('li.finding').count()).toBe(3);
		expect(await popup.locator('[data-testid="count"]').textContent()).toBe('3 warnings on this page');
		await shoot(popup, 'popup-this-tab-en');
		await popup.close();
	});

	it('safety tips without China-only numbers', async () => {
		const popup = await openPopupFor(h, tabId, 'tips');
		const text = (await popup.locator('.panel').textContent()) ?? '';
		expect(text).toContain('There is no such thing as a "safe account"');
		expect(text).not.toMatch(/\b(110|96110)\b|国家反诈中心/);
		await shoot(popup, 'popup-tips-en');
		await popup.close();

		const page = await h.openExtensionPage('src/popup/tips.html');
		await page.setViewportSize({ width: 1000, height: 800 });
		await expect.poll(() => page.locator('.card.family').count()).toBe(10);
		await shoot(page, 'tips-page-en');
		await page.close();
	});

	it('check it yourself: an overpayment scam and a genuine refund notice', async () => {
		const popup = await openPopupFor(h, tabId, 'check');
		await checkText(
			popup,
			'Hi, this is PayPal support. We refunded you $950 instead of $9.50 by mistake. Please send back the difference in Apple gift cards within 24 hours or your account will be suspended.',
		);
		expect(await checkResult(popup)).toBe('danger');
		await shoot(popup, 'popup-check-en');
		await checkText(
			popup,
			'Your refund of $23.99 for order 112-3456789-1234567 has been issued to your original payment method. It can take 3-5 business days to show on your statement.',
		);
		expect(await checkResult(popup)).toBe('none');
		await popup.close();
	});

	it('options and welcome', async () => {
		const options = await h.openOptions();
		await options.setViewportSize({ width: 900, height: 800 });
		await expect.poll(() => options.locator('h1').textContent()).toBe('RefundGuard settings');
		expect(await options.locator('[data-testid="privacy"]').textContent()).toContain(
			'Nothing leaves your device',
		);
		await shoot(options, 'options-en');
		await options.close();

		const welcome = await h.openWelcome();
		await welcome.setViewportSize({ width: 1000, height: 800 });
		await expect.poll(() => welcome.locator('[data-testid="example"] > *').count()).toBe(2);
		await new Promise((r) => setTimeout(r, 300));
		await shoot(welcome, 'welcome-en');
		await welcome.close();
	});

	it('logged no errors in the worker or the extension pages', () => {
		expect(h.errors).toEqual([]);
	});
});
