import { hostIs, type SiteProfile } from './site-profile';

/**
 * Taobao / Tmall: the web 旺旺 chat (a shop's "联系客服" link goes through amos.alicdn.com to
 * market.m.taobao.com/app/im/chat/index.html, which renders the conversation in the same-origin frame
 * /app/im/chat-core/), and the order and refund pages whose notices carry after-sales messages.
 *
 * Markup source: jackdhch/taobao-order-triage, extension/chat.js (its page-structure note, "2026-09 实测") and its
 * tools/mock-chat-core.html: conversations `.conversation-item > .name` in `.ww_conversation_list`, the open
 * conversation's name in `.ww_header .name`, the message list `.ww_message .rc-scrollbars-view` of
 * `.message-item-line > .message-item` (class `self` on one's own) each holding `.nick`, `.time` and `.content`,
 * text in `.content pre.edit`, files in `.file-msg`, template cards in `.im-template-msg.dx-msg-wrap`, the reply box
 * `.editBox pre.edit[contenteditable="true"]`, the order tab `.ww_tab .order-id`. The scanner walks into the
 * chat-core frame with this profile. A second, unverified pattern (an element named like a message item holding
 * one named like message content) covers older chat pages; anything else is left to the generic profile.
 * Order and refund pages: no public source used; their notices are read by the generic profile, the profile only
 * marks these pages for the full scan.
 */
export const taobao: SiteProfile = {
	id: 'taobao',
	category: 'shops',
	matchesHost: (h) =>
		hostIs(h, 'taobao.com', 'tmall.com', 'tmall.hk', 'amos.alicdn.com', 'wangwang.taobao.com'),
	role: (url) => {
		if (/amos\.alicdn\.com|market\.m\.taobao\.com\/app\/im|\/im\/|\/chat|wangwang/.test(url.href))
			return 'chat';
		if (/refund|tuikuan|after-?sale/i.test(url.href)) return 'refund';
		if (/order|trade|bought/i.test(url.href)) return 'order';
		return 'other';
	},
	message: '.message-item > .content, [class*="message-item"] > [class*="message-content"]',
	thread: '.ww_message, [class*="message-list"]',
	// One's own messages (class `self` on the message item) need no sender; the other party's carry its nick.
	sender: (m) => {
		const item = m.closest('[class*="message-item"]');
		if (!item || item.classList.contains('self')) return undefined;
		const nick = item.querySelector(':scope > .nick, :scope > [class*="nick"]')?.textContent?.trim();
		return nick ? nick.slice(0, 120) : undefined;
	},
	isOwn: (m) => m.closest('[class*="message-item"]')?.classList.contains('self') ?? false,
};
