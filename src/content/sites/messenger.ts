import type { SiteProfile } from './site-profile';

/**
 * Messenger (messenger.com, facebook.com/messages).
 *
 * Markup sources:
 * - defurl/conversation-fetcher, scripts/js/v12_adaptive_collector.js (a console collector for an open thread): the
 *   message list is `[data-pagelet="MWInboxDetail_MessageList"]` and each message is a row
 *   `[data-pagelet="MWMessageRow"]`, read whole.
 * - brbavar/katex-for-messenger-web, selector.js: the conversation is `div[role="main"]` labelled "Conversation ...",
 *   its message grid `[aria-label^="Messages in conversation"]`.
 * - A selector list "last verified March 2026" found through the code index (repository name not shown) agrees on
 *   the rows, spells the label "Conversation with <names>" / "Conversation titled <name>", and puts date breaks in
 *   the rows as `div[data-scope="date_break"]`.
 * Pagelet names and ARIA labels, not the generated class names. Markup without pagelets is read as rows of the
 * conversation grid in the main region.
 * One's own rows: the first source's collector calls a row the user's when its text has "You sent" (a label the
 * row carries for screen readers; the English interface only, other languages are not shown by a source). The
 * profile looks for a short element whose whole text is that label, so a message that merely says "you sent" is
 * still the other party's.
 */
export const messenger: SiteProfile = {
	id: 'messenger',
	category: 'messengers',
	matchesHost: (h) => h === 'www.messenger.com' || h === 'messenger.com' || h === 'www.facebook.com',
	role: (url) =>
		url.hostname.includes('messenger') || url.pathname.startsWith('/messages') ? 'chat' : 'other',
	message: '[data-pagelet="MWMessageRow"], [role="main"] [role="grid"] [role="row"]',
	thread:
		'[data-pagelet="MWInboxDetail_MessageList"], [aria-label^="Messages in conversation"], [role="main"] [role="grid"]',
	// The conversation's label names the other party; one's own rows say "You sent" and need no sender.
	sender: (m) => {
		const label = m.closest('[role="main"]')?.getAttribute('aria-label') ?? '';
		const name = /^Conversation (?:with|titled) (.+)$/.exec(label.trim())?.[1];
		return name ? name.slice(0, 120) : undefined;
	},
	isOwn: (m) => {
		let n = 0;
		for (const el of m.querySelectorAll('h1, h2, h3, h4, h5, h6, span, div')) {
			if (++n > 60) break;
			const text = el.textContent;
			if (text && text.length < 16 && text.trim() === 'You sent') return true;
		}
		return false;
	},
};
