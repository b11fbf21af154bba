import { hostIs, type SiteProfile } from './site-profile';

/**
 * NetEase 163 / 126 / yeah.net mail: the reading view renders the mail body into a same-origin frame.
 *
 * Markup sources:
 * - EdWard0x/PyProject, Scripts/wangyi_mail/mail163_selenium弃用.py (Selenium on mail.163.com): after opening a mail
 *   it switches into the frame with class `oD0` and reads the body from the element with class
 *   `netease_mail_readhtml`.
 * - A 163 mail body saved in public code found through the code index (repository name not shown): the frame's
 *   `<body tabindex="0" role="listitem">` holds `<div id="content" class="netease_mail_readhtml">`; newer bodies
 *   carry `netease_mail_readhtml netease_mail_readhtml_webmail`, the class pair a public mail-encryption extension
 *   for 163/126 looks up inside the reading frame.
 * The scanner walks into that frame and applies this profile there, so the body div is one message. No public
 * source shows the sender's element in the reading header; no sender is read.
 */
export const neteaseMail: SiteProfile = {
	id: 'netease-mail',
	category: 'webmail',
	matchesHost: (h) =>
		hostIs(h, 'mail.163.com', 'mail.126.com', 'mail.yeah.net', 'email.163.com', 'mail.188.com'),
	role: (url) => (/read|js6\/read/.test(url.href) ? 'mail' : 'inbox'),
	message: '.netease_mail_readhtml',
};
