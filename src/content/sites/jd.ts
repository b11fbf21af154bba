import { hostIs, type SiteProfile, senderWithin } from './site-profile';

/**
 * JD: the 咚咚 web chat (jdcs.jd.com/index.action?pid=<item>, opened from an item's "联系客服"; chat.jd.com on older
 * links) and the order / after-sales pages.
 *
 * Markup source: Ming-Sir-69/ericmingle-jd-mcp, src/jd_lists_dom.py ("from the 2026-10-08 official page evidence")
 * and src/jd_merchant_dom.py: the conversation list is one `div.dialog` per conversation (`.dialog.active` for the
 * open one) with `.dialog-detail-header-name` (the shop or agent), `.dialog-detail-header-right-time` and
 * `.dialog-detail-content-msg` (the last message); the open conversation's messages are `.message--content`; the
 * reply box is `pre.send-textarea[contenteditable]` with the `div.input-field--send-btn` "发送". The sources do not
 * show which messages are one's own, so only the list previews get a sender.
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
	message: '.message--content, .dialog .dialog-detail-content-msg',
	sender: (m) =>
		m.matches('.dialog-detail-content-msg')
			? senderWithin(m, '.dialog', '.dialog-detail-header-name')
			: undefined,
};
