// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalyzeInput, Verdict } from '../engine/types';
import { defaultSettings } from '../shared/settings';
import {
	forgetDocumentForTests,
	mountFieldWarning,
	mountInlineWarning,
	mountPageBanner,
	shadowRootForTests,
} from '../warn/mount';
import type { BackgroundPort } from './background-port';
import { PageSession } from './page-session';
import type { SiteProfile } from './sites/site-profile';
import type { WarnUi } from './warn-port';
import { warningPlace } from './warning-place';

/** A stand-in engine: danger when the message and its context hold both a refund lure and a WeChat move. */
function fakeJudge(seen: AnalyzeInput[]) {
	return (input: AnalyzeInput): Verdict => {
		seen.push(input);
		const all = [...(input.context ?? []), input.text ?? ''].join('\n');
		const hit = /赔偿/.test(all) && /加.{0,3}微信/.test(input.text ?? '');
		return hit
			? { level: 'danger', score: 90, family: 'fake-refund', signals: [], reminders: [] }
			: { level: 'none', score: 0, family: null, signals: [], reminders: [] };
	};
}

function fakeWarn(calls: Element[]): WarnUi {
	const handle = { update() {}, remove() {}, state: 'shown' as const };
	return {
		inline: (o) => {
			calls.push(o.anchor);
			return handle;
		},
		banner: () => handle,
		field: () => handle,
	};
}

const bg: BackgroundPort = {
	report: async () => {},
	recordContact: async () => {},
	recentContact: async () => null,
	addCounters: async () => {},
	decodeQr: async () => undefined,
};

const chat: SiteProfile = {
	id: 'test-chat',
	category: 'shops',
	matchesHost: () => true,
	role: () => 'chat',
	message: '.msg',
	thread: '.thread',
};

async function settle(session: PageSession): Promise<void> {
	// The observer's callback first (it queues what changed), then the queue's slices and the frame in which
	// the warnings they decided are placed and mounted (the queue is idle only after both).
	await new Promise((r) => setTimeout(r, 5));
	for (let i = 0; i < 100 && !session.queue.idle; i += 1) await new Promise((r) => setTimeout(r, 5));
	await new Promise((r) => setTimeout(r, 5));
}

function startSession(
	profile: SiteProfile | null,
	seen: AnalyzeInput[],
	warned: Element[],
	ac: AbortController,
) {
	const session = new PageSession({
		doc: document,
		profile,
		full: true,
		settings: defaultSettings(),
		locale: 'zh_CN',
		judge: fakeJudge(seen),
		isOfficialHost: () => false,
		warn: fakeWarn(warned),
		bg,
		signal: ac.signal,
		log: () => {},
	});
	session.start();
	return session;
}

afterEach(() => {
	document.body.innerHTML = '';
	vi.restoreAllMocks();
});

describe.each([
	['site profile', chat],
	['generic profile alone', null],
])('PageSession with %s', (_name, profile) => {
	it('warns on the message that completes the pattern, with the thread as context', async () => {
		document.body.innerHTML = '<div class="thread"></div>';
		const thread = document.querySelector('.thread')!;
		const seen: AnalyzeInput[] = [];
		const warned: Element[] = [];
		const ac = new AbortController();
		const session = startSession(profile, seen, warned, ac);
		await settle(session);
		const lines = [
			'您好，我是店铺客服',
			'您购买的商品有质量问题，我们给您三倍赔偿',
			'请加一下微信 abc123 处理',
		];
		for (const [i, line] of lines.entries()) {
			const row = document.createElement('div');
			row.className = 'row';
			const msg = document.createElement('div');
			msg.className = 'msg';
			msg.textContent = line;
			row.append(msg);
			thread.append(row);
			await settle(session);
			expect(warned.length).toBe(i === 2 ? 1 : 0);
		}
		expect(warned[0]?.textContent).toContain('微信');
		const last = seen.at(-1)!;
		expect(last.context).toEqual(lines.slice(0, 2));
		ac.abort();
	});

	it('judges each message once', async () => {
		document.body.innerHTML =
			'<div class="thread"><div class="row"><div class="msg">三倍赔偿，加微信</div></div></div>';
		const seen: AnalyzeInput[] = [];
		const ac = new AbortController();
		const session = startSession(profile, seen, [], ac);
		await settle(session);
		session.queue.push(document.querySelector('.msg')!);
		session.queue.push(document.body);
		await settle(session);
		expect(seen.filter((s) => s.text === '三倍赔偿，加微信').length).toBe(1);
		ac.abort();
	});
});

describe("PageSession and the user's own messages", () => {
	const withOwn: SiteProfile = { ...chat, isOwn: (m) => m.classList.contains('self') };

	function add(thread: Element, text: string, own: boolean): Element {
		const msg = document.createElement('div');
		msg.className = own ? 'msg self' : 'msg';
		msg.textContent = text;
		thread.append(msg);
		return msg;
	}

	it('never warns on an own message, and uses it as context for the other party', async () => {
		document.body.innerHTML = '<div class="thread"></div>';
		const thread = document.querySelector('.thread')!;
		const seen: AnalyzeInput[] = [];
		const warned: Element[] = [];
		const ac = new AbortController();
		const session = startSession(withOwn, seen, warned, ac);
		await settle(session);
		// The buyer retypes the scammer's words to ask about them: the whole pattern, in their own bubble.
		const own = add(thread, '你说三倍赔偿，还要我加微信 abc123？', true);
		await settle(session);
		expect(warned).toEqual([]);
		// Not even judged: the engine never sees it as a message of its own.
		expect(seen.map((s) => s.text)).not.toContain(own.textContent);
		expect(session.scanner.ownMessages).toBe(1);
		// The other party's answer completes the pattern only with the own message before it.
		const reply = add(thread, '对，加微信 abc123 就行', false);
		await settle(session);
		expect(warned).toEqual([reply]);
		expect(seen.at(-1)?.context).toEqual([own.textContent]);
		ac.abort();
	});

	it('removes a warning when the own-message marker arrives after the text, and ignores profiles without isOwn', async () => {
		document.body.innerHTML = '<div class="thread"></div>';
		const thread = document.querySelector('.thread')!;
		const removed: Element[] = [];
		const warn: WarnUi = {
			inline: (o) => ({
				update() {},
				remove() {
					removed.push(o.anchor);
				},
				state: 'shown' as const,
			}),
			banner: () => ({ update() {}, remove() {}, state: 'shown' as const }),
			field: () => ({ update() {}, remove() {}, state: 'shown' as const }),
		};
		const ac = new AbortController();
		const session = new PageSession({
			doc: document,
			profile: withOwn,
			full: true,
			settings: defaultSettings(),
			locale: 'zh_CN',
			judge: fakeJudge([]),
			isOfficialHost: () => false,
			warn,
			bg,
			signal: ac.signal,
			log: () => {},
		});
		session.start();
		await settle(session);
		const msg = add(thread, '三倍赔偿，加微信 abc123', false);
		await settle(session);
		// The chat marks the bubble as sent by the user (and its text changes, as a sent state shows).
		msg.classList.add('self');
		msg.append(' ');
		msg.append(document.createTextNode('✓'));
		await settle(session);
		expect(removed).toEqual([msg]);
		ac.abort();

		// Without `isOwn` every message is judged as before.
		document.body.innerHTML = '<div class="thread"><div class="msg self">三倍赔偿，加微信 abc123</div></div>';
		const warned: Element[] = [];
		const ac2 = new AbortController();
		const plain = startSession(chat, [], warned, ac2);
		await settle(plain);
		expect(warned).toHaveLength(1);
		ac2.abort();
	});
});

describe('PageSession and messages kept in unrendered elements', () => {
	/** The real warning UI (closed shadow roots), without the background. */
	const realWarn: WarnUi = {
		inline: (o) => mountInlineWarning({ ...o, bridge: null }),
		banner: (o) => mountPageBanner({ ...o, bridge: null }),
		field: (f, o) => mountFieldWarning(f, { ...o, bridge: null }),
	};

	function run(profile: SiteProfile | null, ac: AbortController) {
		const session = new PageSession({
			doc: document,
			profile,
			full: true,
			settings: defaultSettings(),
			locale: 'zh_CN',
			judge: fakeJudge([]),
			isOfficialHost: () => false,
			warn: realWarn,
			bg,
			signal: ac.signal,
			log: () => {},
			qr: false,
		});
		session.start();
		return session;
	}

	/** Warning hosts on the page (our shadow hosts), in document order. */
	const hosts = () => [...document.querySelectorAll('div')].filter((d) => shadowRootForTests.has(d));

	it('puts the warning where the message block is rendered, once, with the visible copy joining it', async () => {
		document.body.innerHTML =
			'<div class="thread"><div class="block"><h3>退款问题</h3>' +
			'<div class="msg" style="display:none">三倍赔偿，请加微信 abc123</div>' +
			'<div class="copy"><p>三倍赔偿，请加微信 abc123</p></div></div></div>';
		const reported: string[] = [];
		const spy = vi.spyOn(bg, 'report').mockImplementation(async (findings, removed) => {
			reported.push(...findings.map((f) => f.excerpt));
			for (const id of removed ?? []) reported.push(`-${id}`);
		});
		const ac = new AbortController();
		const session = run(chat, ac);
		await settle(session);
		spy.mockRestore();
		// One finding: the copy's warning joined the message's, and is not reported besides it.
		expect(reported).toEqual(['三倍赔偿，请加微信 abc123']);
		const [host, ...more] = hosts();
		expect(more).toEqual([]);
		// Right after the unrendered message, inside its rendered block: visible.
		expect(host?.previousElementSibling?.className).toBe('msg');
		expect(host?.parentElement?.className).toBe('block');
		expect(host?.checkVisibility()).toBe(true);
		ac.abort();
		forgetDocumentForTests(document);
	});

	it('takes over the finding of a visible copy judged before the unrendered message', async () => {
		document.body.innerHTML =
			'<div class="thread"><div class="block"><div class="copy"><p>三倍赔偿，请加微信 abc123</p></div>' +
			'<div class="msg" style="display:none">三倍赔偿，请加微信 abc123</div></div></div>';
		// The tab's findings as the background keeps them (tab-findings.ts: removals, then findings).
		const tab = new Map<string, string>();
		const spy = vi.spyOn(bg, 'report').mockImplementation(async (findings, gone) => {
			for (const id of gone ?? []) tab.delete(id);
			for (const f of findings) tab.set(f.elementId, f.excerpt);
		});
		const ac = new AbortController();
		const session = run(chat, ac);
		await settle(session);
		spy.mockRestore();
		// The copy, reported first (or in the same message as its removal when both warnings were placed in one
		// frame), is handed over to the message: one finding left, one warning shown.
		expect([...tab.values()]).toEqual(['三倍赔偿，请加微信 abc123']);
		expect(tab.has('e1')).toBe(false);
		expect(hosts()).toHaveLength(1);
		ac.abort();
		forgetDocumentForTests(document);
	});

	it('climbs past unrendered wrappers; hidden generic text stays unwarned', async () => {
		document.body.innerHTML =
			'<div class="thread"><div class="block"><div class="wrap" style="display:none"><div><div class="msg">三倍赔偿，请加微信 abc123</div></div></div></div>' +
			'<div class="other" style="display:none"><p>三倍赔偿，请加微信 xyz789 马上处理</p></div></div>';
		const ac = new AbortController();
		const session = run(chat, ac);
		await settle(session);
		const found = hosts();
		expect(found).toHaveLength(1);
		expect(found[0]?.previousElementSibling?.className).toBe('wrap');
		expect(found[0]?.checkVisibility()).toBe(true);
		ac.abort();
		forgetDocumentForTests(document);
	});

	it('places the warning inside the nearest rendered ancestor, and nowhere in a detached tree', () => {
		document.body.innerHTML =
			'<div class="outer" style="display:none"><div class="block"><div class="msg">x</div></div></div>';
		// Up to the page itself: after the outermost unrendered element, without a scope (the page is no message).
		expect(warningPlace(document.querySelector('.msg')!, '.msg')).toEqual({
			anchor: document.querySelector('.outer'),
		});
		const detached = document.createElement('div');
		detached.style.display = 'none';
		detached.append(document.createElement('p'));
		expect(warningPlace(detached.firstElementChild!, '.msg')).toBeNull();
		document.body.innerHTML =
			'<div class="list"><div class="msg" style="display:none">a</div><div class="msg">b</div></div>';
		// A rendered block holding other messages is no one message's block: no scope.
		expect(warningPlace(document.querySelector('.msg')!, '.msg')).toEqual({
			anchor: document.querySelector('.msg'),
		});
	});
});

describe('PageSession queue', () => {
	it('does nothing while hidden and catches up when shown', async () => {
		let hidden = true;
		vi.spyOn(document, 'hidden', 'get').mockImplementation(() => hidden);
		document.body.innerHTML =
			'<div class="thread"><div class="row"><div class="msg">三倍赔偿，加微信</div></div></div>';
		const seen: AnalyzeInput[] = [];
		const warned: Element[] = [];
		const ac = new AbortController();
		startSession(chat, seen, warned, ac);
		await new Promise((r) => setTimeout(r, 50));
		expect(seen.length).toBe(0);
		hidden = false;
		document.dispatchEvent(new Event('visibilitychange'));
		await new Promise((r) => setTimeout(r, 50));
		expect(warned.length).toBe(1);
		ac.abort();
	});

	it('reads where warnings go in the next frame, all before mounting any (never a read after a write)', async () => {
		document.body.innerHTML =
			'<div class="thread"><div class="msg">三倍赔偿，加微信 a1</div><div class="msg">三倍赔偿，加微信 b2</div>' +
			'<div class="msg">普通消息</div><div class="msg">三倍赔偿，加微信 c3</div></div>';
		const log: string[] = [];
		vi.spyOn(Element.prototype, 'checkVisibility').mockImplementation(() => {
			log.push('read');
			return true;
		});
		vi.spyOn(window, 'requestAnimationFrame').mockImplementation((fn) => {
			setTimeout(() => {
				log.push('frame');
				fn(performance.now());
			}, 0);
			return 0;
		});
		const handle = { update() {}, remove() {}, state: 'shown' as const };
		const warn: WarnUi = {
			inline: () => {
				log.push('write');
				return handle;
			},
			banner: () => handle,
			field: () => handle,
		};
		const reported: string[] = [];
		const port: BackgroundPort = {
			...bg,
			report: async (findings) => {
				log.push('report');
				reported.push(...findings.map((f) => f.excerpt));
			},
			recordContact: async () => void log.push('contact'),
		};
		const ac = new AbortController();
		const session = new PageSession({
			doc: document,
			profile: chat,
			full: true,
			settings: defaultSettings(),
			locale: 'zh_CN',
			judge: fakeJudge([]),
			isOfficialHost: () => false,
			warn,
			bg: port,
			signal: ac.signal,
			log: () => {},
			qr: false,
		});
		session.start();
		await settle(session);
		expect(log.filter((x) => x === 'write')).toHaveLength(3);
		expect(reported).toHaveLength(3);
		// Nothing read inside the queue's steps; within a frame all reads come before the writes, and the
		// background hears of them once, after the writes.
		expect(log[0]).toBe('frame');
		for (const frame of log.join(' ').split('frame').slice(1)) {
			expect(frame).not.toMatch(/write.*read/);
			expect(frame.trim()).toMatch(/^(read )+(write )+report contact$/);
		}
		ac.abort();
	});

	it('turns a burst of more than 1,000 mutations into one rescan', async () => {
		document.body.innerHTML = '<div class="thread"></div>';
		const seen: AnalyzeInput[] = [];
		const ac = new AbortController();
		const session = startSession(chat, seen, [], ac);
		await settle(session);
		const thread = document.querySelector('.thread')!;
		for (let i = 0; i < 1500; i += 1) {
			const m = document.createElement('div');
			m.className = 'msg';
			m.textContent = `普通消息 ${i}`;
			thread.append(m);
		}
		await new Promise((r) => setTimeout(r, 0));
		await settle(session);
		for (let i = 0; i < 100 && !session.queue.idle; i += 1) await new Promise((r) => setTimeout(r, 10));
		expect(session.queue.rescans).toBe(2);
		expect(seen.length).toBe(1500);
		ac.abort();
	});
});

describe('PageSession reports', () => {
	it('sends every finding again for a page restored from the back/forward cache', async () => {
		document.body.innerHTML =
			'<div class="thread"><div class="msg">我们给您三倍赔偿</div><div class="msg">请加一下微信 abc123 处理</div></div>';
		const sent: { findings: string[]; removed?: string[] }[] = [];
		const spy = vi.spyOn(bg, 'report').mockImplementation(async (findings, removed) => {
			sent.push({ findings: findings.map((f) => f.elementId), ...(removed ? { removed } : {}) });
		});
		const ac = new AbortController();
		const session = startSession(chat, [], [], ac);
		await settle(session);
		expect(sent.flatMap((s) => s.findings)).toHaveLength(1);
		sent.length = 0;
		session.reportAgain();
		expect(sent).toEqual([{ findings: [expect.any(String)] }]);
		ac.abort();
		spy.mockRestore();
	});
});
