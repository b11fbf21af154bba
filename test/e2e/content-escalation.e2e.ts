import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeWelcomeTab, findingsOf, settled } from './content-helpers';
import { type Harness, launch } from './harness';
import { findWarnings } from './warn-ax';

/**
 * Loan and remote-control download pages after a scam contact: recognised by their words and their form fields or
 * installer links (not by their address), they get an escalated page warning naming the contact only when a scam
 * signal was seen in the last hour, in any tab of the session; never without one. An article that names loans and
 * remote-control tools is neither, even right after the contact.
 */

let h: Harness;

beforeAll(async () => {
	h = await launch({ locale: 'zh-CN' });
	await closeWelcomeTab(h);
});

afterAll(async () => {
	await h?.close();
});

const SHOTS = join(tmpdir(), 'refund-guard-content-shots');
mkdirSync(SHOTS, { recursive: true });

const PAGES = [
	['loan', 'www.webank.com', '/h5/index.html'],
	['remote-download', 'sunlogin.oray.com', '/download/index.html'],
] as const;

/** What the banner's headline says on each kind of page (the browser runs in zh-CN), and must not say. */
const WORDING = {
	loan: { says: /先别借款：/, not: /转账|安装/, advice: /真正的客服不会让你借款或贷款。/ },
	'remote-download': {
		says: /先别安装，也别让人看你的屏幕：/,
		not: /转账|借款/,
		advice: /不要让任何人看你的屏幕、控制你的手机或电脑。/,
	},
} as const;

/** The page banner as assistive technology reads it: its name (the headline) and every text in it. */
async function bannerTexts(page: Page): Promise<{ name: string; texts: string[] }> {
	const cdp = await h.context.newCDPSession(page);
	try {
		const [found] = await findWarnings(cdp, /^退款防骗卫士/);
		if (!found) return { name: '', texts: [] };
		const texts: string[] = [];
		const walk = (id: string) => {
			const node = found.tree.get(id);
			if (!node) return;
			if (node.role?.value === 'StaticText' && node.name?.value) texts.push(node.name.value);
			for (const c of node.childIds ?? []) walk(c);
		};
		walk(found.node.nodeId);
		return { name: found.name, texts };
	} finally {
		await cdp.detach();
	}
}

async function pageFindings(page: Page) {
	return (await findingsOf(h, page)).filter((f) => f.kind === 'page');
}

/** Waits until the page check has run (the session is settled) and the page's reports had time to arrive. */
async function checked(page: Page): Promise<void> {
	await settled(h, page);
	await expect
		.poll(
			() =>
				h.evaluateInContentScript<boolean>(
					page,
					'globalThis[Symbol.for("refund-guard.content")]?.session?.settled',
				),
			{
				timeout: 10_000,
			},
		)
		.toBe(true);
	await page.waitForTimeout(500);
}

describe('loan and remote-control pages after a scam contact (Chromium)', () => {
	it('are not escalated without a prior scam signal', async () => {
		await h.evaluateInServiceWorker(() => chrome.storage.session.remove('recentContacts'));
		for (const [, host, path] of PAGES) {
			const page = await h.openFixture(host, path);
			await checked(page);
			// No page warning, and the page's own words (a loan offer, a remote-control tool's description) are not
			// warned either.
			expect(await findingsOf(h, page)).toEqual([]);
			await page.close();
		}
	});

	it('are escalated after a scam chat in another tab, naming what was seen', async () => {
		await h.evaluateInServiceWorker(() => chrome.storage.session.remove('recentContacts'));
		const chat = await h.openFixture('amos.alicdn.com', '/chat/scam.html');
		await expect
			.poll(async () => (await findingsOf(h, chat)).some((f) => f.level === 'danger'), { timeout: 10_000 })
			.toBe(true);

		for (const [kind, host, path] of PAGES) {
			const page = await h.openFixture(host, path);
			await expect.poll(async () => (await pageFindings(page)).length, { timeout: 10_000 }).toBe(1);
			const [banner] = await pageFindings(page);
			expect((await findingsOf(h, page)).filter((f) => f.kind === 'message')).toEqual([]);
			expect(banner?.level).toBe('danger');
			expect(banner?.signals.map((s) => s.id)).toEqual(
				expect.arrayContaining([`page.${kind}`, 'contact.recent']),
			);
			// The contact it names: the chat's site.
			expect(banner?.signals.find((s) => s.id === 'contact.recent')?.text).toBeTruthy();
			// Its words fit the page: a remote-control tool's page is about installing and screens, not money.
			const shown = await bannerTexts(page);
			expect(shown.name).toMatch(WORDING[kind].says);
			expect(shown.name).not.toMatch(WORDING[kind].not);
			const summary = shown.texts.find((t) => t.includes('amos.alicdn.com')) ?? '';
			expect(summary).toMatch(WORDING[kind].advice);
			// Seen seconds ago: "刚刚", never "0 分钟前".
			expect(summary).toMatch(/^刚刚在 amos\.alicdn\.com 看到：/);
			expect(shown.texts.join('\n')).not.toMatch(/\b0 分钟前/);
			await page.waitForTimeout(300);
			await page.screenshot({ path: join(SHOTS, `content-escalated-${kind}.png`) });
			await page.close();
		}

		const article = await h.openFixture('www.toutiao.com', '/article/index.html');
		await checked(article);
		expect(await pageFindings(article)).toEqual([]);
		await article.close();
		await chat.close();
	});
});
