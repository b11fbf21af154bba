import { type SiteProfile, senderWithin } from './site-profile';

/**
 * Yahoo Mail: an opened message.
 *
 * Markup sources: ygrygoriychuk/GmailTest, src/main/java/framework/Spam.java (the body is
 * `div[data-test-id="message-view-body-content"]`, the subject `span[data-test-id="message-subject"]`) and
 * will355/email-scam-detection-chrome-ext, providers/yahoo.js (an opened message is `[data-test-id="message-view"]`,
 * its sender `[data-test-id="message-from"]` whose text holds the address). Test ids, not class names: they are
 * kept stable for Yahoo's own tests.
 */
export const yahooMail: SiteProfile = {
	id: 'yahoo-mail',
	category: 'webmail',
	matchesHost: (h) => /(^|\.)mail\.yahoo\.(com|co\.jp|co\.uk)$/.test(h),
	role: (url) => (/\/messages\//.test(url.pathname) ? 'mail' : 'inbox'),
	message: '[data-test-id="message-view-body-content"]',
	thread: '[data-test-id="message-view"]',
	sender: (m) => {
		const from = senderWithin(m, '[data-test-id="message-view"]', '[data-test-id="message-from"]');
		return from?.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/)?.[0] ?? from;
	},
};
