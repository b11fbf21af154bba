import { describe, expect, it } from 'vitest';
import { analyze } from '../index';

describe('callback-invoice signals', () => {
	it('flags an order "placed without your permission" with a number to call for the cancellation', () => {
		const v = analyze({
			text: 'Hi, Please find your invoice attached for the purchase of a PlayStation 5 Pro bundle, $749.00, billed to your card ending in ****. If this order was placed without your permission, contact Walmart order support at 1 (802) 416-0039 for an immediate cancellation.',
		});
		expect(v.level).not.toBe('none');
	});
	it('flags an antivirus renewal charge with a number to call to cancel it', () => {
		const v = analyze({
			text: '親愛的用戶，您的防毒軟體年費 NT$6,800 將於今日扣款，若要取消請於下班前來電 02-2771-8899。',
		});
		expect(v.level).not.toBe('none');
	});
	it("does not flag a bank's own transfer alert with its number", () => {
		const v = analyze({
			text: '【中國信託】您於 11/25 14:10 轉出 NT$5,000 至 808-*****2231，如非本人交易請立即撥打 02-2745-5000。',
		});
		expect(v.level).toBe('none');
	});
	it.each([
		'【支付宝】您已开通“蚂蚁会员至尊服务”，年费 3,600 元将于今晚扣除，如需取消，请致电 0571-2688-3190。',
		'Your Geek Squad plan renewed today, $399.99 charged to your card. If you do not recognize this charge, call our billing desk at 1-888-430-2291.',
		'【京东】您的PLUS会员年费 899 元已扣款，若非本人操作，请致电 400-816-2271 办理退款。',
	])('flags a charge whose cancel or "not you" line goes to a phone number: %s', (text) => {
		const v = analyze({ text });
		expect(v.level, JSON.stringify(v.signals.map((s) => s.id))).not.toBe('none');
	});
	it.each([
		// A login alert: "若非本人操作" with nothing bought or charged.
		'【永豐銀行】您的帳號於 11/25 21:05 使用新裝置登入永豐行動銀行。若非本人操作，請立即變更密碼並撥打官方客服 (02)2505-9999。',
		'【招商银行】您的账户于 20:41 在新设备登录手机银行，如非本人操作，请立即修改密码并致电 95555。',
		// "如需取消" followed by the official route, not by a number.
		'【玉山銀行】您申辦之單筆分期 NT$18,000 已核准，分 6 期，首期將列入 12 月帳單。如需取消或提前清償，請透過玉山行動銀行App辦理。',
		// "Don't recognize a charge?" followed by the official app or site.
		"Your Xfinity bill is ready. Amount due: $142.37. Don't recognize a charge? Sign in to the Xfinity app to see your bill details, or call 1-800-934-6489.",
	])('does not flag a genuine notice: %s', (text) => {
		const v = analyze({ text });
		expect(v.level, JSON.stringify(v.signals.map((s) => s.id))).toBe('none');
	});
});
