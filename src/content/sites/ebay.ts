import { type SiteProfile, senderWithin } from './site-profile';

/** eBay: My eBay messages (member-to-member and "eBay" messages). */
const EBAY =
	/(^|\.)ebay\.(com|co\.uk|de|fr|it|es|ca|com\.au|at|ch|ie|nl|be|pl|com\.hk|com\.sg|com\.my|ph|in)$/;

export const ebay: SiteProfile = {
	id: 'ebay',
	category: 'shops',
	matchesHost: (h) => EBAY.test(h),
	role: (url) => (/mesg|messages|\/mye\//.test(url.hostname + url.pathname) ? 'inbox' : 'other'),
	message:
		'[class*="message-body"], [class*="msg-body"], .message__content, [data-testid*="message-content"]',
	thread: '[class*="conversation"], [class*="thread"], [class*="messages-list"]',
	sender: (m) =>
		senderWithin(m, '[class*="message"]', '[class*="sender"], [class*="user-name"], [class*="from"]'),
};
