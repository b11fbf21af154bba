import type { AnalyzeInput, LinkInput, Verdict } from '../engine/types';
import { linksOf } from './extract-links';
import { BLOCK_TAGS, blockOf, boundedText, DEFAULT_TEXT_CAP, isSkipped } from './extract-text';
import { isHintedEmptyBox, isMediaCandidate, MESSAGE_MEDIA_SELECTOR } from './qr-candidates';
import type { SiteProfile } from './sites/site-profile';
import { genericThreadOf, ThreadMemory } from './thread-context';

/**
 * Finds message units in a subtree and judges each one once. Units come from the site profile (chat bubbles,
 * mail bodies) and, outside those, from the generic profile (text blocks), so a site whose markup changed is
 * still covered. Discovery is an iterator of bounded steps for the time-sliced queue.
 */

/** One judged piece of the page. */
export interface Unit {
	el: Element;
	text: string;
	links: LinkInput[];
	context: string[];
	sender?: string;
	/** Profile id, or 'generic'. */
	via: string;
}

export type Judge = (input: AnalyzeInput) => Verdict | Promise<Verdict>;

/** A step's yield: nothing (end of a bounded piece of work), or a gate the queue waits for (slice-queue.ts). */
export type Step = undefined | Promise<unknown>;

export interface PageScannerOptions {
	profile: SiteProfile | null;
	/** Generic text blocks outside profile messages (off only to measure a profile alone). */
	generic: boolean;
	judge: Judge;
	onVerdict: (unit: Unit, verdict: Verdict) => void;
	/** A same-origin or about:blank frame document or open shadow root found while walking. */
	onSubRoot?: (root: Document | ShadowRoot, frame?: HTMLIFrameElement) => void;
	pageUrl: () => string;
	textCap?: number;
	/** Units judged per page before the scanner stops (a hostile or endless page). */
	maxUnits?: number;
	/** Elements walked per step. */
	batch?: number;
	/** An image, canvas or CSS-background element met in a scanned area (QR candidates). */
	onMedia?: (el: Element) => void;
	/** Calls that failed inside a profile, reported once per profile id. */
	onProfileError?: (profileId: string, error: unknown) => void;
	/**
	 * Before the first judgement: a promise to wait for (the engine's cold start, run in an idle period), or
	 * undefined once it is ready.
	 */
	beforeJudge?: () => Promise<unknown> | undefined;
}

const NO_VERDICT: Verdict = { level: 'none', score: 0, family: null, signals: [], reminders: [] };

/** A profile message may be short ("加我微信"); a generic block that short is a name, a time or a button. */
const MIN_TEXT = 4;
const MIN_GENERIC_TEXT = 8;
/** Element children beyond which a generic block is a container, not a text unit. */
const MAX_GENERIC_CHILDREN = 200;
/** Media elements considered per message unit (a bubble holds one or a few images). */
const MAX_MEDIA_PER_MESSAGE = 8;

export class PageScanner {
	private readonly judged = new WeakMap<Element, string>();
	private readonly memory = new ThreadMemory();
	private readonly textCap: number;
	private readonly maxUnits: number;
	private readonly batch: number;
	private profileBroken = false;
	unitsJudged = 0;
	/** Of those, the user's own messages (context only, never judged). */
	ownMessages = 0;
	judgeMs = 0;

	constructor(private readonly opts: PageScannerOptions) {
		this.textCap = opts.textCap ?? DEFAULT_TEXT_CAP;
		this.maxUnits = opts.maxUnits ?? 20000;
		this.batch = opts.batch ?? 200;
	}

	get budgetLeft(): boolean {
		return this.unitsJudged < this.maxUnits;
	}

	/** The profile's message selector, or null when there is none or it threw once. */
	private get messageSelector(): string | null {
		return this.opts.profile && !this.profileBroken ? this.opts.profile.message : null;
	}

	private profileCall<T>(fn: () => T, fallback: T): T {
		try {
			return fn();
		} catch (error) {
			if (!this.profileBroken && this.opts.profile) this.opts.onProfileError?.(this.opts.profile.id, error);
			this.profileBroken = true;
			return fallback;
		}
	}

	/** Whether a profile message is the user's own (the profile's `isOwn`; false when it has none or threw). */
	isOwn(message: Element): boolean {
		const profile = this.opts.profile;
		if (!profile?.isOwn || this.profileBroken) return false;
		return this.profileCall(() => profile.isOwn!(message), false);
	}

	/** Whether `el` is in (or is) one of the user's own messages. */
	inOwnMessage(el: Element): boolean {
		const host = this.messageOf(el);
		return !!host && this.isOwn(host);
	}

	/** The profile message containing `node`, if any. */
	private messageOf(node: Node): Element | null {
		const sel = this.messageSelector;
		if (!sel) return null;
		const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
		return el ? this.profileCall(() => el.closest(sel), null) : null;
	}

	/** Steps that discover and judge the units in (or around) `node`. */
	*steps(node: Node): Generator<Step> {
		if (!this.budgetLeft) return;
		// Text added inside an existing message or block: judge that unit again (its text changed).
		const host = this.messageOf(node);
		if (host) {
			yield* this.judgeUnit(host, this.opts.profile!.id);
			return;
		}
		if (node.nodeType === Node.TEXT_NODE) {
			// Whitespace added between elements (a chat appending "<div>…</div>\n") changes no one's text.
			if (!(node as Text).data.trim()) return;
			const block = blockOf(node);
			if (block && this.opts.generic) yield* this.judgeGeneric(block);
			return;
		}
		if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_NODE && node.nodeType !== 11)
			return;
		if (node.nodeType === Node.ELEMENT_NODE) {
			const el = node as Element;
			if (isSkipped(el) && el.tagName !== 'IFRAME') return;
			// An inline element added inside a block changes that block's own text.
			if (!BLOCK_TAGS.has(el.tagName.toUpperCase()) && this.opts.generic) {
				const block = blockOf(el.parentNode ?? el);
				if (block && block !== el) yield* this.judgeGeneric(block);
			}
		}
		yield* this.walk(node);
	}

	private *walk(root: Node): Generator<Step> {
		const doc = root.ownerDocument ?? (root as Document);
		const sel = this.messageSelector;
		const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
		let count = 0;
		let el: Element | null =
			root.nodeType === Node.ELEMENT_NODE ? (root as Element) : (walker.nextNode() as Element | null);
		while (el) {
			if (!this.budgetLeft) return;
			count += 1;
			if (count % this.batch === 0) yield;
			let skipChildren = false;
			const tag = el.tagName.toUpperCase();
			if (this.opts.onMedia && (isMediaCandidate(el) || isHintedEmptyBox(el))) this.opts.onMedia(el);
			if (tag === 'IFRAME' || tag === 'FRAME') {
				this.frameFound(el as HTMLIFrameElement);
				skipChildren = true;
			} else if (isSkipped(el)) {
				skipChildren = true;
			} else if (sel && this.profileCall(() => el!.matches(sel), false)) {
				const own = yield* this.judgeUnit(el, this.opts.profile!.id);
				skipChildren = true;
				// An image-only bubble (a QR code) is a message too: its images, canvases and empty boxes that a
				// stylesheet may paint are candidates (bounded per message). Not in the user's own messages: a code
				// they sent is not one sent to them. (The profile is asked once per message: judging asked already,
				// unless the text was too short or unchanged.)
				if (this.opts.onMedia && !(own ?? this.isOwn(el))) {
					let n = 0;
					for (const media of el.querySelectorAll(MESSAGE_MEDIA_SELECTOR)) {
						this.opts.onMedia(media);
						if (++n >= MAX_MEDIA_PER_MESSAGE) break;
					}
				}
			} else if (this.opts.generic && BLOCK_TAGS.has(tag)) {
				yield* this.judgeGeneric(el);
			}
			if (el.shadowRoot) this.opts.onSubRoot?.(el.shadowRoot);
			el = skipChildren ? nextSkippingChildren(walker, el, root) : (walker.nextNode() as Element | null);
		}
	}

	private frameFound(frame: HTMLIFrameElement): void {
		let doc: Document | null = null;
		try {
			doc = frame.contentDocument;
		} catch {
			doc = null;
		}
		if (doc) this.opts.onSubRoot?.(doc, frame);
	}

	private *judgeGeneric(block: Element): Generator<Step> {
		// Text inside a profile message belongs to that message.
		if (this.messageOf(block)) return;
		// A container of many elements (a chat's message list) is not a text block: reading its own text would
		// walk every child (measured: ~30 ms per arriving message in a 9,000-message chat).
		if (block.childElementCount > MAX_GENERIC_CHILDREN) return;
		yield* this.judgeUnit(block, 'generic');
	}

	/** The conversation before an element that is not a text unit (an image message): its thread's last texts. */
	contextFor(el: Element): string[] {
		const sel = this.messageSelector;
		const profile = this.opts.profile;
		const host = sel ? this.profileCall(() => el.closest(sel), null) : null;
		const thread: object =
			(host && profile?.thread && this.profileCall(() => host.closest(profile.thread!), null)) ||
			(host ? el.ownerDocument : genericThreadOf(el));
		return this.memory.before(thread, el);
	}

	/**
	 * Judges one unit (once per text). Returns whether it is the user's own message when that was asked of the
	 * profile here, undefined when it was not (a generic unit, or a text too short or already judged).
	 */
	private *judgeUnit(el: Element, via: string): Generator<Step, boolean | undefined> {
		const generic = via === 'generic';
		const text = boundedText(el, this.textCap, generic);
		if (text.length < (generic ? MIN_GENERIC_TEXT : MIN_TEXT)) return undefined;
		if (this.judged.get(el) === text) return undefined;
		this.judged.set(el, text);
		const profile = generic ? null : this.opts.profile;
		const thread: object =
			(profile?.thread && this.profileCall(() => el.closest(profile.thread!), null)) ||
			(generic ? genericThreadOf(el) : el.ownerDocument);
		const context = this.memory.record(thread, el, text);
		const own = !generic && this.isOwn(el);
		if (own) {
			// The user's own message: kept above as context for the other party's next messages, never judged. A
			// warning it had (the marker arrived after the text) goes.
			this.unitsJudged += 1;
			this.ownMessages += 1;
			this.opts.onVerdict({ el, text, links: [], context, via }, NO_VERDICT);
			yield;
			return true;
		}
		const links = linksOf(el, text);
		const sender = profile?.sender ? this.profileCall(() => profile.sender!(el), undefined) : undefined;
		const unit: Unit = { el, text, links, context, via, ...(sender ? { sender } : {}) };
		const input: AnalyzeInput = { text, links, context, pageUrl: this.opts.pageUrl() };
		const gate = this.opts.beforeJudge?.();
		if (gate) yield gate;
		this.unitsJudged += 1;
		const t0 = performance.now();
		const result = this.opts.judge(input);
		this.judgeMs += performance.now() - t0;
		if (result instanceof Promise) {
			result.then((v) => this.opts.onVerdict(unit, v)).catch(() => {});
		} else {
			this.opts.onVerdict(unit, result);
		}
		yield;
		return generic ? undefined : false;
	}
}

/** Next node in document order after `el`'s subtree, staying inside `root`. */
function nextSkippingChildren(walker: TreeWalker, el: Element, root: Node): Element | null {
	walker.currentNode = el;
	let n: Node | null = el;
	while (n && n !== root) {
		walker.currentNode = n;
		const sib = walker.nextSibling();
		if (sib) return sib as Element;
		n = n.parentNode;
	}
	return null;
}
