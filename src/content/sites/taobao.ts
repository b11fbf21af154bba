import { hostIs, type SiteProfile, senderWithin } from './site-profile';

/**
 * Taobao / Tmall: the web 旺旺 / 千牛 chat (opened from a shop's "联系客服", served from the IM hosts below), and
 * the order and refund pages whose notices carry after-sales messages.
 * The chat's class names are generated and change; the selectors lean on the stable words in them
 * (message, msg, bubble, content) and on the order/refund page containers.
 */
export const taobao: SiteProfile = {
	id: 'taobao',
	category: 'shops',
	matchesHost: (h) =>
		hostIs(h, 'taobao.com', 'tmall.com', 'tmall.hk', 'amos.alicdn.com', 'wangwang.taobao.com'),
	role: (url) => {
		if (/amos\.alicdn\.com|market\.m\.taobao\.com|\/im\/|\/chat|wangwang/.test(url.href)) return 'chat';
		if (/refund|tuikuan|after-?sale/i.test(url.href)) return 'refund';
		if (/order|trade|bought/i.test(url.href)) return 'order';
		return 'other';
	},
	message: [
		'[class*="message-item"] [class*="content"]',
		'[class*="msg-item"] [class*="msg-content"]',
		'[class*="bubble"] [class*="text"]',
		'.refund-msg, .refund-detail .msg, [class*="negotiate"] [class*="content"]',
	].join(', '),
	thread: '[class*="message-list"], [class*="msg-list"], [class*="chat-content"], [class*="negotiate"]',
	sender: (m) =>
		senderWithin(m, '[class*="message-item"], [class*="msg-item"]', '[class*="nick"], [class*="name"]'),
};
