import { type SiteProfile, senderWithin } from './site-profile';

/** Amazon: the Buyer/Seller message centre and order pages, on every national store. */
const AMAZON =
	/(^|\.)amazon\.(com|cn|co\.uk|de|fr|it|es|ca|co\.jp|com\.au|in|com\.mx|com\.br|nl|se|sg|ae|sa|pl|com\.tr)$/;

export const amazon: SiteProfile = {
	id: 'amazon',
	category: 'shops',
	matchesHost: (h) => AMAZON.test(h),
	role: (url) =>
		/\/gp\/message|\/messaging|\/message-center/.test(url.pathname)
			? 'inbox'
			: /order|your-orders|returns/.test(url.pathname)
				? 'order'
				: 'other',
	message:
		'.message-body, [class*="message-body"], [data-test-id*="message"] [class*="body"], #message-content',
	thread: '.message-thread, [class*="thread"], #message-center',
	sender: (m) => senderWithin(m, '[class*="message"]', '[class*="sender"], [class*="from"]'),
};
