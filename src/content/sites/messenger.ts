import type { SiteProfile } from './site-profile';

/**
 * Messenger (messenger.com, facebook.com/messages).
 *
 * Markup source: defurl/conversation-fetcher, scripts/js/v12_adaptive_collector.js (a console collector for an
 * open Messenger thread): the message list is `[data-pagelet="MWInboxDetail_MessageList"]` and each message is a
 * row `[data-pagelet="MWMessageRow"]`, read whole (its text is the message; "You sent" marks one's own). Pagelet
 * names, not the generated class names. Older markup without pagelets is read as rows of the conversation grid in
 * the main region (`[role="main"] [role="grid"] [role="row"]`).
 */
export const messenger: SiteProfile = {
	id: 'messenger',
	category: 'messengers',
	matchesHost: (h) => h === 'www.messenger.com' || h === 'messenger.com' || h === 'www.facebook.com',
	role: (url) =>
		url.hostname.includes('messenger') || url.pathname.startsWith('/messages') ? 'chat' : 'other',
	message: '[data-pagelet="MWMessageRow"], [role="main"] [role="grid"] [role="row"]',
	thread: '[data-pagelet="MWInboxDetail_MessageList"], [role="main"] [role="grid"]',
	sender: (m) => m.querySelector('img[alt]')?.getAttribute('alt')?.trim().slice(0, 120) || undefined,
};
