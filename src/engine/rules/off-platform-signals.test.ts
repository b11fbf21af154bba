import { describe, expect, it } from 'vitest';
import { analyze } from '../index';

/** Moves off the platform behind a refund or platform story: each must reach at least caution. */
const FLAGS: ReadonlyArray<{ text: string; context?: string[] }> = [
	// The platform "can't" do it, or it is sold as faster, and a chat app in an evaded spelling.
	{ text: '加薇：tk6680，备注退款，给您走快速通道' },
	{ text: '老闆說這筆退款要私下處理，你加我賴 ID kk0921 比較快' },
	{ text: '你好 关于你投诉的破损件 快递公司同意赔付 你加我企鹅 2287710 我发你赔付流程' },
	{ text: '请您私聊我，平台有关键词屏蔽，退款的事私聊说' },
	{ text: '您好，平台这边审核通道关闭了，理赔需要转到线下办理，加一下扣扣 39120456 找王专员' },
	{ text: '親 這邊平台客服系統在維護，退款要到我們官方Telegram頻道辦理 t.me/tw_refund_help' },
	{
		text: 'Your order qualifies for compensation. Our after-sales team handles this via WeChat only, ID: AS_service2025',
	},
	{
		text: 'Hey, this is the seller. Amazon keeps blocking my replies about your refund, can you email me at refunds.helper2025@gmail.com and I will send it directly?',
	},
	// A "service" app to download for the refund.
	{ text: '您好，由于您的订单异常，需要您下载“售后助手”APP进行退款操作，下载地址我发给您' },
	// The lure in an earlier message, the move in this one.
	{
		text: '我们给您做三倍赔偿，这边不方便操作，您方便加个好友吗？我的号是 19876543210（微信同号）',
		context: ['您好，我是店铺售后，您购买的羽绒服检测出质量问题'],
	},
];

/** Friends and genuine services naming a chat app or a group, with no refund or platform story. */
const QUIET: readonly string[] = [
	'那个卖二手自行车的人是我同事，你加他微信 zhang_bike88 直接问吧',
	'周末聚会的群我建好了，你加我微信我拉你进群，我的微信号是 lily_0521',
	'小区业主群二维码过期了，扫这个新的进群，有问题私聊我',
	'公司团建报名请加HR企业微信，扫描海报上的二维码进群。',
	'店家回复：亲，申请售后后我们这边会直接同意退款，退款会原路返回您的支付账户，不需要加任何微信。',
	'我们不会以任何理由要求您添加微信或QQ处理退款，如有人这样联系您，请立即挂断并拨打官方客服。',
	// A relative's call retold to warn others.
	'我妈今天接到一个电话说快递丢了要理赔，让她加QQ，还好她打电话问了我，大家注意了',
];

describe('off-platform signals', () => {
	it.each(FLAGS)('flags %#: $text', ({ text, context }) => {
		const v = analyze(context === undefined ? { text } : { text, context });
		expect(v.level, JSON.stringify(v.signals.map((s) => s.id))).not.toBe('none');
	});
	it.each(QUIET)('does not flag %#: %s', (text) => {
		const v = analyze({ text });
		expect(v.level, JSON.stringify(v.signals.map((s) => s.id))).toBe('none');
	});
});
