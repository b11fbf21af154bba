import { hostIs, type SiteProfile } from './site-profile';

/**
 * Douyin shop: the 飞鸽 customer-service chat (im.jinritemai.com/pc_seller_v2/main/workspace) and the shop's order
 * pages.
 *
 * Markup sources, all public code found through the code index whose repository names the index does not show:
 * - a 飞鸽 workspace emulator written from "the live DOM snapshot the operator captured": each message is
 *   `div[data-qa-id="qa-message-warpper"].msgItemWrap` (the test id is spelled so) holding a `div[data-id=<message
 *   id>]`; the customer's bubble carries `leaveMessage messageNotMe` (in a `.leaveMessageWrapper`) with the text in
 *   `pre > span`; the agent's own bubbles have no `leaveMessage`; a read mark is
 *   `span[data-qa-id="qa-message-read-mark"]`;
 * - a probe script that waits for `.messageList` or `.msgItemWrap` on the workspace;
 * - a JSDOM test of a 飞鸽 page adapter: the chat in `main#workspace-chat`, the customer's name as the first `span`
 *   of `#topbar-left-info`, the reply box `textarea[data-qa-id="qa-send-message-textarea"]`.
 * - two more pieces of public code found through the code index tell the sides apart by class: a test of a 飞鸽
 *   client's "message sender" reading (`.messageIsMe` the shop's reply, `.messageNotMe` the buyer's question) and a
 *   browser-chat adapter (`messageisme` outbound, `messagenotme` inbound).
 * The profile keys on the test ids (kept for the site's own tests, steadier than the generated class names). The
 * page's user is the shop's agent: their own replies are `.messageIsMe`.
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
	message: '[data-qa-id="qa-message-warpper"], .msgItemWrap',
	thread: '.messageList, #workspace-chat',
	// The customer's messages (messageNotMe) are from the conversation's other party, named in the top bar.
	sender: (m) => {
		if (!m.querySelector('.messageNotMe')) return undefined;
		const name = m.ownerDocument.querySelector('#topbar-left-info span')?.textContent?.trim();
		return name ? name.slice(0, 120) : undefined;
	},
	isOwn: (m) => !!m.querySelector('.messageIsMe') && !m.querySelector('.messageNotMe'),
};
