/**
 * One MutationObserver per document (the same observer also watches that document's open shadow roots).
 * Its callback does nothing but hand nodes to the queue: no reads of text or layout happen inside it.
 */

export interface ObservedRoots {
	/** Starts watching a document or open shadow root (once); returns false when it was already watched. */
	watch(root: Document | ShadowRoot): boolean;
	/** Every root watched so far that is still connected (documents of removed frames drop out). */
	roots(): (Document | ShadowRoot)[];
	/** Mutation records seen (a cheap counter for benchmarks). */
	readonly records: number;
}

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export function observeRoots(push: (node: Node) => void, signal: AbortSignal): ObservedRoots {
	const observers = new Map<Document, MutationObserver>();
	const watched = new Set<Document | ShadowRoot>();
	let records = 0;

	const callback: MutationCallback = (list) => {
		records += list.length;
		for (const m of list) {
			if (m.type === 'childList') {
				for (const n of m.addedNodes) push(n);
			} else {
				push(m.target);
			}
		}
	};

	signal.addEventListener(
		'abort',
		() => {
			for (const o of observers.values()) o.disconnect();
			observers.clear();
			watched.clear();
		},
		{ once: true },
	);

	return {
		watch(root) {
			if (signal.aborted || watched.has(root)) return false;
			const doc =
				root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : (root as ShadowRoot).ownerDocument;
			let observer = observers.get(doc);
			if (!observer) {
				observer = new MutationObserver(callback);
				observers.set(doc, observer);
			}
			observer.observe(root, OPTIONS);
			watched.add(root);
			return true;
		},
		roots() {
			const out: (Document | ShadowRoot)[] = [];
			for (const r of watched) {
				const alive =
					r.nodeType === Node.DOCUMENT_NODE
						? !!(r as Document).defaultView
						: (r as ShadowRoot).host.isConnected;
				if (alive) out.push(r);
				else watched.delete(r);
			}
			return out;
		},
		get records() {
			return records;
		},
	};
}
