import type { SiteProfile } from './site-profile';

/** Messenger (messenger.com, facebook.com/messages): rows of the conversation grid, text in `div[dir="auto"]`. */
export const messenger: SiteProfile = {
	id: 'messenger',
	category: 'messengers',
	matchesHost: (h) => h === 'www.messenger.com' || h === 'messenger.com' || h === 'www.facebook.com',
	role: (url) =>
		url.hostname.includes('messenger') || url.pathname.startsWith('/messages') ? 'chat' : 'other',
	message: '[role="main"] [role="row"] div[dir="auto"]',
	thread: '[role="main"] [role="grid"], [role="main"]',
	sender: (m) => m.closest('[role="row"]')?.querySelector('img[alt]')?.getAttribute('alt') || undefined,
};
