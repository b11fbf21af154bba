// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LocatedFinding } from '../shared/findings';
import type { PopupApi, TabReport } from './popup-api';
import { orderFindings, ThisTabView } from './this-tab-view';

const finding = (over: Partial<LocatedFinding>): LocatedFinding => ({
	elementId: 'm1',
	frameId: 0,
	kind: 'message',
	level: 'caution',
	family: 'fake-refund',
	score: 50,
	signals: [{ id: 'refund-lure', family: 'fake-refund', text: '双倍赔偿' }],
	reminders: [],
	excerpt: '您好，您的快递丢失了，我们给您双倍赔偿',
	at: 1,
	state: 'active',
	...over,
});

function fakeApi(report: TabReport, found = true) {
	return {
		getFindings: vi.fn(async () => report),
		reveal: vi.fn(async () => found),
		setPaused: vi.fn(async () => undefined),
		openTips: vi.fn(async () => undefined),
		openOptions: vi.fn(async () => undefined),
	} satisfies PopupApi;
}

const report = (findings: LocatedFinding[], paused = false): TabReport => ({
	site: 'shop.example.cn',
	url: 'https://shop.example.cn/chat',
	paused,
	findings,
	badge: {
		text: String(findings.length),
		color: 'red',
		count: findings.filter((f) => f.kind !== 'field').length,
	},
});

async function mount(ui: preact.ComponentChild) {
	const root = document.createElement('div');
	document.body.append(root);
	await act(async () => {
		render(ui, root);
	});
	await act(async () => {
		await new Promise((r) => setTimeout(r, 0));
	});
	return root;
}

afterEach(() => {
	document.body.innerHTML = '';
});

describe('ThisTabView', () => {
	it('lists each warned element with level, family, matched text, and scrolls to one', async () => {
		const api = fakeApi(
			report([
				finding({}),
				finding({
					elementId: 'm2',
					level: 'danger',
					family: 'off-platform',
					excerpt: '加客服微信 kf123',
					sender: '客服小美',
				}),
				finding({ elementId: 'f1', kind: 'field', level: 'danger', frameId: 2 }),
			]),
		);
		const root = await mount(<ThisTabView api={api} tabId={5} locale="zh_CN" />);
		expect(api.getFindings).toHaveBeenCalledWith(5);
		const cards = [...root.querySelectorAll('li.finding')];
		expect(cards.map((c) => c.getAttribute('data-element-id'))).toEqual(['m2', 'f1', 'm1']);
		expect(cards[0]!.textContent).toContain('危险');
		expect(cards[0]!.textContent).toContain('加微信、QQ、进群处理');
		expect(cards[0]!.textContent).toContain('客服小美');
		expect(cards[2]!.querySelector('q')?.textContent).toBe('双倍赔偿');
		expect(root.querySelector('[data-testid="count"]')?.textContent).toBe('这个网页上有 2 处提醒');
		await act(async () => {
			(cards[1]!.querySelector('button.show') as HTMLButtonElement).click();
		});
		expect(api.reveal).toHaveBeenCalledWith(5, 2, 'f1');
	});

	it('says so when the element is gone from the page', async () => {
		const api = fakeApi(report([finding({})]), false);
		const root = await mount(<ThisTabView api={api} tabId={1} locale="en" />);
		await act(async () => {
			(root.querySelector('button.show') as HTMLButtonElement).click();
		});
		await act(async () => {
			await new Promise((r) => setTimeout(r, 0));
		});
		expect(root.querySelector('.gone')?.textContent).toBe('This is no longer on the page.');
	});

	it('pauses and resumes the site with one click', async () => {
		const api = fakeApi(report([]));
		const root = await mount(<ThisTabView api={api} tabId={1} locale="en" />);
		expect(root.textContent).toContain('No scam patterns found on this page.');
		const button = root.querySelector('button.pause') as HTMLButtonElement;
		expect(button.textContent).toBe('Pause on this site');
		await act(async () => button.click());
		expect(api.setPaused).toHaveBeenCalledWith('shop.example.cn', true);
		expect(root.querySelector('button.pause')?.textContent).toBe('Resume checking');
		expect(root.querySelector('.paused-note')?.textContent).toBe('Checking is paused on this site.');
		await act(async () => (root.querySelector('button.pause') as HTMLButtonElement).click());
		expect(api.setPaused).toHaveBeenLastCalledWith('shop.example.cn', false);
	});

	it('shows the resolved state and keeps page text as text', async () => {
		const api = fakeApi(report([finding({ state: 'fine', excerpt: '<img src=x onerror=alert(1)>' })]));
		const root = await mount(<ThisTabView api={api} tabId={1} locale="zh_TW" />);
		expect(root.querySelector('.state-tag')?.textContent).toBe('已標記為沒問題');
		expect(root.querySelector('img')).toBeNull();
		expect(root.querySelector('.excerpt')?.textContent).toBe('<img src=x onerror=alert(1)>');
	});

	it('handles a tab that is not a web page', async () => {
		const api = fakeApi(report([]));
		const root = await mount(<ThisTabView api={api} tabId={null} locale="en" />);
		expect(root.textContent).toContain('not a web page');
		expect(api.getFindings).not.toHaveBeenCalled();
	});

	it('orders active before resolved and danger first', () => {
		const ordered = orderFindings([
			finding({ elementId: 'a', state: 'dismissed', level: 'danger' }),
			finding({ elementId: 'b' }),
			finding({ elementId: 'c', level: 'danger', kind: 'page' }),
		]);
		expect(ordered.map((f) => f.elementId)).toEqual(['c', 'b', 'a']);
	});
});
