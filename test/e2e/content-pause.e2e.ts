import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeWelcomeTab, findingsOf, SESSION } from './content-helpers';
import { type Harness, launch } from './harness';
import { openPopupFor, warningsInAxTree } from './popup-helpers';

/**
 * Pause and resume from the popup, in the open tab, without a reload: pausing ends the page's scanning and takes
 * its warnings, findings and badge away; resuming scans the open page again and brings them back.
 */

let h: Harness;

beforeAll(async () => {
	h = await launch();
	await closeWelcomeTab(h);
});

afterAll(async () => {
	await h?.close();
});

const SHOTS = join(tmpdir(), 'refund-guard-content-shots');
mkdirSync(SHOTS, { recursive: true });

const dangers = async (page: Page) => (await findingsOf(h, page)).filter((f) => f.level === 'danger').length;

async function togglePause(tabId: number, pressed: 'true' | 'false'): Promise<void> {
	// The popup in its own window, so the chat tab stays the visible one (as behind the real popup).
	const popup = await openPopupFor(h, tabId, 'tab', true);
	await popup.locator('button.pause').click();
	await expect.poll(() => popup.locator('button.pause').getAttribute('aria-pressed')).toBe(pressed);
	await popup.close();
}

describe('pause and resume in the open tab (Chromium)', () => {
	it('pausing removes the warnings at once; resuming scans the open page again without a reload', async () => {
		const page = await h.openFixture('amos.alicdn.com', '/chat/scam.html');
		const tabId = await h.tabIdOf(page);
		await expect.poll(() => dangers(page), { timeout: 10_000 }).toBeGreaterThan(0);
		await expect.poll(() => warningsInAxTree(h, page)).toBeGreaterThan(0);
		// A mark in the page's own world: it survives only if the page is not reloaded.
		await page.evaluate(() => {
			(window as unknown as { notReloaded: boolean }).notReloaded = true;
		});

		await togglePause(tabId, 'true');
		await expect.poll(() => warningsInAxTree(h, page)).toBe(0);
		await expect.poll(() => h.badgeText(page)).toBe('');
		expect(await findingsOf(h, page)).toEqual([]);
		expect(await h.evaluateInContentScript(page, `${SESSION} ?? null`)).toBeNull();
		// Nothing is scanned while paused: a new scam message stays unwarned.
		await page.evaluate(() => {
			const list = document.querySelector('.message-list')!;
			const copy = list.lastElementChild!.cloneNode(true) as Element;
			copy.querySelector('.message-text')!.textContent = '请下载向日葵远程协助，我帮您操作退款，验证码发我';
			list.append(copy);
		});
		await page.waitForTimeout(1000);
		expect(await findingsOf(h, page)).toEqual([]);

		await togglePause(tabId, 'false');
		await page.bringToFront();
		await expect.poll(() => dangers(page), { timeout: 10_000 }).toBeGreaterThan(0);
		await expect.poll(() => warningsInAxTree(h, page)).toBeGreaterThan(0);
		await expect.poll(() => h.badgeText(page)).not.toBe('');
		expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
			true,
		);
		await page.screenshot({ path: join(SHOTS, 'content-resumed.png') });
		await page.close();
	});

	it('a page loaded while its site is paused is scanned once the site is resumed', async () => {
		const page = await h.openFixture('amos.alicdn.com', '/chat/scam.html');
		const tabId = await h.tabIdOf(page);
		await expect.poll(() => dangers(page), { timeout: 10_000 }).toBeGreaterThan(0);
		await togglePause(tabId, 'true');
		await page.reload();
		await h.waitForContentScript(page);
		await page.waitForTimeout(1000);
		expect(await findingsOf(h, page)).toEqual([]);
		expect(await warningsInAxTree(h, page)).toBe(0);

		await togglePause(tabId, 'false');
		await page.bringToFront();
		await expect.poll(() => dangers(page), { timeout: 10_000 }).toBeGreaterThan(0);
		await expect.poll(() => warningsInAxTree(h, page)).toBeGreaterThan(0);
		await page.close();
	});
});
