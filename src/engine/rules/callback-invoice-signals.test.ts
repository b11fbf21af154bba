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
});
