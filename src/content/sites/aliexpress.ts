import { hostIs, type SiteProfile } from './site-profile';

/**
 * AliExpress: the message centre / seller chat (message.aliexpress.com, msg.aliexpress.com) and order pages.
 *
 * Markup source: PreMiD/Presences, websites/A/AliExpress/presence.ts: the open conversation is
 * `div.message-view` (under `#root`) whose title `div.message-view-title > div.message-view-title__content` names
 * the other party, and the send button is `#buyer_msg_send_btn`. No public source shows the message bubbles
 * inside `.message-view`; structure generic: the profile asks for the ARIA chat structure there and otherwise
 * leaves the bubbles to the generic profile, keeping the conversation (thread) and the other party's name.
 */
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
	message: '.message-view [role="log"] > [role="listitem"]',
	thread: '.message-view',
	sender: (m) => {
		const name = m
			.closest('.message-view')
			?.querySelector('.message-view-title__content')
			?.textContent?.trim();
		return name ? name.slice(0, 120) : undefined;
	},
};
