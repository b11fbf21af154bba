import { describe, expect, it } from 'vitest';
import { pageKinds, worthFullScan } from './page-kind';

describe('pageKinds', () => {
	it('recognises a fake refund form by talk plus sensitive fields', () => {
		expect(
			pageKinds({
				text: '快递丢失理赔中心 请填写信息',
				fields: [{ kind: 'card-number' }, { kind: 'sms-code' }],
				links: [],
			}),
		).toEqual(['refund-form']);
	});
	it('does not call a refund notice without fields a refund form', () => {
		expect(pageKinds({ text: '您的退款已原路退回', fields: [], links: [] })).toEqual([]);
	});
	it('recognises transfer, loan and remote-tool pages by content and fields', () => {
		expect(
			pageKinds({
				text: '个人网银 转账汇款',
				fields: [{ kind: 'payee-account' }, { kind: 'amount' }],
				links: [],
			}),
		).toEqual(['transfer']);
		expect(pageKinds({ text: '京东金条 借款金额', fields: [{ kind: 'amount' }], links: [] })).toEqual([
			'loan',
		]);
		expect(
			pageKinds({
				text: 'ToDesk 远程控制软件',
				fields: [],
				links: [{ href: 'https://dl.example.com/ToDesk_Setup.exe', text: '立即下载' }],
			}),
		).toEqual(['remote-download']);
	});
	it('ignores an article that only mentions loans', () => {
		expect(pageKinds({ text: '警方提醒：借呗不会要求你转账', fields: [], links: [] })).toEqual([]);
	});
});

describe('worthFullScan', () => {
	it('escalates on refund or service words and on payment fields', () => {
		expect(worthFullScan({ text: '联系客服', fields: [], links: [] })).toBe(true);
		expect(worthFullScan({ text: 'Weather today', fields: [{ kind: 'card-number' }], links: [] })).toBe(true);
		expect(worthFullScan({ text: 'Weather today', fields: [{ kind: 'other' }], links: [] })).toBe(false);
	});
});
