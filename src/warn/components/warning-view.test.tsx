// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CAUTION_EN, CAUTION_ZH, DANGER_EN, DANGER_ZH, FAKE_PAGE_ZH } from '../fixtures/sample-warnings';
import type { WarnAction } from '../types';
import { FieldWarning, InlineWarning, PageBanner } from './warning-view';

let container: HTMLElement;

function show(node: preact.ComponentChild): HTMLElement {
	container = document.createElement('div');
	document.body.appendChild(container);
	act(() => render(node, container));
	return container.querySelector('section')!;
}

function button(root: Element, label: string): HTMLButtonElement {
	const found = [...root.querySelectorAll('button')].find((b) => b.textContent === label);
	if (!found)
		throw new Error(`no button ${label}: ${[...root.querySelectorAll('button')].map((b) => b.textContent)}`);
	return found;
}

afterEach(() => {
	render(null, container);
	container.remove();
});

describe('InlineWarning', () => {
	it('caution: a compact status with the key phrases and a details button', () => {
		const section = show(<InlineWarning data={{ ...CAUTION_ZH, locale: 'zh_CN' }} onAction={() => {}} />);
		expect(section.getAttribute('role')).toBe('status');
		expect(section.getAttribute('aria-live')).toBe('polite');
		expect(section.getAttribute('aria-label')).toMatch(
			/^退款防骗卫士: 注意: 这是冒充客服的退款骗局常见话术$/,
		);
		expect(section.querySelector('.summary q')?.textContent).toBe('快递丢失理赔');
		expect(section.querySelector('.body')).toBeNull();
		const details = button(section, '查看详情');
		expect(details.getAttribute('aria-expanded')).toBe('false');
	});

	it('caution expands and collapses, with aria-expanded and aria-controls', () => {
		const onAction = vi.fn();
		const section = show(<InlineWarning data={{ ...CAUTION_EN, locale: 'en' }} onAction={onAction} />);
		act(() => button(section, 'Show details').click());
		const body = section.querySelector('.body')!;
		expect(body).not.toBeNull();
		const toggle = button(section, 'Hide details');
		expect(toggle.getAttribute('aria-expanded')).toBe('true');
		expect(toggle.getAttribute('aria-controls')).toBe(body.id);
		expect(body.textContent).toContain('What to do now');
		expect(onAction).toHaveBeenCalledWith({ type: 'expand', expanded: true });
		act(() => toggle.click());
		expect(section.querySelector('.body')).toBeNull();
	});

	it('danger: an expanded alert with what was seen, why, police advice and what to do', () => {
		const section = show(<InlineWarning data={{ ...DANGER_ZH, locale: 'zh_CN' }} onAction={() => {}} />);
		expect(section.getAttribute('role')).toBe('alert');
		expect(section.getAttribute('aria-live')).toBe('assertive');
		const text = section.textContent ?? '';
		for (const heading of ['看到了什么', '为什么可疑', '警方提醒', '现在该怎么做'])
			expect(text).toContain(heading);
		expect(text).toContain('taobao-refund.xyz');
		expect([...section.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'))).toEqual([
			'tel:110',
			'tel:96110',
		]);
		expect(text).toContain('国家反诈中心');
		expect(section.querySelector('button[aria-expanded]')).toBeNull();
	});

	it('danger for English users has no China-only numbers', () => {
		const section = show(<InlineWarning data={{ ...DANGER_EN, locale: 'en' }} onAction={() => {}} />);
		expect(section.querySelectorAll('a[href^="tel:"]')).toHaveLength(0);
		expect(section.textContent).toContain('call your bank');
	});

	it('renders page text as text, never as markup', () => {
		const hostile = '<img src=x onerror="alert(1)">立即转账到安全账户';
		const data = {
			...CAUTION_ZH,
			locale: 'zh_CN' as const,
			input: { text: hostile },
			verdict: {
				...CAUTION_ZH.verdict,
				signals: [
					{
						id: 'account-safe-account',
						family: 'account-anomaly' as const,
						kind: 'action' as const,
						source: 'text' as const,
						start: 0,
						end: hostile.length,
						text: hostile,
					},
				],
			},
		};
		const section = show(<InlineWarning data={data} onAction={() => {}} />);
		expect(section.querySelector('img')).toBeNull();
		expect(section.textContent).toContain('<img src=x');
	});

	it('reports dismiss, this-is-fine (site and sender), learn more and copy evidence', async () => {
		const actions: WarnAction[] = [];
		const copy = vi.fn(async (_text: string, _container: Node | null) => true);
		const section = show(
			<InlineWarning
				data={{ ...DANGER_ZH, locale: 'zh_CN' }}
				onAction={(a) => actions.push(a)}
				site="taobao.com"
				copy={copy}
				now={() => new Date(2026, 10, 25, 9, 0, 0)}
			/>,
		);
		act(() => button(section, '关闭').click());
		act(() => button(section, '这条没问题').click());
		act(() => button(section, '了解这类骗局').click());
		await act(async () => button(section, '复制证据').click());
		expect(actions.slice(0, 3)).toEqual([
			{ type: 'dismiss' },
			{ type: 'this-is-fine', site: 'taobao.com', sender: '淘宝官方客服-小美' },
			{ type: 'learn-more', family: 'fake-refund' },
		]);
		expect(copy).toHaveBeenCalledOnce();
		const copied = copy.mock.calls[0]![0] as string;
		expect(copied).toContain('时间: 2026-11-25 09:00:00');
		expect(actions[3]).toMatchObject({ type: 'copy-evidence', copied: true });
		expect(button(section, '已复制')).toBeTruthy();
	});

	it('says when copying failed', async () => {
		const section = show(
			<InlineWarning data={{ ...CAUTION_EN, locale: 'en' }} onAction={() => {}} copy={async () => false} />,
		);
		await act(async () => button(section, 'Copy evidence').click());
		expect(button(section, 'Copy failed, please select the text')).toBeTruthy();
	});

	it('hides "this is fine" without a site, and stays quiet while the announcer holds it', () => {
		const section = show(
			<InlineWarning data={{ ...DANGER_ZH, locale: 'zh_CN' }} onAction={() => {}} live={false} />,
		);
		expect([...section.querySelectorAll('button')].some((b) => b.textContent === '这条没问题')).toBe(false);
		expect(section.getAttribute('role')).toBe('alert');
		expect(section.getAttribute('aria-live')).toBe('off');
	});

	it('speaks the announcer\u2019s text inside its live region', () => {
		const section = show(
			<InlineWarning data={{ ...DANGER_ZH, locale: 'zh_CN' }} onAction={() => {}} announceText="第二条" />,
		);
		expect(section.querySelector('.sr')?.textContent).toBe('第二条');
	});

	it('speaks zh_TW', () => {
		const section = show(<InlineWarning data={{ ...DANGER_ZH, locale: 'zh_TW' }} onAction={() => {}} />);
		expect(section.getAttribute('aria-label')).toMatch(/^退款防騙衛士: 危險: 這是冒充客服的退款詐騙常見話術/);
		expect(section.textContent).toContain('現在該怎麼做');
	});
});

describe('PageBanner', () => {
	it('is a compact alert that expands, with the page\u2019s evidence', () => {
		const section = show(
			<PageBanner
				data={{ ...FAKE_PAGE_ZH, locale: 'zh_CN' }}
				onAction={() => {}}
				site="tb-refund-center.top"
			/>,
		);
		expect(section.getAttribute('role')).toBe('alert');
		expect(section.dataset.variant).toBe('banner');
		expect(section.getAttribute('aria-label')).toBe('退款防骗卫士: 危险: 这像是假冒的退款/理赔页面');
		act(() => button(section, '查看详情').click());
		expect(section.textContent).toContain('支付密码');
		expect(button(section, '这条没问题')).toBeTruthy();
	});

	it('names the earlier contact on an escalated page', () => {
		const data = {
			...FAKE_PAGE_ZH,
			locale: 'zh_CN' as const,
			escalation: { family: 'membership-cancel' as const, site: 'douyin.com', at: Date.now() - 5 * 60000 },
		};
		const section = show(<PageBanner data={data} onAction={() => {}} />);
		expect(section.querySelector('.title')?.textContent).toContain('先别转账、别借款');
		expect(section.querySelector('.summary')?.textContent).toBe(
			'5 分钟前在 douyin.com 看到：这是“取消会员/代理、否则扣费”骗局的常见话术。真正的客服不会让你转账或贷款。',
		);
	});

	it('on a remote-control download page says not to install or share the screen, "just now"', () => {
		const data = {
			...FAKE_PAGE_ZH,
			locale: 'zh_CN' as const,
			escalation: {
				family: 'fake-refund' as const,
				site: 'taobao.com',
				at: Date.now(),
				pageKind: 'remote-download' as const,
			},
		};
		const section = show(<PageBanner data={data} onAction={() => {}} />);
		expect(section.querySelector('.title')?.textContent).toContain('先别安装，也别让人看你的屏幕');
		expect(section.querySelector('.title')?.textContent).not.toContain('转账');
		expect(section.querySelector('.summary')?.textContent).toMatch(/^刚刚在 taobao\.com 看到：/);
		expect(section.querySelector('.summary')?.textContent).toContain('控制你的手机或电脑');
	});
});

describe('FieldWarning', () => {
	it('is a short alert: do not type here, what to do, learn more, dismiss', () => {
		const actions: WarnAction[] = [];
		const section = show(
			<FieldWarning data={{ ...FAKE_PAGE_ZH, locale: 'zh_CN' }} onAction={(a) => actions.push(a)} />,
		);
		expect(section.getAttribute('role')).toBe('alert');
		expect(section.querySelector('.title')?.textContent).toContain('别在这里填写卡号、密码或验证码');
		expect(section.textContent).not.toContain('为什么可疑');
		expect(section.querySelectorAll('a[href^="tel:"]')).toHaveLength(2);
		expect([...section.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
			'了解这类骗局',
			'关闭',
		]);
		act(() => button(section, '关闭').click());
		expect(actions).toEqual([{ type: 'dismiss' }]);
	});
});
