import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeWelcomeTab, findingsOf } from './content-helpers';
import { type Harness, launch } from './harness';

/**
 * A frame that navigates to a clean page takes its old document's findings with it (the popup's list and the
 * badge): a same-origin reading frame scanned from the top frame, and a cross-origin widget frame with its own
 * content script. Findings are keyed by frame and document in the background.
 */

let h: Harness;

beforeAll(async () => {
	h = await launch();
	await closeWelcomeTab(h);
});

afterAll(async () => {
	await h?.close();
});

const warned = async (page: Page, frame: 'top' | 'sub') =>
	(await findingsOf(h, page)).filter(
		(f) => f.kind === 'message' && (frame === 'top') === (f.frameId === '0'),
	);

async function navigateFrame(page: Page, id: string, url: string): Promise<void> {
	await page.evaluate(
		({ frameId, src }) => {
			(document.getElementById(frameId) as HTMLIFrameElement).src = src;
		},
		{ frameId: id, src: url },
	);
	await expect.poll(() => page.frames().some((f) => f.url() === url), { timeout: 10_000 }).toBe(true);
	await page.waitForLoadState('load');
}

describe('frames that navigate (Chromium)', () => {
	it('drops the old findings of a same-origin reading frame and of a cross-origin widget frame', async () => {
		const page = await h.openFixture('mail.sina.com.cn', '/classic/index.html');
		await expect.poll(async () => (await warned(page, 'top')).length, { timeout: 15_000 }).toBeGreaterThan(0);
		await expect.poll(async () => (await warned(page, 'sub')).length, { timeout: 15_000 }).toBeGreaterThan(0);
		expect((await warned(page, 'top')).map((f) => f.excerpt).join()).toContain('校园贷');
		expect((await warned(page, 'sub')).map((f) => f.excerpt).join()).toContain('kf-tb8899');
		const before = Number(await h.badgeText(page));
		expect(before).toBeGreaterThanOrEqual(2);

		// The reading frame shows the next mail, an ordinary one.
		await navigateFrame(page, 'reader', h.url('mail.sina.com.cn', '/classic/read/clean.html'));
		await expect.poll(async () => (await warned(page, 'top')).length, { timeout: 10_000 }).toBe(0);
		expect(await findingsOf(h, page)).toEqual([
			expect.objectContaining({ frameId: expect.not.stringMatching(/^0$/) }),
		]);
		await expect.poll(async () => Number(await h.badgeText(page))).toBeLessThan(before);

		// The widget's conversation ends.
		await navigateFrame(page, 'widget', h.url('kefu.easemob.com', '/webim/closed.html'));
		await expect.poll(async () => (await warned(page, 'sub')).length, { timeout: 10_000 }).toBe(0);
		await expect.poll(() => h.badgeText(page)).toBe('');
		await page.close();
	});
});

describe('a frame removed from its page (Chromium)', () => {
	it('takes its findings with it', async () => {
		const page = await h.openFixture('mail.sina.com.cn', '/classic/index.html');
		await expect.poll(async () => (await warned(page, 'sub')).length, { timeout: 15_000 }).toBeGreaterThan(0);
		await page.evaluate(() => document.getElementById('widget')?.remove());
		await expect.poll(async () => (await warned(page, 'sub')).length, { timeout: 10_000 }).toBe(0);
		await page.close();
	});
});

describe('a reading frame rewritten in place (Chromium)', () => {
	it('drops the old mail of an about:blank frame that webmail rewrites with document.write', async () => {
		const page = await h.openFixture('mail.sina.com.cn', '/classic/write.html');
		await expect.poll(async () => (await warned(page, 'top')).length, { timeout: 15_000 }).toBeGreaterThan(0);
		expect((await warned(page, 'top')).map((f) => f.excerpt).join()).toContain('校园贷');
		await page.evaluate(() => (window as unknown as { showMail: (n: number) => void }).showMail(1));
		await expect.poll(async () => (await warned(page, 'top')).length, { timeout: 10_000 }).toBe(0);
		await expect.poll(() => h.badgeText(page)).toBe('');
		await page.close();
	});
});
