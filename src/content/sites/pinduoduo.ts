import { hostIs, type SiteProfile, senderWithin } from './site-profile';

/** Pinduoduo: the buyer web chat (chat_detail on the mobile web host) and order pages. */
export const pinduoduo: SiteProfile = {
	id: 'pinduoduo',
	category: 'shops',
	matchesHost: (h) => hostIs(h, 'pinduoduo.com', 'yangkeduo.com'),
	role: (url) =>
		/chat/.test(url.pathname) ? 'chat' : /order|refund|after/i.test(url.pathname) ? 'order' : 'other',
	message: '[class*="msg-content"], [class*="message-content"], [class*="chat-item"] [class*="text"]',
	thread: '[class*="msg-list"], [class*="message-list"], [class*="chat-list"]',
	sender: (m) => senderWithin(m, '[class*="chat-item"], [class*="msg-item"]', '[class*="name"]'),
};
