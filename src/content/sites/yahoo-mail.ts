import { type SiteProfile, senderWithin } from './site-profile';

/** Yahoo Mail: message bodies carry `data-test-id="message-view-body-content"`. */
export const yahooMail: SiteProfile = {
	id: 'yahoo-mail',
	category: 'webmail',
	matchesHost: (h) => /(^|\.)mail\.yahoo\.(com|co\.jp|co\.uk)$/.test(h),
	role: (url) => (/\/messages\//.test(url.pathname) ? 'mail' : 'inbox'),
	message: '[data-test-id="message-view-body-content"], [data-test-id="message-view-body"]',
	thread: '[data-test-id="message-group-view"], [data-test-id="message-view"]',
	sender: (m) =>
		senderWithin(
			m,
			'[data-test-id="message-view"]',
			'[data-test-id="message-from"] [title], [data-test-id="email-pill"]',
		),
};
