import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_PROFILES } from '../../src/content/sites';
import { TEST_PROFILES_OFF_KEY } from '../../src/content/test-switches';
import type { Finding } from '../../src/shared/findings';
import { findingsOf, SESSION, settled } from './content-helpers';
import { type Harness, launch } from './harness';
import { findWarnings } from './warn-ax';

/**
 * Site profiles in real Chromium, on fixture pages served under the real sites' host names (each fixture cites the
 * public source of its markup). For every site: the scam case warns with its profile, and again with the profiles
 * switched off (the generic profile alone, so a site that changed its markup is still covered), and a genuine
 * refund/service message stays quiet. One browser for the whole file; pages are opened one after another.
 */

interface SiteCase {
	profile: string;
	host: string;
	scam: string;
	genuine: string;
	/** Words of the scam's completing message, found in the warned finding's excerpt. */
	excerpt: string;
	/** Elements the profile's message selector finds in the scam page (top document and same-origin frames). */
	units: number;
	/** The sender the profile reads for the warned message, when it reads one. */
	sender?: string;
}

const CASES: SiteCase[] = [
	{
		// The web 旺旺: the chat page renders the conversation in its same-origin chat-core frame.
		profile: 'taobao',
		host: 'market.m.taobao.com',
		scam: '/app/im/chat/index.html',
		genuine: '/app/im/chat/genuine.html',
		excerpt: '微信',
		units: 3,
		sender: '官方客服小蜜',
	},
	{
		profile: 'jd',
		host: 'jdcs.jd.com',
		scam: '/index.action',
		genuine: '/jdchat/custom.action',
		excerpt: '微信',
		units: 5,
	},
	{
		profile: 'pinduoduo',
		host: 'mobile.yangkeduo.com',
		scam: '/chat_detail.html',
		genuine: '/chat_detail_refund.html',
		excerpt: '微信',
		units: 4,
	},
	{
		profile: 'douyin-shop',
		host: 'im.jinritemai.com',
		scam: '/pc_seller_v2/main/workspace.html',
		genuine: '/pc_seller_v2/main/workspace_refund.html',
		excerpt: '微信',
		units: 4,
		sender: '抖音电商官方客服',
	},
	{
		profile: 'amazon',
		host: 'www.amazon.com',
		scam: '/gp/message.html',
		genuine: '/gp/message-refund.html',
		excerpt: 'AnyDesk',
		units: 3,
	},
	{
		profile: 'ebay',
		host: 'mesg.ebay.com',
		scam: '/mesgweb/ViewMessageDetail/0/m2m/175092920213.html',
		genuine: '/mesgweb/ViewMessageDetail/0/m2m/175092920214.html',
		excerpt: 'AnyDesk',
		units: 1,
		sender: 'ebay_support_team',
	},
	{
		profile: 'aliexpress',
		host: 'message.aliexpress.com',
		scam: '/message/index.html',
		genuine: '/message/refund.html',
		excerpt: 'AnyDesk',
		units: 3,
		sender: 'Store service',
	},
	{
		profile: 'netease-mail',
		host: 'mail.163.com',
		scam: '/js6/main.html',
		genuine: '/js6/read-refund.html',
		excerpt: '微信',
		units: 1,
	},
	{
		profile: 'yahoo-mail',
		host: 'mail.yahoo.com',
		scam: '/d/folders/1/messages/1.html',
		genuine: '/d/folders/1/messages/2.html',
		excerpt: 'AnyDesk',
		units: 1,
		sender: 'help@paypa1-billing.com',
	},
	{
		profile: 'messenger',
		host: 'www.messenger.com',
		scam: '/t/100.html',
		genuine: '/t/101.html',
		excerpt: 'AnyDesk',
		units: 3,
		sender: 'Shop Service',
	},
];

mkdirSync(join(tmpdir(), 'refund-guard-content-shots'), { recursive: true });

let h: Harness;

beforeAll(async () => {
	h = await launch();
});

afterAll(async () => {
	await h?.close();
});

async function dangerMessages(page: Page): Promise<Finding[]> {
	return (await findingsOf(h, page)).filter((f) => f.kind === 'message' && f.level === 'danger');
}

const LIVE_SCAM = [
	'您好，我是淘宝官方客服，您在我们店铺购买的商品因质量问题被召回',
	'我们将为您办理三倍赔偿，需要您配合操作',
	'请添加客服微信 kf-tb8899 进群，扫码填写银行卡号和验证码领取理赔款',
];

async function setProfilesOff(off: boolean): Promise<void> {
	await h.evaluateInServiceWorker(
		({ key, value }) =>
			value ? chrome.storage.local.set({ [key]: true }) : chrome.storage.local.remove(key),
		{ key: TEST_PROFILES_OFF_KEY, value: off },
	);
}

/** Elements matching `selector` in the page and its same-origin (srcdoc, about:blank) frames. */
function countInPage(page: Page, selector: string): Promise<number> {
	return page.evaluate((sel) => {
		const docs: Document[] = [document];
		for (const frame of document.querySelectorAll('iframe')) {
			if (frame.contentDocument) docs.push(frame.contentDocument);
		}
		return docs.reduce((n, d) => n + d.querySelectorAll(sel).length, 0);
	}, selector);
}

function profileSelector(id: string): string {
	const profile = SITE_PROFILES.find((p) => p.id === id);
	if (!profile) throw new Error(`no site profile ${id}`);
	return profile.message;
}

describe('site profiles on', () => {
	beforeAll(() => setProfilesOff(false));

	it.each(CASES)('$profile: the scam case is warned through the profile', async (c) => {
		const page = await h.openFixture(c.host, c.scam);
		// The fixture and the profile agree: the profile's message selector finds the page's messages.
		expect(await countInPage(page, profileSelector(c.profile))).toBe(c.units);
		await h.waitForContentScript(page);
		expect(await h.evaluateInContentScript<string>(page, `${SESSION}?.profileId`)).toBe(c.profile);
		await expect
			.poll(async () => (await dangerMessages(page)).length, { timeout: 10_000 })
			.toBeGreaterThan(0);
		const warned = await dangerMessages(page);
		expect(warned.some((f) => f.excerpt.includes(c.excerpt))).toBe(true);
		if (c.sender) expect(warned.map((f) => f.sender)).toContain(c.sender);
		await page.close();
	});

	it.each([
		...CASES.map((c) => ({ profile: c.profile, host: c.host, path: c.genuine })),
		// An order page with a genuine refund notice on an order card (full scan through the profile's page role).
		{ profile: 'amazon', host: 'www.amazon.com', path: '/your-orders/orders.html' },
	])('$profile $path: the genuine refund/service message stays quiet', async (c) => {
		const page = await h.openFixture(c.host, c.path);
		await h.waitForContentScript(page);
		await expect
			.poll(() => h.evaluateInContentScript<boolean>(page, `!!${SESSION} && ${SESSION}.queue.idle`), {
				timeout: 10_000,
			})
			.toBe(true);
		// Long enough for a report of the same page's scam case to arrive (they arrive within ~300 ms).
		await page.waitForTimeout(600);
		// The page was read, its profile messages (in frames too) included.
		const units = await countInPage(page, profileSelector(c.profile));
		expect(
			await h.evaluateInContentScript<number>(page, `${SESSION}?.scanner?.unitsJudged ?? 0`),
		).toBeGreaterThanOrEqual(Math.max(1, units));
		expect(await findingsOf(h, page)).toEqual([]);
		await page.close();
	});
});

describe('generic profile alone (site profiles switched off)', () => {
	beforeAll(() => setProfilesOff(true));
	afterAll(() => setProfilesOff(false));

	it.each(CASES)('$profile: the scam case is still warned', async (c) => {
		const page = await h.openFixture(c.host, c.scam);
		await h.waitForContentScript(page);
		expect(await h.evaluateInContentScript<string>(page, `${SESSION}?.profileId`)).toBe('generic');
		await expect
			.poll(async () => (await dangerMessages(page)).length, { timeout: 10_000 })
			.toBeGreaterThan(0);
		const warned = await dangerMessages(page);
		expect(warned.some((f) => f.excerpt.includes(c.excerpt))).toBe(true);
		// Senders come from site profiles only.
		expect(warned.every((f) => f.sender === undefined)).toBe(true);
		await page.close();
	});
});

describe('a chat arriving message by message, through the profile', () => {
	beforeAll(() => setProfilesOff(false));

	it('douyin-shop: warned after the message that completes the pattern, and not before', async () => {
		const page = await h.openFixture('im.jinritemai.com', '/pc_seller_v2/main/workspace_live.html');
		await settled(h, page);
		for (const [i, line] of LIVE_SCAM.entries()) {
			// As the 飞鸽 workspace adds a customer's message (markup of the fixture's cited sources).
			await page.evaluate((text) => {
				const wrap = document.createElement('div');
				wrap.setAttribute('data-qa-id', 'qa-message-warpper');
				wrap.className = 'msgItemWrap';
				const row = document.createElement('div');
				row.setAttribute('data-id', String(Date.now()));
				const bubble = document.createElement('div');
				bubble.className = 'leaveMessage messageNotMe';
				const pre = document.createElement('pre');
				const span = document.createElement('span');
				span.textContent = text;
				pre.append(span);
				bubble.append(pre);
				row.append(bubble);
				wrap.append(row);
				document.querySelector('.messageList')?.append(wrap);
			}, line);
			await settled(h, page);
			const warned = (await findingsOf(h, page)).filter((f) => f.kind === 'message');
			if (i < LIVE_SCAM.length - 1) expect(warned).toEqual([]);
			else {
				expect(warned.length).toBe(1);
				expect(warned[0]?.level).toBe('danger');
				expect(warned[0]?.sender).toBe('抖音电商官方客服');
			}
		}
		await page.close();
	});
});

describe("the user's own messages, through the profile", () => {
	beforeAll(() => setProfilesOff(false));

	it('pinduoduo: an own message retyping the scam is not warned, and is the context of the reply', async () => {
		const page = await h.openFixture('mobile.yangkeduo.com', '/chat_detail_refund.html');
		await settled(h, page);
		expect(await findingsOf(h, page)).toEqual([]);
		// As the chat adds a message (markup of the fixture's cited sources; `self` on the buyer's own).
		const add = (text: string, own: boolean) =>
			page.evaluate(
				({ text, own }) => {
					const item = document.createElement('div');
					item.className = 'chat-detail-item';
					const box = document.createElement('div');
					box.className = own ? 'chat-item-box self' : 'chat-item-box';
					const line = document.createElement('div');
					line.textContent = text;
					box.append(line);
					item.append(box);
					document.querySelector('.chat-msg-provider')?.append(item);
				},
				{ text, own },
			);
		// The buyer retypes what "customer service" told them, to ask: the whole pattern, in their own bubble.
		await add(
			'客服说我的商品因质量问题可以三倍赔偿，让我加微信 kf-tb8899 扫码填写银行卡号和验证码领取理赔款，这是真的吗？',
			true,
		);
		await settled(h, page);
		expect(await findingsOf(h, page)).toEqual([]);
		expect(await h.evaluateInContentScript<number>(page, `${SESSION}?.scanner?.ownMessages ?? 0`)).toBe(2);
		// Nothing was put after the own bubble.
		expect(
			await page.evaluate(() => document.querySelector('.chat-detail-item:last-child .self')?.nextSibling),
		).toBeNull();
		// The other party's answer is harmless alone ("add WeChat kf-tb8899 and I'll handle it": no warning by
		// itself); after the own message it is warned (caution here: the earlier genuine refund messages of this chat
		// are context too).
		await add('是的，请加一下微信 kf-tb8899 给您处理', false);
		const messages = async () => (await findingsOf(h, page)).filter((f) => f.kind === 'message');
		await expect.poll(async () => (await messages()).length, { timeout: 10_000 }).toBe(1);
		const [warned] = await messages();
		expect(warned?.excerpt).toBe('是的，请加一下微信 kf-tb8899 给您处理');
		expect(warned?.signals.map((s) => s.text).join(' ')).toContain('微信');
		await page.waitForTimeout(300);
		await page.screenshot({ path: join(tmpdir(), 'refund-guard-content-shots', 'content-own-message.png') });
		await page.close();
	});
});

describe('a message kept in an unrendered element', () => {
	beforeAll(() => setProfilesOff(false));

	it('amazon: the warning shows in the message block, once, though the judged element is display:none', async () => {
		const page = await h.openFixture('www.amazon.com', '/gp/message-hidden.html');
		await settled(h, page);
		await expect
			.poll(async () => (await dangerMessages(page)).length, { timeout: 10_000 })
			.toBeGreaterThan(0);
		expect((await dangerMessages(page)).some((f) => f.excerpt.includes('AnyDesk'))).toBe(true);
		await page.waitForTimeout(300);
		// One finding for the one message (the badge and the popup count it once).
		expect((await findingsOf(h, page)).filter((f) => f.kind === 'message')).toHaveLength(1);
		const cdp = await h.context.newCDPSession(page);
		const warnings = await findWarnings(cdp, /^(RefundGuard|退款防骗卫士)/);
		// One warning for the message: the visible copy (read by the generic profile) joined the profile's one.
		expect(warnings).toHaveLength(1);
		const box = (await cdp.send('DOM.getBoxModel', {
			backendNodeId: warnings[0]!.node.backendDOMNodeId!,
		})) as { model: { width: number; height: number; content: number[] } };
		// It has a box on screen, inside the message block (after the unrendered element, before the Reply link).
		expect(box.model.width).toBeGreaterThan(100);
		expect(box.model.height).toBeGreaterThan(20);
		const reply = await page.locator('a[href="#!/reply"]').boundingBox();
		const title = await page.locator('#message-content-title').boundingBox();
		const top = box.model.content[1]!;
		expect(top).toBeGreaterThan(title!.y);
		expect(top).toBeLessThan(reply!.y);
		await cdp.detach();
		await page.screenshot({
			path: join(tmpdir(), 'refund-guard-content-shots', 'content-hidden-message.png'),
		});
		// Scanning again (a rescan after a burst of changes) adds no second warning.
		await h.evaluateInContentScript(page, `${SESSION}.queue.requestRescan()`);
		await settled(h, page);
		const again = await h.context.newCDPSession(page);
		expect(await findWarnings(again, /^(RefundGuard|退款防骗卫士)/)).toHaveLength(1);
		await again.detach();
		await page.close();
	});
});
