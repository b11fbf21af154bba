/**
 * Conversation context: the previous messages of the same thread, oldest first, as the engine expects it.
 * A scam is often spread over several messages ("质量问题" ... "三倍赔偿" ... "加微信"); the message that
 * completes the pattern is judged together with what came before it in its thread.
 */

/** The engine scans each context message on every call, so context is kept to the last few messages. */
export const MAX_CONTEXT_MESSAGES = 5;
const MAX_CONTEXT_CHARS = 600;
/** Messages remembered per thread (the oldest fall out; context only needs the last few). */
const MAX_REMEMBERED = 64;

interface Entry {
	el: Element;
	text: string;
}

export class ThreadMemory {
	private readonly threads = new WeakMap<object, Entry[]>();

	/** The texts recorded before `el` in its thread, oldest first, without recording anything. */
	before(thread: object, el: Element): string[] {
		const list = (this.threads.get(thread) ?? []).filter((e) => e.el !== el);
		return list.slice(-MAX_CONTEXT_MESSAGES).map((e) => e.text);
	}

	/** Records `el` in its thread (kept in document order) and returns the texts before it, oldest first. */
	record(thread: object, el: Element, text: string): string[] {
		let list = this.threads.get(thread);
		if (!list) {
			list = [];
			this.threads.set(thread, list);
		}
		const existing = list.findIndex((e) => e.el === el);
		if (existing >= 0) list.splice(existing, 1);
		// Order of judgement stands for document order: the initial pass walks the document in order and chats
		// append. (compareDocumentPosition after each arrival cost an O(siblings) walk: ~5 ms per message in a
		// 9,000-message chat, so it is not used; history prepended later gets slightly wrong context.)
		let i = list.length;
		list.push({ el, text: text.slice(0, MAX_CONTEXT_CHARS) });
		if (list.length > MAX_REMEMBERED) {
			list.shift();
			i -= 1;
		}
		return list.slice(Math.max(0, i - MAX_CONTEXT_MESSAGES), Math.max(0, i)).map((e) => e.text);
	}
}

/**
 * The conversation container of a generic text block: the nearest landmark that usually wraps one conversation
 * or one document (the outermost of: a log/list/feed role, an article, a list, a container named like a chat), else the body.
 * Coarse on purpose: the same key must come out for the first message of a chat as for the tenth, whatever
 * the markup between them.
 */
const GENERIC_THREAD =
	'[role="log"], [role="feed"], [role="list"], [role="listbox"], [role="grid"], [role="application"], ' +
	'[role="main"], article, main, ul, ol, table, [class*="chat" i], [class*="conversation" i], ' +
	'[class*="thread" i], [class*="messages" i], [class*="message-list" i], [class*="msg-list" i], ' +
	'[class*="dialog" i], [id*="chat" i]';

export function genericThreadOf(el: Element): Element {
	// The outermost landmark: row wrappers are often named like their chat ("msg-row" inside "message-list").
	let found: Element | null = null;
	let p = el.parentElement;
	for (let depth = 0; p && depth < 40; depth += 1) {
		const hit: Element | null = p.closest(GENERIC_THREAD);
		if (!hit) break;
		found = hit;
		p = hit.parentElement;
	}
	return found ?? el.ownerDocument.body ?? el.ownerDocument.documentElement;
}
