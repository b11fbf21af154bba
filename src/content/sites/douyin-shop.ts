import { hostIs, type SiteProfile } from './site-profile';

/**
 * Douyin shop: the 飞鸽 customer-service chat (im.jinritemai.com/pc_seller_v2/main/workspace) and the shop's order
 * pages.
 *
 * Markup source: public code found through the code index (a JSDOM test of a 飞鸽 page adapter whose fixture is
 * labelled as the real workspace markup; its repository name is not shown by the index): the chat sits in
 * `main#workspace-chat`, each message is a `div[data-id="message-in"]` or `div[data-id="message-out"]` holding
 * `.leaveMessage.messageNotMe` / `.leaveMessage.messageIsMe` with the text in a `pre`, the other party's name is
 * the first `span` of `#topbar-left-info`, and the reply box is `textarea[data-qa-id="qa-send-message-textarea"]`
 * (the send button `[data-qa-id="qa-send-message-button"]` appears in another public Playwright script). The
 * profile keys on the `data-id` attributes (test hooks, steadier than class names).
 */
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
	message: '[data-id="message-in"], [data-id="message-out"]',
	thread: '#workspace-chat',
	sender: (m) => {
		if (m.getAttribute('data-id') !== 'message-in') return undefined;
		const name = m.ownerDocument.querySelector('#topbar-left-info span')?.textContent?.trim();
		return name ? name.slice(0, 120) : undefined;
	},
};
