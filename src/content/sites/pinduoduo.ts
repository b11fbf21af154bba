import { hostIs, type SiteProfile } from './site-profile';

/**
 * Pinduoduo: the buyer web chat (mobile.yangkeduo.com/chat_detail.html?goods_id=...&mall_sn=...) and order pages.
 *
 * Markup sources:
 * - Ming-Sir-69/ericmingle-pinduoduo-mcp, src/merchant_dom.py ("conversation evidence" of 2026-10-08): the messages
 *   are the children of `div.list-container.chat-msg-provider`, the reply box `textarea.input-content`, the send
 *   button `div.chat-input-provider > div.text-container > div.send-button`.
 * - Public code found through the code index (a chrome-remote-interface script reading a shop's robot reply on
 *   chat_detail.html; repository name not shown): each message a `div.chat-detail-item` holding a `.chat-item-box`,
 *   class `self` on the buyer's own; a robot reply marked by `.robot-auto-reply` with `.ques` questions.
 * The profile reads each `.chat-item-box` (named by the second source; "children of the list" would also take in
 * whatever a page or an extension inserts between messages) within the list container of the first.
 */
export const pinduoduo: SiteProfile = {
	id: 'pinduoduo',
	category: 'shops',
	matchesHost: (h) => hostIs(h, 'pinduoduo.com', 'yangkeduo.com'),
	role: (url) =>
		/chat/.test(url.pathname) ? 'chat' : /order|refund|after/i.test(url.pathname) ? 'order' : 'other',
	message: '.chat-detail-item > .chat-item-box',
	thread: '.chat-msg-provider',
	// The second source skips the buyer's own messages as `.chat-item-box:not(.self)`.
	isOwn: (m) => m.classList.contains('self'),
};
