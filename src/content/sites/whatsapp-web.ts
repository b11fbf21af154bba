import type { SiteProfile } from './site-profile';

/**
 * WhatsApp web: each bubble is `.message-in` / `.message-out`; the text is in `.copyable-text` whose
 * `data-pre-plain-text` reads "[time, date] Sender: ".
 */
export const whatsappWeb: SiteProfile = {
	id: 'whatsapp-web',
	category: 'messengers',
	matchesHost: (h) => h === 'web.whatsapp.com',
	role: () => 'chat',
	message: '.message-in .copyable-text, .message-out .copyable-text',
	thread: '#main, [role="application"]',
	// Public code found through the code index (repository names not shown) reads a bubble whose row is
	// `.message-out` as "You", `.message-in` as "Them"; another notes newer builds may drop both classes (then no
	// message counts as own and every one is judged, as before).
	isOwn: (m) => !!m.closest('.message-out'),
	sender: (m) => {
		const pre = m.closest('[data-pre-plain-text]')?.getAttribute('data-pre-plain-text') ?? '';
		const name = /\]\s*([^:]+):/.exec(pre)?.[1]?.trim();
		return (
			name || m.ownerDocument.querySelector('#main header span[title]')?.getAttribute('title') || undefined
		);
	},
};
