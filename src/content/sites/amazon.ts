import type { SiteProfile } from './site-profile';

/**
 * Amazon: the Message Center (/gp/message: Buyer/Seller messages and Amazon's own notices) and the order pages, on
 * every national store.
 *
 * Markup sources:
 * - Message Center: JeanCarlosRothenburg/Testes-de-Software, cypress/e2e/message.spec.cy.js (amazon.com.br): the
 *   inbox table `#inbox_all_tab_content` with one `tr` per message whose preview is `.message-table-row-content`,
 *   and the opened message's subject as an `h3` in `#message-content-title`. A public Selenium script found
 *   through the code index (repository name not shown) opens the inbox with `#message-center-nav-inbox`, clicks a
 *   `.message-table-row-content` and reads the message from `#hidden-message-content`.
 * - Order history: UekiMamoru/ec_invoice_browser_ex, js/amazon/frame.js (`.order-card.js-order-card` on
 *   /your-orders/orders and /gp/css/order-history) and konstk1/web-userscripts, amazon_orders.js (`.order`
 *   boxes). Order cards are not messages: the generic profile reads them, the profile marks the page as an order page.
 */
const AMAZON =
	/(^|\.)amazon\.(com|cn|co\.uk|de|fr|it|es|ca|co\.jp|com\.au|in|com\.mx|com\.br|nl|se|sg|ae|sa|pl|com\.tr|com\.be|eg)$/;

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
	message: '#hidden-message-content, #inbox_all_tab_content .message-table-row-content',
	thread: '#inbox_all_tab_content',
	// No public source shows where the inbox row or the opened message names its sender: no sender is read.
};
