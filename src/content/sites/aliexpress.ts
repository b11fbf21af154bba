import { hostIs, type SiteProfile, senderWithin } from './site-profile';

/** AliExpress: the message centre / seller chat and order pages. */
export const aliexpress: SiteProfile = {
	id: 'aliexpress',
	category: 'shops',
	matchesHost: (h) => hostIs(h, 'aliexpress.com', 'aliexpress.us', 'aliexpress.ru'),
	role: (url) =>
		/message|chat|im/.test(url.hostname + url.pathname)
			? 'chat'
			: /order/.test(url.pathname)
				? 'order'
				: 'other',
	message:
		'[class*="message-item"] [class*="content"], [class*="msg-text"], [class*="im-message"] [class*="text"]',
	thread: '[class*="message-list"], [class*="msg-list"], [class*="conversation"]',
	sender: (m) => senderWithin(m, '[class*="message-item"], [class*="im-message"]', '[class*="name"]'),
};
