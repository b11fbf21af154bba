// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalyzeInput, Verdict } from '../engine/types';
import { CheckView, checkInput } from './check-view';

const SCAM: Verdict = {
	level: 'danger',
	score: 90,
	family: 'membership-cancel',
	signals: [
		{
			id: 'agent-upgrade',
			family: 'membership-cancel',
			kind: 'lure',
			source: 'text',
			start: 0,
			end: 5,
			text: '代理商会员',
		},
		{
			id: 'safe-account',
			family: 'account-anomaly',
			kind: 'action',
			source: 'text',
			start: 6,
			end: 10,
			text: '安全账户',
		},
	],
	reminders: ['no-transfer-for-refund'],
};
const NONE: Verdict = { level: 'none', score: 0, family: null, signals: [], reminders: [] };

const fakeJudge = vi.fn(
	(input: AnalyzeInput): Verdict => (input.text?.includes('安全账户') || input.qr?.length ? SCAM : NONE),
);

async function mount(ui: preact.ComponentChild) {
	const root = document.createElement('div');
	document.body.append(root);
	await act(async () => {
		render(ui, root);
	});
	return root;
}

async function typeAndCheck(root: HTMLElement, text: string) {
	const area = root.querySelector('textarea')!;
	await act(async () => {
		area.value = text;
		area.dispatchEvent(new Event('input', { bubbles: true }));
	});
	await act(async () => {
		root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
	});
}

afterEach(() => {
	document.body.innerHTML = '';
	fakeJudge.mockClear();
});

describe('CheckView', () => {
	it('shows the inline warning for a pasted scam', async () => {
		const root = await mount(<CheckView locale="zh_CN" judge={fakeJudge} onLearnMore={() => {}} />);
		await typeAndCheck(root, '代理商会员 转到安全账户');
		const host = root.querySelector('[data-testid="warning-host"]')!;
		const warning = host.shadowRoot!.querySelector('[role="alert"]')!;
		expect(warning.getAttribute('data-level')).toBe('danger');
		expect(warning.getAttribute('aria-label')).toMatch(/^退款防骗卫士/);
	});

	it('says nothing was found for a genuine notice, without claiming it is safe', async () => {
		const root = await mount(<CheckView locale="en" judge={fakeJudge} onLearnMore={() => {}} />);
		await typeAndCheck(root, 'Your refund of $15.00 has been issued to your original payment method.');
		expect(root.querySelector('[data-testid="check-result"]')?.textContent).toContain(
			'No known scam patterns found.',
		);
		expect(root.querySelector('[data-testid="warning-host"]')).toBeNull();
	});

	it('asks for input when empty', async () => {
		const root = await mount(<CheckView locale="en" judge={fakeJudge} onLearnMore={() => {}} />);
		await typeAndCheck(root, '   ');
		expect(fakeJudge).not.toHaveBeenCalled();
		expect(root.textContent).toContain('Paste something to check first.');
	});

	it('decodes a dropped QR image and judges its payload', async () => {
		const decode = vi.fn(async () => ['https://refund-taobao.example.xyz/claim']);
		const root = await mount(
			<CheckView locale="en" judge={fakeJudge} decodeQr={decode} onLearnMore={() => {}} />,
		);
		const file = new File([new Uint8Array([1, 2, 3])], 'qr.png', { type: 'image/png' });
		const input = root.querySelector('input[type="file"]') as HTMLInputElement;
		Object.defineProperty(input, 'files', { value: [file] });
		await act(async () => {
			input.dispatchEvent(new Event('change', { bubbles: true }));
			await new Promise((r) => setTimeout(r, 0));
		});
		expect(decode).toHaveBeenCalledWith(file);
		expect(root.querySelector('.qr-status')?.textContent).toContain('refund-taobao.example.xyz');
		expect(fakeJudge).toHaveBeenLastCalledWith(
			expect.objectContaining({ qr: ['https://refund-taobao.example.xyz/claim'] }),
		);
		expect(root.querySelector('[data-testid="warning-host"]')).not.toBeNull();
	});

	it('turns links in pasted text into link inputs', () => {
		expect(checkInput('点这里 www.tb-refund.cn/a, 或 https://x.example/b。', [], 'zh_CN')).toEqual({
			text: '点这里 www.tb-refund.cn/a, 或 https://x.example/b。',
			lang: 'zh-CN',
			links: [{ href: 'https://www.tb-refund.cn/a' }, { href: 'https://x.example/b' }],
		});
	});
});

describe('CheckView with the real engine', () => {
	it('warns on a pasted scam and stays quiet on a genuine refund notice', async () => {
		const { judge } = await import('./judge');
		const root = await mount(<CheckView locale="zh_CN" judge={judge} onLearnMore={() => {}} />);
		await typeAndCheck(
			root,
			'您好，我是淘宝客服，您购买的商品有质量问题，我们给您双倍赔偿。请添加客服微信 kf8888，扫码进入理赔页面，填写银行卡号和验证码即可到账。',
		);
		const warning = root
			.querySelector('[data-testid="warning-host"]')
			?.shadowRoot?.querySelector('[data-level]');
		expect(warning?.getAttribute('data-level')).toBe('danger');
		await typeAndCheck(
			root,
			'【淘宝】您的退款申请已通过，退款 59.00 元将原路退回至您的支付账户，预计 1-3 个工作日到账。',
		);
		expect(root.querySelector('[data-testid="warning-host"]')).toBeNull();
		expect(root.querySelector('[data-testid="check-result"]')?.textContent).toContain(
			'没有发现已知的骗局话术',
		);
	});
});
