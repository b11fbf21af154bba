import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import v1 from '../../test/fixtures/settings/v1.json';
import type { BadgeState, FindingReport } from '../shared/findings';
import { memoryArea } from '../shared/storage-item';
import { settingsItem } from '../shared/storage-items';
import { type BackgroundPorts, createBackgroundService } from './background-service';

function setup(localInit: Record<string, unknown> = {}) {
	let clock = 1_000_000;
	const badges = new Map<number, BadgeState>();
	const opened: string[] = [];
	const sent: unknown[] = [];
	const local = memoryArea(localInit);
	const session = memoryArea();
	const ports: BackgroundPorts = {
		local,
		session,
		setBadge: async (tabId, badge) => void badges.set(tabId, badge),
		sendToFrame: async (tabId, frameId, type, request) => {
			sent.push({ tabId, frameId, type, request });
			return { found: true } as never;
		},
		tabUrl: async () => 'https://fallback.example.cn/page',
		openTab: async (url) => void opened.push(url),
		tipsUrl: (family) => `ext://tips.html#${family ?? ''}`,
		now: () => clock,
	};
	return {
		ports,
		local,
		session,
		badges,
		opened,
		sent,
		tick: (ms: number) => {
			clock += ms;
		},
		make: () => createBackgroundService(ports),
	};
}

const from = (tabId: number, frameId = 0, url = 'https://shop.example.cn/chat') =>
	({ tab: { id: tabId, url }, frameId, url }) as Runtime.MessageSender;

const finding = (
	elementId: string,
	level: 'caution' | 'danger',
	kind: FindingReport['kind'] = 'message',
) => ({
	elementId,
	kind,
	level,
	family: 'membership-cancel' as const,
	score: 70,
	signals: [{ id: 'agent-upgrade', family: 'membership-cancel' as const, text: '升级成了代理商会员' }],
	reminders: ['no-transfer-for-refund' as const],
	excerpt: '您好，由于操作失误把您升级成了代理商会员',
	at: 5,
});

describe('background service', () => {
	it('keeps findings per tab and paints the badge', async () => {
		const env = setup();
		const { handlers } = env.make();
		const r = await handlers['findings/report'](
			{
				documentId: 'd1',
				url: 'https://shop.example.cn/chat',
				findings: [finding('a', 'caution'), finding('b', 'danger')],
			},
			from(4),
		);
		expect(r.badge).toEqual({ text: '2', color: 'red', count: 2 });
		expect(env.badges.get(4)?.text).toBe('2');
		const got = await handlers['findings/get']({ tabId: 4 }, {} as Runtime.MessageSender);
		expect(got.site).toBe('shop.example.cn');
		expect(got.findings.map((f) => f.elementId)).toEqual(['a', 'b']);
	});

	it('drops malformed reports from a page instead of storing them', async () => {
		const env = setup();
		const { handlers } = env.make();
		const r = await handlers['findings/report'](
			{
				documentId: 'd',
				url: 'https://x.cn/',
				findings: [{ elementId: 'x', kind: 'evil' } as never, finding('ok', 'caution')],
			},
			from(1),
		);
		expect(r.badge.count).toBe(1);
	});

	it('survives a restart: a new service reads the same state from storage', async () => {
		const env = setup();
		await env
			.make()
			.handlers['findings/report'](
				{ documentId: 'd1', url: 'https://shop.example.cn/', findings: [finding('a', 'danger')] },
				from(9),
			);
		env.badges.clear();
		const restarted = env.make();
		await restarted.repaintAll();
		expect(env.badges.get(9)).toEqual({ text: '1', color: 'red', count: 1 });
		const got = await restarted.handlers['findings/get']({ tabId: 9 }, {} as Runtime.MessageSender);
		expect(got.findings).toHaveLength(1);
	});

	it('"this is fine" clears the finding from the badge and adds the sender to the list; undo removes it', async () => {
		const env = setup();
		const { handlers } = env.make();
		await handlers['findings/report'](
			{ documentId: 'd', url: 'https://shop.example.cn/', findings: [finding('a', 'danger')] },
			from(2),
		);
		const r = await handlers['findings/resolve'](
			{ elementId: 'a', state: 'fine', site: 'shop.example.cn', sender: '客服小美' },
			from(2),
		);
		expect(r.badge.text).toBe('');
		expect((await settingsItem(env.local).read()).allowList).toEqual([
			{ site: 'shop.example.cn', sender: '客服小美', addedAt: 1_000_000 },
		]);
		await handlers['findings/resolve'](
			{ elementId: 'a', state: 'active', site: 'shop.example.cn', sender: '客服小美', tabId: 2, frameId: 0 },
			{} as Runtime.MessageSender,
		);
		expect((await settingsItem(env.local).read()).allowList).toEqual([]);
		expect(env.badges.get(2)?.text).toBe('1');
	});

	it('resets a tab on navigation, but not for a report that arrived just before the loading event', async () => {
		const env = setup();
		const service = env.make();
		await service.handlers['findings/report'](
			{ documentId: 'd', url: 'https://a.cn/', findings: [finding('a', 'danger')] },
			from(3),
		);
		await service.resetTab(3);
		await service.resetTab(3, 'https://a.cn/');
		expect(env.badges.get(3)?.text).toBe('1');
		await service.resetTab(3, 'https://b.cn/');
		expect(env.badges.get(3)?.text).toBe('');
		await service.handlers['findings/report'](
			{ documentId: 'd', url: 'https://a.cn/', findings: [finding('a', 'danger')] },
			from(3),
		);
		env.tick(5000);
		await service.resetTab(3);
		expect(env.badges.get(3)?.text).toBe('');
		expect(
			(await service.handlers['findings/get']({ tabId: 3 }, {} as Runtime.MessageSender)).findings,
		).toEqual([]);
	});

	it('pauses and resumes a site without touching the other lists (migrating an old value on the way)', async () => {
		const env = setup({ settings: v1 });
		const { handlers } = env.make();
		const paused = await handlers['site/pause'](
			{ site: 'https://www.shop.example.cn/x', paused: true },
			from(1),
		);
		expect(paused.settings.pausedSites).toContain('shop.example.cn');
		expect(paused.settings.allowList).toHaveLength(2);
		const got = await handlers['findings/get']({ tabId: 77 }, {} as Runtime.MessageSender);
		expect(got.site).toBe('fallback.example.cn');
		const resumed = await handlers['site/pause']({ site: 'shop.example.cn', paused: false }, from(1));
		expect(resumed.settings.pausedSites).not.toContain('shop.example.cn');
		expect(resumed.settings.pausedSites).toHaveLength(2);
	});

	it('clears the findings of tabs on a site that gets paused', async () => {
		const env = setup();
		const service = env.make();
		await service.handlers['findings/report'](
			{ documentId: 'd', url: 'https://www.shop.example.cn/', findings: [finding('a', 'danger')] },
			from(6),
		);
		await service.handlers['findings/report'](
			{ documentId: 'd', url: 'https://other.example.com/', findings: [finding('a', 'danger')] },
			from(7),
		);
		await service.handlers['site/pause']({ site: 'shop.example.cn', paused: true }, from(6));
		await service.settingsChanged();
		expect(env.badges.get(6)?.text).toBe('');
		expect(env.badges.get(7)?.text).toBe('1');
		expect(env.session.data.has('tab:6')).toBe(false);
	});

	it('remembers scam contacts for 60 minutes, preferring danger', async () => {
		const env = setup();
		const { handlers } = env.make();
		await handlers['contact/record'](
			{ family: 'membership-cancel', level: 'danger', what: '代理商会员' },
			from(1),
		);
		env.tick(60_000);
		await handlers['contact/record'](
			{ family: 'fake-refund', level: 'caution', what: '退款' },
			from(1, 0, 'https://mail.example.com/'),
		);
		const q = await handlers['contact/query']({}, from(2));
		expect(q.contact).toMatchObject({
			family: 'membership-cancel',
			site: 'shop.example.cn',
			what: '代理商会员',
		});
		env.tick(60 * 60_000);
		expect((await handlers['contact/query']({}, from(2))).contact).toBeNull();
	});

	it('adds counters, opens the tips page, and forwards reveal to the frame', async () => {
		const env = setup();
		const { handlers } = env.make();
		await handlers['counters/add']({ warningsShown: 2, scanTimeMs: 1.5 }, from(1));
		await handlers['counters/add']({ pagesScanned: 1, scanTimeMs: -100 }, from(1));
		expect(env.local.data.get('counters')).toMatchObject({
			warningsShown: 2,
			pagesScanned: 1,
			scanTimeMs: 1.5,
		});
		await handlers['tips/open']({ family: 'off-platform' }, from(1));
		expect(env.opened).toEqual(['ext://tips.html#off-platform']);
		expect(
			await handlers['findings/reveal'](
				{ tabId: 5, frameId: 2, elementId: 'e1' },
				{} as Runtime.MessageSender,
			),
		).toEqual({ found: true });
		expect(env.sent).toEqual([
			{ tabId: 5, frameId: 2, type: 'content/reveal', request: { elementId: 'e1' } },
		]);
	});
});
