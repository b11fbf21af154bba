import type { FamilyId, Locale, Match, Verdict } from '../engine/types';
import type { FindingReport } from '../shared/findings';
import { isAllowed, type Settings } from '../shared/settings';
import type { Escalation, WarningHandle } from '../warn/types';
import type { BackgroundPort } from './background-port';
import { boundedText } from './extract-text';
import { classifyFields, SENSITIVE_KINDS } from './form-fields';
import { type BatchJob, FrameBatch } from './frame-batch';
import { pageFacts } from './page-facts';
import { type PageKind, pageKinds, REFUND_TALK, SERVICE_TALK, sensitiveKinds } from './page-kind';
import { observeRoots } from './page-observer';
import { type Judge, PageScanner, type Step, type Unit } from './page-scanner';
import { QrWatcher } from './qr-candidates';
import type { SiteProfile } from './sites/site-profile';
import { SliceQueue } from './slice-queue';
import type { WarnUi } from './warn-port';
import { hasLayoutBox, type WarningPlace, warningPlace } from './warning-place';

/**
 * One document's scanning: the shared observer, the time-sliced queue, the scanner, the page-level guards
 * (fake refund form, transfer/loan/remote-tool page after a scam contact) and the hand-off of findings to the
 * warning UI and the background.
 *
 * Depth: with a site profile (or once escalated) every message unit is judged ("full"); otherwise only a cheap
 * first look runs ("light") and new content is checked for refund / customer-service words or payment forms,
 * which switch the page to full.
 */

export interface SessionOptions {
	doc: Document;
	profile: SiteProfile | null;
	/** Full scan from the start (a known site), else the light first look. */
	full: boolean;
	settings: Settings;
	locale: Locale;
	judge: Judge;
	isOfficialHost: (host: string) => boolean;
	warn: WarnUi;
	bg: BackgroundPort;
	signal: AbortSignal;
	log: (module: string, error: unknown) => void;
	/** QR candidates are watched (off in unit tests without IntersectionObserver). */
	qr?: boolean;
	/** Called after each work slice with its duration (the cost counters). */
	onSlice?: (ms: number) => void;
	/** The engine's warm-up before the first judgement (engine-port.ts): a promise of its duration, or undefined. */
	beforeJudge?: () => Promise<number[]> | undefined;
}

const LIGHT_SAMPLE_CHARS = 1500;
/** The background keeps at most 500 findings per frame; so does the memory for `reportAgain`. */
const MAX_REMEMBERED_REPORTS = 500;
/** Blocks of unrendered messages remembered for joining their visible copies (the latest ones matter). */
const MAX_SCOPES = 100;

export class PageSession {
	readonly queue: SliceQueue;
	readonly scanner: PageScanner;
	readonly qr: QrWatcher | null;
	private readonly roots;
	private full: boolean;
	private readonly ids = new WeakMap<Element, string>();
	private readonly byId = new Map<string, WeakRef<Element>>();
	private readonly handles = new WeakMap<Element, WarningHandle>();
	/** Elements with a warning (or its removal) waiting in the batch, and how many. */
	private readonly placing = new WeakMap<Element, number>();
	/** Placing and mounting warnings, once per frame, outside the queue's steps. */
	readonly batch: FrameBatch;
	/** What a batch run has to tell the background, sent at its end (`flushOutbox`). */
	private outbox: {
		findings: Map<string, FindingReport>;
		removed: Set<string>;
		contact: { family: FamilyId; level: 'caution' | 'danger'; what: string } | null;
	} = { findings: new Map(), removed: new Set(), contact: null };
	private nextId = 1;
	private pageChecked = false;
	private pageCheckScheduled = false;
	private bannerShown = false;
	private settings: Settings;
	private readonly site: string;
	/** Warnings this session put on the page (inline, banner, field), for the local counters. */
	warningsShown = 0;
	/** The engine's cold start when this session waited for it (ms; outside the queue's slices). */
	engineWarmMs = 0;
	/** The last report per element, to send again when the page returns from the back/forward cache. */
	private readonly reported = new Map<string, FindingReport>();
	/** Its stages (ms), each an idle task of its own. */
	engineWarmStagesMs: number[] = [];
	/** Units judged when the warm-up finished (0: it came first, as it should); -1 until then. */
	unitsJudgedWhenWarm = -1;
	/** Blocks standing for unrendered messages (warning-place.ts), with the message's element id. */
	private readonly scopes: { scope: WeakRef<Element>; id: string }[] = [];

	constructor(private readonly o: SessionOptions) {
		this.full = o.full;
		this.settings = o.settings;
		this.site = o.doc.location?.hostname ?? '';
		const profile = o.profile;
		const area = profile ? [profile.message, profile.thread, profile.area].filter(Boolean).join(', ') : '';
		this.qr =
			o.qr === false || typeof IntersectionObserver !== 'function'
				? null
				: new QrWatcher({
						signal: o.signal,
						inMessageArea: (el) => !!area && !!el.closest(area),
						decode: (req) => o.bg.decodeQr(req),
						onPayloads: (el, payloads) => void this.onQr(el, payloads),
					});
		this.scanner = new PageScanner({
			onMedia: this.qr ? (el) => this.qr?.consider(el) : undefined,
			profile: o.profile,
			generic: true,
			judge: o.judge,
			onVerdict: (unit, verdict) => this.onVerdict(unit, verdict),
			onSubRoot: (root, frame) => this.addRoot(root, frame),
			pageUrl: () => o.doc.location?.href ?? '',
			onProfileError: (id, e) => o.log(`sites/${id}`, e),
			beforeJudge: () => this.warmUp(),
		});
		this.queue = new SliceQueue({
			doc: o.doc,
			signal: o.signal,
			process: (node) => this.process(node),
			rescanRoots: () => this.roots.roots(),
			...(o.onSlice ? { onSlice: o.onSlice } : {}),
		});
		this.batch = new FrameBatch({
			doc: o.doc,
			signal: o.signal,
			afterWrites: () => this.flushOutbox(),
			...(o.onSlice ? { onRun: o.onSlice } : {}),
		});
		this.roots = observeRoots((n) => this.queue.push(n), o.signal);
		this.roots.watch(o.doc);
	}

	/** The engine's warm-up to wait for before a judgement, or undefined when it is ready. */
	private warmUp(): Promise<unknown> | undefined {
		const warming = this.o.beforeJudge?.();
		return warming?.then((stages) => {
			this.engineWarmStagesMs = stages;
			this.engineWarmMs = stages.reduce((a, b) => a + b, 0);
			if (this.unitsJudgedWhenWarm === -1) this.unitsJudgedWhenWarm = this.scanner.unitsJudged;
		});
	}

	/** The site profile in use, or 'generic'. */
	get profileId(): string {
		return this.o.profile?.id ?? 'generic';
	}

	get isFull(): boolean {
		return this.full;
	}

	/** Queues the initial pass (runs once the tab is visible). */
	start(): void {
		this.queue.requestRescan();
		this.schedulePageCheck();
	}

	updateSettings(settings: Settings): void {
		this.settings = settings;
	}

	private addRoot(root: Document | ShadowRoot, frame?: HTMLIFrameElement): void {
		if (this.roots.watch(root)) this.queue.push(root);
		if (frame && !this.ids.has(frame)) {
			// A frame that navigates (webmail loading the next mail) gets a new document: watch that one too.
			this.ids.set(frame, '');
			frame.addEventListener(
				'load',
				() => {
					this.dropGoneFindings();
					try {
						const d = frame.contentDocument;
						if (d) this.addRoot(d);
					} catch {
						// Became cross-origin: its own content script instance covers it.
					}
				},
				{ signal: this.o.signal },
			);
		}
	}

	/**
	 * A same-origin frame scanned from here loaded new content: the findings of elements in its old document (a
	 * document without a window now), or of elements gone from a frame document rewritten in place
	 * (`document.open()`/`write()`, as webmail shows the next mail in an about:blank frame), leave the tab's
	 * findings. Elements removed from this session's own document keep theirs (chats re-render and virtual lists
	 * drop messages scrolled away).
	 */
	private dropGoneFindings(): void {
		const removed: string[] = [];
		for (const [id, ref] of this.byId) {
			const el = ref.deref();
			if (el?.ownerDocument.defaultView && (el.isConnected || el.ownerDocument === this.o.doc)) continue;
			this.byId.delete(id);
			this.reported.delete(id);
			removed.push(id);
		}
		if (removed.length > 0) this.sendRemoved(removed);
	}

	/**
	 * Sends one finding to the background and remembers it (the last state per element) for `reportAgain`. Inside a
	 * run of the warning batch it waits in the outbox: one message for all the warnings of a frame.
	 */
	private send(finding: FindingReport): void {
		if (this.reported.size < MAX_REMEMBERED_REPORTS || this.reported.has(finding.elementId)) {
			this.reported.set(finding.elementId, finding);
		}
		if (!this.batch.running) {
			void this.o.bg.report([finding]);
			return;
		}
		this.outbox.removed.delete(finding.elementId);
		this.outbox.findings.set(finding.elementId, finding);
	}

	/** Findings that leave the tab (see `send` for the outbox). */
	private sendRemoved(ids: string[]): void {
		if (!this.batch.running) {
			void this.o.bg.report([], ids);
			return;
		}
		for (const id of ids) {
			this.outbox.findings.delete(id);
			this.outbox.removed.add(id);
		}
	}

	/**
	 * The scam contact for the background's memory (a transfer page later is escalated). Of one batch's warnings
	 * one is sent: the last danger, else the last caution, which is the one the background would pick from them
	 * (`latestContact`).
	 */
	private sendContact(family: FamilyId, level: 'caution' | 'danger', what: string): void {
		if (!this.batch.running) {
			void this.o.bg.recordContact(family, level, what);
			return;
		}
		if (level === 'danger' || this.outbox.contact?.level !== 'danger')
			this.outbox.contact = { family, level, what };
	}

	/** The end of a batch run: its findings, removals and contact go in one message each. */
	private flushOutbox(): void {
		const { findings, removed, contact } = this.outbox;
		if (findings.size > 0 || removed.size > 0) void this.o.bg.report([...findings.values()], [...removed]);
		if (contact) void this.o.bg.recordContact(contact.family, contact.level, contact.what);
		this.outbox = { findings: new Map(), removed: new Set(), contact: null };
	}

	/**
	 * Sends every finding of this session again: the page came back from the back/forward cache with its warnings
	 * on it, while the tab's findings were reset when it was left (the badge and the popup would show nothing).
	 */
	/**
	 * This sub-frame's document is going away for good (its frame removed or navigated): its findings leave the
	 * tab. Best effort: the message is sent while the document unloads.
	 */
	reportGone(): void {
		if (this.reported.size === 0) return;
		void this.o.bg.report([], [...this.reported.keys()]);
		this.reported.clear();
	}

	reportAgain(): void {
		if (this.o.signal.aborted || this.reported.size === 0) return;
		void this.o.bg.report([...this.reported.values()]);
	}

	private *process(node: Node): Generator<Step> {
		if (this.full) {
			yield* this.scanner.steps(node);
			if (node.nodeType === Node.ELEMENT_NODE && (node as Element).querySelector?.('input, textarea')) {
				this.schedulePageCheck();
			}
			return;
		}
		// Light mode: a bounded look at what arrived, for the words and fields that justify a full scan.
		if (node.nodeType === Node.DOCUMENT_NODE) {
			// A (frame) document: its first look, and its same-origin frames (webmail bodies live there).
			const doc = node as Document;
			this.lightFrames(doc);
			if (doc !== this.o.doc && doc.body) {
				const facts = pageFacts(doc);
				if (REFUND_TALK.test(facts.text) || SERVICE_TALK.test(facts.text) || asksForMoney(pageKinds(facts))) {
					this.escalate();
				}
			}
			yield;
			return;
		}
		const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
		if (!el) return;
		if (el.tagName === 'IFRAME' || el.querySelector?.('iframe')) this.lightFrames(el);
		const text = boundedText(el, LIGHT_SAMPLE_CHARS);
		const hasForm = !!el.querySelector?.('input, textarea') || el.matches?.('input, textarea');
		if (REFUND_TALK.test(text) || SERVICE_TALK.test(text)) this.escalate();
		if (hasForm) this.schedulePageCheck();
		yield;
	}

	/** Same-origin and about:blank frames under `root`, watched so their content gets the first look too. */
	private lightFrames(root: ParentNode & Node): void {
		const frames: Element[] =
			root.nodeType === Node.ELEMENT_NODE && (root as Element).tagName === 'IFRAME' ? [root as Element] : [];
		for (const f of root.querySelectorAll('iframe')) {
			frames.push(f);
			if (frames.length >= 20) break;
		}
		for (const f of frames) {
			let doc: Document | null = null;
			try {
				doc = (f as HTMLIFrameElement).contentDocument;
			} catch {
				doc = null;
			}
			if (doc) this.addRoot(doc, f as HTMLIFrameElement);
		}
	}

	/** Light -> full: the page talks refund / customer service or asks for payment data. */
	escalate(): void {
		if (this.full) return;
		this.full = true;
		this.queue.requestRescan();
	}

	private schedulePageCheck(): void {
		if (this.pageCheckScheduled || this.o.signal.aborted) return;
		this.pageCheckScheduled = true;
		// After the current slices: the page check reads the whole page's fields once.
		setTimeout(() => {
			this.pageCheckScheduled = false;
			if (this.o.doc.hidden) {
				this.o.doc.addEventListener('visibilitychange', () => this.schedulePageCheck(), {
					once: true,
					signal: this.o.signal,
				});
				return;
			}
			void this.checkPage().catch((e) => this.o.log('content/page-check', e));
		}, 50);
	}

	/** The page-level guards: fake refund form, and transfer/loan/remote-tool pages after a scam contact. */
	private async checkPage(): Promise<void> {
		const doc = this.o.doc;
		if (!doc.body || this.bannerShown) return;
		const facts = pageFacts(doc);
		const kinds = pageKinds(facts);
		if (
			!this.full &&
			(REFUND_TALK.test(facts.text) || SERVICE_TALK.test(facts.text) || asksForMoney(kinds))
		) {
			this.escalate();
		}
		this.pageChecked = true;
		if (kinds.includes('refund-form') && !this.o.isOfficialHost(this.site)) {
			this.showRefundFormDanger(facts.text);
			return;
		}
		const risky = kinds.filter((k): k is Exclude<PageKind, 'refund-form'> => k !== 'refund-form');
		if (risky.length === 0) return;
		const contact = await this.o.bg.recentContact();
		if (!contact || this.o.signal.aborted || this.bannerShown) return;
		const kind = risky[0]!;
		const family: FamilyId = kind === 'remote-download' ? 'remote-control' : contact.family;
		const signals: Match[] = [
			pageSignal(`page.${kind}`, family, kindLabel(kind)),
			pageSignal('contact.recent', contact.family, contact.what || contact.site),
		];
		const verdict: Verdict = {
			level: 'danger',
			score: 95,
			family,
			signals,
			reminders: ['never-transfer-stranger', 'no-transfer-for-refund', 'emergency-contacts'],
		};
		const escalation: Escalation = {
			family: contact.family,
			site: contact.site,
			at: contact.at,
			pageKind: kind,
		};
		this.showBanner(verdict, facts.text, escalation);
	}

	private showRefundFormDanger(text: string): void {
		const fields = classifyFields(this.o.doc.body);
		const kinds = sensitiveKinds(fields);
		const lure = REFUND_TALK.exec(text)?.[0] ?? '';
		const verdict: Verdict = {
			level: 'danger',
			score: 90,
			family: 'fake-refund-page',
			signals: [
				pageSignal('page.refund-talk', 'fake-refund-page', lure),
				...kinds.map((k) => pageSignal(`form.${k}`, 'credential-harvest', k)),
				pageSignal('page.unofficial-domain', 'fake-refund-page', this.site),
			],
			reminders: ['never-share-codes', 'no-unknown-links-qr', 'verify-via-platform'],
		};
		this.showBanner(verdict, text);
		void this.o.bg.recordContact('fake-refund-page', 'danger', `${lure} @ ${this.site}`);
		this.guardFields(verdict, text);
	}

	/** A second warning the moment a sensitive field gets focus, before anything is typed. */
	private guardFields(verdict: Verdict, text: string): void {
		const shown = new WeakSet<Element>();
		this.o.doc.addEventListener(
			'focusin',
			(event) => {
				const target = event.target as Element | null;
				if (!target || shown.has(target) || !target.matches?.('input, textarea, select')) return;
				const field = classifyFields(target.parentElement ?? this.o.doc).find((f) => f.el === target);
				if (!field || !SENSITIVE_KINDS.has(field.kind)) return;
				shown.add(target);
				const elementId = this.idOf(target);
				const handle = this.o.warn.field(target, {
					verdict,
					input: { text, pageUrl: this.o.doc.location.href },
					locale: this.o.locale,
					signal: this.o.signal,
					elementId,
					fieldKind: fieldKindForWarn(field.kind),
				});
				if (handle.state === 'shown') this.warningsShown += 1;
				this.send(this.report(elementId, 'field', verdict, text));
			},
			{ capture: true, signal: this.o.signal },
		);
	}

	private showBanner(verdict: Verdict, text: string, escalation?: Escalation): void {
		if (this.bannerShown) return;
		this.bannerShown = true;
		const handle = this.o.warn.banner({
			verdict,
			input: { text: text.slice(0, 2000), pageUrl: this.o.doc.location.href },
			locale: this.o.locale,
			signal: this.o.signal,
			elementId: 'page',
			document: this.o.doc,
			...(escalation ? { escalation } : {}),
		});
		if (handle.state === 'shown') this.warningsShown += 1;
		this.send(this.report('page', 'page', verdict, text));
	}

	private idOf(el: Element): string {
		let id = this.ids.get(el);
		if (!id) {
			id = `e${this.nextId++}`;
			this.ids.set(el, id);
			this.byId.set(id, new WeakRef(el));
		}
		return id;
	}

	private report(elementId: string, kind: FindingReport['kind'], v: Verdict, text: string, sender?: string) {
		const r: FindingReport = {
			elementId,
			kind,
			level: v.level === 'danger' ? 'danger' : 'caution',
			family: v.family,
			score: v.score,
			signals: v.signals
				.slice(0, 24)
				.map((s) => ({ id: s.id, family: s.family, text: s.text.slice(0, 200) })),
			reminders: v.reminders,
			excerpt: text.slice(0, 280),
			at: Date.now(),
		};
		if (sender) r.sender = sender;
		return r;
	}

	/** A decoded QR code: judged with the words around the image and the page it is on. */
	private async onQr(el: Element, payloads: string[]): Promise<void> {
		await this.warmUp();
		// A code in the user's own message is one they sent, not one sent to them.
		if (this.o.signal.aborted || this.scanner.inOwnMessage(el)) return;
		const near = boundedText(el.parentElement?.parentElement ?? el, 800);
		const context = this.scanner.contextFor(el);
		const verdict = this.o.judge({ qr: payloads, text: near, context, pageUrl: this.o.doc.location.href });
		const apply = (v: Verdict) => this.onVerdict({ el, text: near, links: [], context, via: 'qr' }, v);
		if (verdict instanceof Promise) void verdict.then(apply);
		else apply(verdict);
	}

	/**
	 * A verdict from a step (or a decoded QR code). Where its warning goes is read, and the warning mounted, in the
	 * next frame together with the other warnings decided meanwhile (frame-batch.ts): a read between two mounts
	 * would make the browser recalculate the styles of the whole page inside our step.
	 */
	private onVerdict(unit: Unit, verdict: Verdict): void {
		if (this.o.signal.aborted) return;
		const el = unit.el;
		if (verdict.level === 'none') {
			// The text changed and no longer warrants a warning (an edited message): its warning goes, after any
			// still on its way to the page.
			if (this.handles.has(el) || this.placing.has(el)) this.later(el, () => () => this.unwarn(el));
			return;
		}
		if (isAllowed(this.settings, this.site, unit.sender ?? '')) return;
		this.later(el, () => {
			const place = this.placeOf(unit);
			return place ? () => this.warnAt(unit, verdict, place) : undefined;
		});
	}

	/** Runs `job` (a read returning its write) in the next frame's batch; the queue is not idle until it ran. */
	private later(el: Element, job: BatchJob): void {
		this.placing.set(el, (this.placing.get(el) ?? 0) + 1);
		const done = () => {
			const left = (this.placing.get(el) ?? 1) - 1;
			if (left > 0) this.placing.set(el, left);
			else this.placing.delete(el);
		};
		const run = this.batch.add(() => {
			let write: (() => void) | undefined;
			try {
				write = job();
			} finally {
				if (!write) done();
			}
			const then = write;
			return then
				? () => {
						done();
						then();
					}
				: undefined;
		});
		this.queue.defer(run);
	}

	/**
	 * The read: where the warning goes. Hidden text of a generic block (collapsed quotes, templates) is not what
	 * the user reads. A site profile's message is the message even when its element is not rendered (a copy is
	 * shown elsewhere): its warning goes where its block is on screen.
	 */
	private placeOf(unit: Unit): WarningPlace | null {
		if (unit.via === 'generic' && !hasLayoutBox(unit.el)) return null;
		return warningPlace(unit.el, this.o.profile?.message);
	}

	private unwarn(el: Element): void {
		const existing = this.handles.get(el);
		if (!existing) return;
		existing.remove();
		this.handles.delete(el);
	}

	/** The write: mounts (or updates) the warning at its place and reports the finding. */
	private warnAt(unit: Unit, verdict: Verdict, place: WarningPlace): void {
		if (this.o.signal.aborted) return;
		const existing = this.handles.get(unit.el);
		const elementId = this.idOf(unit.el);
		// One message, one finding: a unit inside the block of an unrendered message (its visible copy) joins that
		// message's warning (mount.tsx) and is not reported besides it.
		const covered = this.coveringScope(unit.el, elementId);
		if (place.scope) this.addScope(place.scope, elementId);
		const input = {
			text: unit.text,
			links: unit.links,
			context: unit.context,
			pageUrl: this.o.doc.location.href,
		};
		if (existing && existing.state === 'shown') {
			existing.update({ verdict, input });
		} else if (!existing) {
			const handle = this.o.warn.inline({
				anchor: place.anchor,
				textRoot: unit.el,
				...(place.scope ? { scope: place.scope } : {}),
				verdict,
				input,
				locale: this.o.locale,
				signal: this.o.signal,
				elementId,
				...(unit.sender ? { sender: unit.sender } : {}),
			});
			this.handles.set(unit.el, handle);
			// A warning dismissed before or marked fine comes back as an inert handle: not shown, not counted.
			if (handle.state === 'shown') this.warningsShown += 1;
		}
		if (!covered) this.send(this.report(elementId, 'message', verdict, unit.text, unit.sender));
		const what = verdict.signals[0]?.text || unit.text.slice(0, 80);
		if (verdict.family) {
			this.sendContact(verdict.family, verdict.level === 'danger' ? 'danger' : 'caution', what);
		}
	}

	/** Whether `el` lies in the block of another unit's unrendered message (see `warningPlace`). */
	private coveringScope(el: Element, elementId: string): boolean {
		return this.scopes.some((s) => s.id !== elementId && !!s.scope.deref()?.contains(el));
	}

	/**
	 * Records the block of an unrendered message; findings already reported for units inside it (its visible copy,
	 * judged first) leave the tab's findings: their warning is now this message's.
	 */
	private addScope(scope: Element, elementId: string): void {
		if (this.scopes.some((s) => s.id === elementId)) return;
		this.scopes.push({ scope: new WeakRef(scope), id: elementId });
		if (this.scopes.length > MAX_SCOPES) this.scopes.shift();
		const inside: string[] = [];
		for (const id of this.reported.keys()) {
			const el = id === elementId ? null : this.byId.get(id)?.deref();
			if (el && scope.contains(el)) inside.push(id);
		}
		for (const id of inside) this.reported.delete(id);
		if (inside.length > 0) this.sendRemoved(inside);
	}

	/** Scrolls a warned element into view and flashes it (the popup's "show me"). */
	reveal(elementId: string): boolean {
		const found = this.byId.get(elementId)?.deref();
		if (!found?.isConnected) return false;
		// An element without a layout box cannot be scrolled to: its warning's place can.
		const el = warningPlace(found)?.scope ?? warningPlace(found)?.anchor ?? found;
		el.scrollIntoView({ block: 'center', behavior: 'smooth' });
		// A flash through the Web Animations API: no style or attribute is left on the page's element.
		(el as HTMLElement).animate?.(
			[
				{ outline: '3px solid #d93025', outlineOffset: '2px' },
				{ outline: '3px solid transparent', outlineOffset: '2px' },
			],
			{ duration: 1600, iterations: 1 },
		);
		return true;
	}

	/** For tests and benchmarks: whether the initial pass and the page check are done. */
	get settled(): boolean {
		return this.queue.idle && this.pageChecked;
	}
}

/**
 * Page kinds that justify the full scan by themselves: forms that move money or ask for card data. A remote-control
 * tool's download page does not: its own product words ("远程控制", "远程协助") would read as a scammer's ask; it is
 * only escalated (the banner) after a scam contact.
 */
function asksForMoney(kinds: readonly PageKind[]): boolean {
	return kinds.some((k) => k !== 'remote-download');
}

function pageSignal(id: string, family: FamilyId, text: string): Match {
	return { id, family, kind: 'action', source: 'text', start: -1, end: -1, text };
}

function kindLabel(kind: Exclude<PageKind, 'refund-form'>): string {
	return {
		transfer: '转账 / transfer',
		loan: '借款 / loan',
		'remote-download': '远程控制软件 / remote-control tool',
	}[kind];
}

function fieldKindForWarn(kind: string): 'card' | 'password' | 'code' | 'id' | 'other' {
	if (kind === 'card-number' || kind === 'cvv') return 'card';
	if (kind === 'card-password') return 'password';
	if (kind === 'sms-code') return 'code';
	if (kind === 'id-number') return 'id';
	return 'other';
}
