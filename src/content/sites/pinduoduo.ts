import { hostIs, type SiteProfile } from './site-profile';

/**
 * Pinduoduo: the buyer web chat (chat_detail.html on the mobile web host) and order pages.
 *
 * Markup source: no public source found for the buyer chat's markup (public Pinduoduo customer-service tools found
 * all work on the merchant side's WebSocket protocol, not on page markup); structure generic. The profile asks
 * only for the ARIA chat structure and otherwise leaves the page to the generic profile; its part is that these
 * pages get the full scan.
 */
export const pinduoduo: SiteProfile = {
	id: 'pinduoduo',
	category: 'shops',
	matchesHost: (h) => hostIs(h, 'pinduoduo.com', 'yangkeduo.com'),
	role: (url) =>
		/chat/.test(url.pathname) ? 'chat' : /order|refund|after/i.test(url.pathname) ? 'order' : 'other',
	message: '[role="log"] > [role="listitem"]',
	thread: '[role="log"]',
};
