import { hostIs, type SiteProfile } from './site-profile';

/** Outlook on the web (outlook.live.com, outlook.office.com / office365.com): reading pane message bodies. */
export const outlook: SiteProfile = {
	id: 'outlook',
	category: 'webmail',
	matchesHost: (h) => hostIs(h, 'outlook.live.com', 'outlook.office.com', 'outlook.office365.com'),
	role: () => 'inbox',
	message:
		'[aria-label="Message body"], [aria-label="邮件正文"], div[role="document"], [data-app-section="ItemContainer"] [class*="Body"]',
	thread: '[data-app-section="ConversationContainer"], [data-app-section="MailReadCompose"]',
	sender: (m) => {
		const scope =
			m.closest('[data-app-section="ConversationContainer"], [data-app-section="MailReadCompose"]') ??
			m.ownerDocument;
		const el = scope.querySelector('[class*="SenderPersona"], [aria-label^="From"], [aria-label^="发件人"]');
		return (el?.textContent ?? '').trim().slice(0, 120) || undefined;
	},
};
