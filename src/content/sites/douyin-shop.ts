import { hostIs, type SiteProfile, senderWithin } from './site-profile';

/** Douyin shop: the 抖店 / 飞鸽 customer-service chat and the shop's order pages. */
export const douyinShop: SiteProfile = {
	id: 'douyin-shop',
	category: 'shops',
	matchesHost: (h) => hostIs(h, 'jinritemai.com'),
	role: (url) =>
		/^im\.|\/chat|\/im/.test(url.hostname + url.pathname)
			? 'chat'
			: /order/.test(url.pathname)
				? 'order'
				: 'other',
	message:
		'[class*="message-item"] [class*="text"], [class*="msg-bubble"], [class*="chat-message"] [class*="content"]',
	thread: '[class*="message-list"], [class*="msg-list"], [class*="chat-list"]',
	sender: (m) => senderWithin(m, '[class*="message-item"], [class*="chat-message"]', '[class*="name"]'),
};
