import { type SiteProfile, senderWithin } from './site-profile';

/** Telegram web (K: `.bubble .message`, translatable text; A/Z: `.Message .text-content`). */
export const telegramWeb: SiteProfile = {
	id: 'telegram-web',
	category: 'messengers',
	matchesHost: (h) => /^(web|webk|webz|weba)\.telegram\.org$/.test(h),
	role: () => 'chat',
	message: '.bubble .message, .Message .text-content',
	thread: '.bubbles-inner, .messages-container, .MessageList',
	sender: (m) =>
		senderWithin(m, '.bubble, .Message', '.peer-title, .message-title, .sender-title') ??
		(m.ownerDocument.querySelector('.chat-info .peer-title, .ChatInfo .title')?.textContent?.trim() ||
			undefined),
};
