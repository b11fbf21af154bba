/**
 * What a site profile knows about one real site: where its messages, senders and chat bubbles live and what
 * kind of page is open. Profiles only point at elements; reading text, links and images is the scanner's job,
 * so a profile whose selectors no longer match simply finds nothing and the generic profile still covers the page.
 */

/** Which setting (`Settings.scan`) switches a site's scanning. */
export type SiteCategory = 'shops' | 'webmail' | 'messengers';

/** What the open page is, as far as the profile can tell. */
export type PageRole = 'chat' | 'mail' | 'order' | 'refund' | 'inbox' | 'other';

export interface SiteProfile {
	/** Stable id, also the module name in logs. */
	id: string;
	category: SiteCategory;
	/** True for the host names (and the frames) this profile covers. */
	matchesHost: (host: string) => boolean;
	/** What the page is; may read the URL and cheap DOM landmarks. */
	role: (url: URL, doc: Document) => PageRole;
	/**
	 * Selector of one message unit: a chat bubble, a mail body, an order/refund notice. Each match is judged on its
	 * own, with the previous matches of the same thread as context.
	 */
	message: string;
	/** Selector of the conversation container (closest ancestor of a message); the document when absent. */
	thread?: string;
	/** The sender of a message (name, address, shop), when the page shows one. */
	sender?: (message: Element) => string | undefined;
	/**
	 * True for the user's own message (one they sent), by a marker the site's markup has for it. Own messages are
	 * the thread's context for the other party's next messages but are never warned: a buyer quoting or retyping a
	 * scammer's words, or asking "你要我转账到安全账户?", is not the scam. Only a positive marker counts: a profile
	 * whose marker disappears from the site warns on everything again instead of on nothing.
	 */
	isOwn?: (message: Element) => boolean;
	/** Selector of message areas (for link and QR candidates); defaults to the thread/message selectors. */
	area?: string;
}

/** Text of the first element matching `selector` inside the closest `row` of `message`. */
export function senderWithin(message: Element, row: string, selector: string): string | undefined {
	const scope = message.closest(row) ?? message;
	const el = scope.querySelector(selector);
	const text = el?.getAttribute('title') || el?.getAttribute('email') || el?.textContent || '';
	const trimmed = text.trim().slice(0, 120);
	return trimmed || undefined;
}

/** Host equals `domain` or is a subdomain of it. */
export function hostIs(host: string, ...domains: string[]): boolean {
	return domains.some((d) => host === d || host.endsWith(`.${d}`));
}
