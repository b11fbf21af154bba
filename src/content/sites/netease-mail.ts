import { hostIs, type SiteProfile } from './site-profile';

/** NetEase 163 / 126 / yeah.net mail: the reading view renders the mail body in a same-origin iframe. */
export const neteaseMail: SiteProfile = {
	id: 'netease-mail',
	category: 'webmail',
	matchesHost: (h) =>
		hostIs(h, 'mail.163.com', 'mail.126.com', 'mail.yeah.net', 'email.163.com', 'mail.188.com'),
	role: (url) => (/read|js6\/read/.test(url.href) ? 'mail' : 'inbox'),
	// Inside the body iframe the mail is the body itself (the iframe document); outside, the reading container.
	message:
		'.netease_mail_readhtml, [id$="_content"] .mail-body, body.netease_mail_readhtml, #content > .mail-content',
	sender: (m) => {
		const el = m.ownerDocument.querySelector('.nui-addr-email, [class*="sender"] [title]');
		return (el?.textContent || el?.getAttribute('title') || '').trim() || undefined;
	},
};
