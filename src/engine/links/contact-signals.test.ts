import { describe, expect, it } from 'vitest';
import { contactSignals, urlsInText } from './contact-signals';

const found = (text: string) => contactSignals(text).map((m) => [m.id, m.text]);

describe('contactSignals flags', () => {
	it.each([
		['客服电话 138 1234 5678，请尽快联系', 'contact-mobile', '138 1234 5678'],
		['打这个号13912345678', 'contact-mobile', '13912345678'],
		['手机：+86 186-0000-1234', 'contact-mobile', '+86 186-0000-1234'],
		['联系 1 5 8 1 2 3 4 5 6 7 8', 'contact-mobile', '1 5 8 1 2 3 4 5 6 7 8'],
		['专员电话１３８１２３４５６７８', 'contact-mobile', '１３８１２３４５６７８'],
		['理赔专线 400-123-4567', 'contact-400', '400-123-4567'],
		['请拨打 +63 912 345 6789', 'contact-overseas-risky', '+63 912 345 6789'],
		['来电 +855 12 345 678', 'contact-overseas-risky', '+855 12 345 678'],
		['call +44 20 7946 0958', 'contact-overseas', '+44 20 7946 0958'],
		['Call our billing desk at 1-888-555-0123 to cancel', 'contact-us-tollfree', '1-888-555-0123'],
		['call (877) 555-0199 now', 'contact-us-tollfree', '(877) 555-0199'],
		['请加QQ：123456789处理', 'contact-qq', '123456789'],
		['进QQ群 87654321 办理退款', 'contact-qq', '87654321'],
		['扣扣 1234567', 'contact-qq', '1234567'],
		['ＱＱ：１２３４５６７８', 'contact-qq', '１２３４５６７８'],
		['加我微信：kefu_8899 处理退款', 'contact-wechat', 'kefu_8899'],
		['加VX：refund2024', 'contact-wechat', 'refund2024'],
		['薇信号 lipei-center01', 'contact-wechat', 'lipei-center01'],
		['加v信abc12345', 'contact-wechat', 'abc12345'],
		['微信同号 139-0000-1111', 'contact-wechat', '139-0000-1111'],
		['加我VX13812345678', 'contact-wechat', '13812345678'],
		['Add me on WeChat: kefu_2024', 'contact-wechat', 'kefu_2024'],
		['telegram: @refund_agent', 'contact-telegram', 'refund_agent'],
		['飞机号 refund_desk', 'contact-telegram', 'refund_desk'],
		['t.me/refund_help', 'contact-telegram', 't.me/refund_help'],
		['https://t.me/+AbCdEf123', 'contact-telegram', 'https://t.me/+AbCdEf123'],
		['WhatsApp +855 12 345 678', 'contact-whatsapp', '+855 12 345 678'],
		['wa.me/639123456789', 'contact-whatsapp', 'wa.me/639123456789'],
		['mail refund@example.com', 'contact-email', 'refund@example.com'],
		['write to support@paypal-help.com', 'contact-email-impersonation', 'support@paypal-help.com'],
	])('%s → %s', (text, id, span) => {
		const matches = contactSignals(text);
		const m = matches.find((x) => x.id === id);
		expect(m, JSON.stringify(matches)).toBeDefined();
		expect(m!.text).toBe(span);
		expect(text.slice(m!.start, m!.end)).toBe(span);
		expect(m!.source).toBe('contact');
	});

	it.each([
		['拨打支付宝客服95188', '95188'],
		['京东客服950618', '950618'],
		['反诈专线96110', '96110'],
		['工行95588提醒您', '95588'],
		['中国移动10086', '10086'],
		['唯品会 400-6789-888', '400-6789-888'],
	])('official hotline in %s is benign', (text, span) => {
		expect(found(text)).toEqual([['contact-official-hotline', span]]);
	});
});

describe('contactSignals does not flag', () => {
	it.each([
		'订单号 2024112512345678901 已发货',
		'您的验证码是 384920，5 分钟内有效',
		'退款 128.00 元已原路退回',
		'2026-11-25 14:30 送达',
		'Add me on WeChat support team',
		'微信支付 已到账',
		'QQ音乐会员已开通',
		'Ticket #123456 was resolved',
		'见 https://x.example.com/order/13812345678 页面',
		'',
	])('%s', (text) => {
		expect(found(text).filter(([id]) => id !== 'contact-official-hotline')).toEqual([]);
	});

	it('keeps offsets on the original text with surrogate pairs and invisible characters before', () => {
		const text = '😀😀 客服\u200b电话：138\u200b1234\u200b5678';
		const [m] = contactSignals(text);
		expect(m?.id).toBe('contact-mobile');
		expect(text.slice(m!.start, m!.end)).toBe('138\u200b1234\u200b5678');
	});

	it('caps the matches and stays linear on long input', () => {
		const many = '13812345678 '.repeat(10_000);
		expect(contactSignals(many).length).toBeLessThanOrEqual(32);
		const soup = '1 '.repeat(500_000) + 'qq'.repeat(100_000) + '微信'.repeat(100_000);
		const t0 = performance.now();
		contactSignals(soup);
		contactSignals('a@'.repeat(200_000));
		expect(performance.now() - t0).toBeLessThan(3000);
	});

	it('lists links in text with offsets', () => {
		const text = '点击 https://taobao-refund.xyz/a 办理';
		const [u] = urlsInText(text);
		expect(u?.url).toBe('https://taobao-refund.xyz/a');
		expect(text.slice(u!.start, u!.end)).toBe(u!.url);
	});
});
