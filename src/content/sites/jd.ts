import { hostIs, type SiteProfile, senderWithin } from './site-profile';

/**
 * JD: the 咚咚 web chat (jdcs.jd.com/index.action, opened from an item's "联系客服"; chat.jd.com on older links) and
 * the order / after-sales pages.
 *
 * Markup source: the conversation list of jdcs.jd.com/index.action as read by public code found through the code
 * index (a read-only JD list script "from the 2026-10-08 official page evidence"; its repository name is not shown
 * by the index): one `div.dialog` per conversation with `.dialog-detail-header-name` (the shop or agent),
 * `.dialog-detail-header-right-time` and `.dialog-detail-content-msg` (the last message). For the bubbles of the
 * open conversation no public source was found; structure generic (ARIA `log` / `listitem`), the generic
 * profile covers the rest.
 */
export const jd: SiteProfile = {
	id: 'jd',
	category: 'shops',
	matchesHost: (h) => hostIs(h, 'jd.com', 'jd.hk'),
	role: (url) => {
		if (/^(chat|jdcs|dd)\./.test(url.hostname) || /\/chat/.test(url.pathname)) return 'chat';
		if (/afs|refund|after/i.test(url.href)) return 'refund';
		if (/order/i.test(url.href)) return 'order';
		return 'other';
	},
	message: '.dialog .dialog-detail-content-msg, [role="log"] > [role="listitem"]',
	thread: '[role="log"]',
	sender: (m) => senderWithin(m, '.dialog, [role="listitem"]', '.dialog-detail-header-name'),
};
