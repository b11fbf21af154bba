import { hostIs, type SiteProfile, senderWithin } from './site-profile';

/** JD: 咚咚 web chat (chat / jdcs hosts) and order / after-sales pages. */
export const jd: SiteProfile = {
	id: 'jd',
	category: 'shops',
	matchesHost: (h) => hostIs(h, 'jd.com', 'jd.hk'),
	role: (url) => {
		if (/^(chat|jdcs|dd)\./.test(url.hostname) || /\/chat/.test(url.pathname)) return 'chat';
		if (/afs|refund|after/i.test(url.href)) return 'refund';
		if (/order/i.test(url.href)) return 'order';
		return 'other';
	},
	message:
		'[class*="msg-item"] [class*="msg-text"], [class*="message-item"] [class*="content"], [class*="chat-msg"] [class*="text"]',
	thread: '[class*="msg-list"], [class*="message-list"], [class*="chat-list"]',
	sender: (m) =>
		senderWithin(m, '[class*="msg-item"], [class*="message-item"]', '[class*="name"], [class*="nick"]'),
};
