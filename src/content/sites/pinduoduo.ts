import { hostIs, type SiteProfile } from './site-profile';

/**
 * Pinduoduo: the buyer web chat (chat_detail.html on the mobile web host) and order pages.
 *
 * Markup source: public code found through the code index (a chrome-remote-interface script that opens
 * mobile.yangkeduo.com/chat_detail.html?mall_id=... to read a shop's courier from its robot reply; repository name
 * not shown by the index): each message is a `div.chat-detail-item` holding a `.chat-item-box`, the buyer's own
 * boxes carry the class `self`; a shop's robot reply is marked by a `.robot-auto-reply` element beside its text and
 * offers `.ques` questions. The profile reads each `.chat-item-box` (the buyer's own ones are context too).
 */
export const pinduoduo: SiteProfile = {
	id: 'pinduoduo',
	category: 'shops',
	matchesHost: (h) => hostIs(h, 'pinduoduo.com', 'yangkeduo.com'),
	role: (url) =>
		/chat/.test(url.pathname) ? 'chat' : /order|refund|after/i.test(url.pathname) ? 'order' : 'other',
	message: '.chat-detail-item > .chat-item-box',
};
