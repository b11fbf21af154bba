import type { SiteProfile } from './site-profile';

/** Gmail: an opened message body is `.a3s` (`.a3s.aiL`); sender `.gD[email]` in the message header `.adn`. */
export const gmail: SiteProfile = {
	id: 'gmail',
	category: 'webmail',
	matchesHost: (h) => h === 'mail.google.com',
	role: (url) => (/#[^/]+\/[A-Za-z0-9]{16,}/.test(url.hash) ? 'mail' : 'inbox'),
	message: '.a3s',
	thread: '[role="main"] .nH.if, [role="list"]',
	sender: (m) => {
		const el = m.closest('.adn')?.querySelector('.gD[email]') ?? m.ownerDocument.querySelector('.gD[email]');
		return el?.getAttribute('email') || el?.textContent?.trim() || undefined;
	},
};
