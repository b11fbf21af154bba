import { hostIs, type SiteProfile, senderWithin } from './site-profile';

/**
 * Taobao / Tmall: the web 旺旺 / 千牛 chat (opened from a shop's "联系客服" link through amos.alicdn.com), and the
 * order and refund pages whose notices carry after-sales messages.
 *
 * Markup source: no public source found for the web 旺旺 chat's message markup; structure generic. (The only
 * public automation script found for it, a Selenium 旺旺 bot, lists its own chat selectors as guesses to be
 * adjusted to the real page.) So the message selector asks for the ARIA chat structure first (a `log` of
 * `listitem`s, as accessible chat widgets are built) and then for one narrow class-word pattern (an element
 * named like a message item holding an element named like its content), which is where the chat's generated
 * class names are most likely to say "message". A page that matches neither is covered by the generic profile:
 * the profile then only decides that these hosts get the full scan, not the cheap first look.
 */
export const taobao: SiteProfile = {
	id: 'taobao',
	category: 'shops',
	matchesHost: (h) =>
		hostIs(h, 'taobao.com', 'tmall.com', 'tmall.hk', 'amos.alicdn.com', 'wangwang.taobao.com'),
	role: (url) => {
		if (/amos\.alicdn\.com|market\.m\.taobao\.com|\/im\/|\/chat|wangwang/.test(url.href)) return 'chat';
		if (/refund|tuikuan|after-?sale/i.test(url.href)) return 'refund';
		if (/order|trade|bought/i.test(url.href)) return 'order';
		return 'other';
	},
	message: [
		'[role="log"] > [role="listitem"]',
		'[class*="message-item"] > [class*="message-content"]',
		'[class*="msg-item"] > [class*="msg-content"]',
	].join(', '),
	thread: '[role="log"], [class*="message-list"], [class*="msg-list"]',
	sender: (m) =>
		senderWithin(
			m,
			'[role="listitem"], [class*="message-item"], [class*="msg-item"]',
			'[class*="nick"], [aria-label][role="heading"]',
		),
};
