import { describe, expect, it } from 'vitest';
import { evidenceText } from './evidence';
import { CAUTION_EN, DANGER_ZH, QR_ZH } from './fixtures/sample-warnings';

describe('evidenceText', () => {
	it('summarises time, page, sender, message, links with domains, and signals', () => {
		const text = evidenceText(
			{
				...DANGER_ZH,
				pageUrl: DANGER_ZH.input.pageUrl,
				locale: 'zh_CN',
				input: { ...DANGER_ZH.input, context: ['你好'] },
			},
			new Date(2026, 10, 25, 14, 30, 5),
		);
		expect(text).toContain('退款防骗卫士 证据摘要');
		expect(text).toMatch(/时间: 2026-11-25 14:30:05 \(UTC[+-]\d\d:\d\d\)/);
		expect(text).toContain('页面: https://market.m.taobao.com/app/im/chat.html');
		expect(text).toContain('发送者: 淘宝官方客服-小美');
		expect(text).toContain('危险 (96/100)');
		expect(text).toContain('之前的消息:\n  你好');
		expect(text).toContain('  您好，我是淘宝售后客服');
		expect(text).toContain(
			'https://taobao-refund.xyz/claim?id=8812 [taobao-refund.xyz] "https://refund.taobao.com/claim"',
		);
		expect(text).toMatch(/- cred-sms-code: "验证码" \(.+\)/);
	});

	it('lists QR payloads and writes English labels for English users', () => {
		expect(evidenceText({ ...QR_ZH, locale: 'zh_CN' })).toContain(
			'二维码内容:\n  https://lp-claim.cc/r?o=99 [lp-claim.cc]',
		);
		const en = evidenceText({ ...CAUTION_EN, locale: 'en' });
		expect(en).toContain('RefundGuard evidence summary');
		expect(en).toContain('Sender: Norton Billing');
		expect(en).toContain('Signals:');
	});
});
