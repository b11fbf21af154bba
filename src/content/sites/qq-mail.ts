import { hostIs, type SiteProfile } from './site-profile';

/**
 * QQ Mail: classic reading view renders the mail in `#mailContentContainer` (inside `#contentDiv`, often in the
 * same-origin `mainFrame` iframe); the newer web app (wx.mail.qq.com) uses a reading pane container.
 */
export const qqMail: SiteProfile = {
	id: 'qq-mail',
	category: 'webmail',
	matchesHost: (h) => hostIs(h, 'mail.qq.com', 'exmail.qq.com', 'wx.mail.qq.com'),
	role: (url) => (/readmail|read|mail\/detail|#\/?read/.test(url.href) ? 'mail' : 'inbox'),
	message: '#mailContentContainer, .qmbox, [class*="readmail-content"], [class*="mail-detail-content"]',
	sender: (m) => {
		const doc = m.ownerDocument;
		const el = doc.querySelector(
			'#sendermail, .readmail_item_head [e], [class*="sender"] [title], [class*="from"] [title]',
		);
		return (el?.getAttribute('e') || el?.getAttribute('title') || el?.textContent || '').trim() || undefined;
	},
};
