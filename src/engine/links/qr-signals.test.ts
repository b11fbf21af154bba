import { describe, expect, it } from 'vitest';
import { qrSignals } from './qr-signals';

const ids = (payload: string) => qrSignals(payload).signals.map((m) => m.id);

describe('qrSignals', () => {
	it.each([
		['https://u.wechat.com/EAbCdEfGh', 'qr-wechat-friend'],
		['https://weixin.qq.com/r/AbCdEf', 'qr-wechat-friend'],
		['weixin://dl/contacts?user=abc', 'qr-wechat-friend'],
		['https://weixin.qq.com/g/AbCdEfGh123', 'qr-wechat-group'],
		['wxp://f2f0AbCdEf123', 'qr-wechat-pay'],
		['https://qr.alipay.com/fkx12345abc', 'qr-alipay'],
		['HTTPS://QR.ALIPAY.COM/FKX1', 'qr-alipay'],
		['https://qm.qq.com/cgi-bin/qm/qr?k=AbC', 'qr-qq'],
		['https://jq.qq.com/?_wv=1027&k=AbC', 'qr-qq'],
		['tel:13812345678', 'qr-tel'],
		['https://taobao-refund.xyz/claim', 'link-brand-impersonation'],
		['https://paypal.com.secure-login.xyz/', 'link-official-domain-in-subdomain'],
		['http://203.0.113.5/app.apk', 'link-download-untrusted'],
	])('%s → %s', (payload, id) => {
		const result = qrSignals(payload);
		expect(result.signals.map((m) => m.id)).toContain(id);
		for (const m of result.signals)
			expect(m).toMatchObject({ source: 'qr', start: -1, end: -1, text: payload });
		expect(result.text).toBeUndefined();
	});

	it('treats an official web address as benign', () => {
		expect(ids('https://www.taobao.com/')).toEqual(['link-official']);
	});

	it('returns plain text for the text engine', () => {
		expect(qrSignals('您的订单异常，请联系客服退款')).toEqual({
			signals: [],
			text: '您的订单异常，请联系客服退款',
		});
		expect(qrSignals('Refund desk: call 1-888-555-0123')).toEqual({
			signals: [],
			text: 'Refund desk: call 1-888-555-0123',
		});
	});

	it('says nothing about empty payloads or unrelated schemes', () => {
		expect(qrSignals('')).toEqual({ signals: [] });
		expect(qrSignals('WIFI:S:home;T:WPA;P:secret;;')).toEqual({ signals: [] });
		expect(qrSignals('market://details?id=com.example')).toEqual({ signals: [] });
	});
});
