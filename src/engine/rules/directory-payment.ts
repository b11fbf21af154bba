import type { BrandEntry } from './directory-types';

const CHECKED = '2026-11-25';

/** Payment services of the mainland. */
export const PAYMENT_BRANDS: readonly BrandEntry[] = [
	{
		id: 'alipay',
		kind: 'payment',
		name: { zh: '支付宝', en: 'Alipay' },
		aliases: ['支付宝', '蚂蚁集团', '花呗', '借呗', '余额宝'],
		domains: ['alipay.com', 'alipayobjects.com', 'antgroup.com', 'alipayhk.com'],
		hotlines: [{ number: '95188', label: '支付宝客服' }],
		keywords: ['alipay', 'zhifubao', 'antgroup'],
		tokens: ['huabei', 'jiebei'],
		source: {
			url: 'https://cs.alipay.com/',
			checked: CHECKED,
			corroboration: ['https://www.xiaoyuxitong.com/windows10/186203.html'],
			note: '95188 is also the number in the field brief (DOMAIN.md). qr.alipay.com payment codes are under alipay.com.',
		},
	},
	{
		id: 'tencent',
		kind: 'payment',
		name: { zh: '微信/微信支付/QQ（腾讯）', en: 'WeChat / WeChat Pay / QQ (Tencent)' },
		aliases: ['微信', '微信支付', '财付通', '腾讯', 'QQ', '腾讯客服', '零钱通', '微粒贷'],
		domains: [
			'qq.com',
			'wechat.com',
			'tenpay.com',
			'tencent.com',
			'gtimg.com',
			'qpic.cn',
			'gtimg.cn',
			'tencentcloud.com',
			'tencentmusic.com',
		],
		hotlines: [
			{ number: '95017', label: '微信支付客服' },
			{ number: '0755-83765566', label: '腾讯客服', unconfirmed: true },
		],
		keywords: ['wechat', 'weixin', 'tenpay', 'tencent', 'wechatpay', 'weilidai'],
		tokens: ['qq'],
		source: {
			url: 'https://kf.qq.com/',
			checked: CHECKED,
			corroboration: [
				'https://www.nctoro.com/a160966',
				'http://zhishi.fsnews.com.cn/nwwd/202510/697791.html',
			],
			note: 'weixin.qq.com (group invites, pay), u.wechat.com and qm.qq.com are under these domains. url.cn is a public shortener run by Tencent and is treated as a shortener, not as official.',
		},
	},
	{
		id: 'unionpay',
		kind: 'payment',
		name: { zh: '中国银联/云闪付', en: 'UnionPay' },
		aliases: ['银联', '中国银联', '云闪付'],
		domains: ['unionpay.com', 'unionpayintl.com', '95516.com'],
		hotlines: [{ number: '95516', label: '银联客服' }],
		keywords: ['unionpay', 'yunshanfu'],
		source: {
			url: 'https://cn.unionpay.com/',
			checked: CHECKED,
			note: '95516.com is the web site of the 云闪付 app.',
		},
	},
];
