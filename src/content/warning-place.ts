/**
 * Where an inline warning goes for a judged element. The warning is inserted right after the element; that only
 * shows if the element's parent is rendered. Some sites keep a message's text in an element that is not rendered
 * (Amazon's Message Center reads the opened message from `#hidden-message-content`, per the profile's public
 * source, and shows a copy elsewhere): for those the warning goes after the outermost unrendered ancestor, inside
 * the nearest rendered one, where the message's block is on screen.
 */

export interface WarningPlace {
	/** The warning is inserted right after this element (inside a rendered parent). */
	anchor: Element;
	/**
	 * When `anchor` is not the judged element: the rendered block around it that stands for the message on screen.
	 * Other units inside it (the visible copy, read by the generic profile) join this one warning.
	 */
	scope?: Element;
}

/** Ancestors climbed at most (a hidden message is rarely deeper than a few wrappers below a rendered block). */
const MAX_CLIMB = 40;

/** Whether the element has a layout box (checkVisibility where available, else getClientRects). */
export function hasLayoutBox(el: Element): boolean {
	const withCheck = el as Element & { checkVisibility?: () => boolean };
	if (typeof withCheck.checkVisibility === 'function') return withCheck.checkVisibility();
	return typeof el.getClientRects === 'function' ? el.getClientRects().length > 0 : true;
}

/**
 * The place of a warning for `el`, or null when nothing around it is rendered (a hidden frame or a detached
 * tree: a warning there would be invisible too). `messageSelector` (the profile's) keeps the scope to one
 * message: a rendered ancestor holding several messages is no one message's block.
 */
export function warningPlace(el: Element, messageSelector?: string): WarningPlace | null {
	if (hasLayoutBox(el)) return { anchor: el };
	let hidden = el;
	for (let depth = 0; depth < MAX_CLIMB; depth += 1) {
		const parent = hidden.parentElement;
		if (!parent) return null;
		if (hasLayoutBox(parent)) {
			const doc = el.ownerDocument;
			const isPage = parent === doc.body || parent === doc.documentElement;
			const oneMessage = !messageSelector || !holdsAnotherMessage(parent, el, messageSelector);
			return !isPage && oneMessage ? { anchor: hidden, scope: parent } : { anchor: hidden };
		}
		hidden = parent;
	}
	return null;
}

function holdsAnotherMessage(block: Element, el: Element, selector: string): boolean {
	try {
		for (const m of block.querySelectorAll(selector)) {
			if (m !== el && !m.contains(el) && !el.contains(m)) return true;
		}
	} catch {
		// A selector the browser rejects: no scope.
		return true;
	}
	return false;
}
