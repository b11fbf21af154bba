// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CAUTION_ZH, DANGER_EN, DANGER_ZH, FAKE_PAGE_ZH } from './fixtures/sample-warnings';
import {
	forgetDocumentForTests,
	mountFieldWarning,
	mountInlineWarning,
	mountPageBanner,
	setWarningsLocale,
	shadowRootForTests,
} from './mount';
import type { WarnBridge } from './types';

let page: AbortController;
let bridge: WarnBridge & { resolve: ReturnType<typeof vi.fn>; openTips: ReturnType<typeof vi.fn> };

function chat(): { list: HTMLElement; msg: HTMLElement; other: HTMLElement } {
	document.body.innerHTML =
		'<main id="list"><div class="msg" id="a"><p>您好，我是淘宝售后客服</p></div><div class="msg" id="b">再见</div></main>';
	return {
		list: document.getElementById('list')!,
		msg: document.getElementById('a')!,
		other: document.getElementById('b')!,
	};
}

function hosts(): HTMLElement[] {
	return [...document.querySelectorAll('div')].filter((d) => shadowRootForTests.has(d));
}

function sectionOf(host: Element): HTMLElement {
	return shadowRootForTests.get(host)!.querySelector('section')!;
}

function click(host: Element, label: string): void {
	const b = [...shadowRootForTests.get(host)!.querySelectorAll('button')].find(
		(x) => x.textContent === label,
	);
	if (!b) throw new Error(`no button ${label}`);
	b.click();
}

const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
	page = new AbortController();
	bridge = { resolve: vi.fn(async () => {}), openTips: vi.fn(async () => {}) };
});
afterEach(() => {
	page.abort();
	document.body.innerHTML = '';
	forgetDocumentForTests(document);
});

describe('mountInlineWarning', () => {
	it('inserts one host right after the anchor, with a closed shadow root and its own styles', () => {
		const { msg } = chat();
		const handle = mountInlineWarning({
			anchor: msg,
			...DANGER_ZH,
			locale: 'zh_CN',
			signal: page.signal,
			bridge,
			elementId: 'e1',
		});
		expect(handle.state).toBe('shown');
		const host = msg.nextElementSibling as HTMLElement;
		expect(shadowRootForTests.has(host)).toBe(true);
		expect(host.shadowRoot).toBeNull();
		expect(host.style.getPropertyValue('all')).toBe('initial');
		const root = shadowRootForTests.get(host)!;
		expect(root.adoptedStyleSheets.length + root.querySelectorAll('style').length).toBe(1);
		expect(sectionOf(host).getAttribute('role')).toBe('alert');
		expect(host.attributes.length).toBe(1); // only its style: no attribute names the product
	});

	it('updates instead of duplicating when called again for the same anchor', () => {
		const { msg } = chat();
		const opts = { anchor: msg, ...CAUTION_ZH, locale: 'zh_CN' as const, signal: page.signal, bridge };
		const first = mountInlineWarning(opts);
		const second = mountInlineWarning({ ...opts, verdict: { ...opts.verdict, level: 'danger' } });
		expect(second).toBe(first);
		expect(hosts()).toHaveLength(1);
		expect(sectionOf(hosts()[0]!).dataset.level).toBe('danger');
	});

	it('dismiss removes it, tells the background, and a re-render of the message stays dismissed', () => {
		const { msg, list } = chat();
		const onAction = vi.fn();
		const opts = {
			...DANGER_ZH,
			locale: 'zh_CN' as const,
			signal: page.signal,
			bridge,
			elementId: 'e1',
			onAction,
		};
		const handle = mountInlineWarning({ anchor: msg, ...opts });
		click(hosts()[0]!, '关闭');
		expect(handle.state).toBe('dismissed');
		expect(hosts()).toHaveLength(0);
		expect(onAction).toHaveBeenCalledWith({ type: 'dismiss' });
		expect(bridge.resolve).toHaveBeenCalledWith(
			'e1',
			'dismissed',
			'market.m.taobao.com',
			'淘宝官方客服-小美',
		);
		const copy = msg.cloneNode(true) as HTMLElement;
		list.replaceChild(copy, msg);
		expect(mountInlineWarning({ anchor: copy, ...opts }).state).toBe('dismissed');
		expect(hosts()).toHaveLength(0);
	});

	it('"this is fine" removes every warning of that sender on the page and is reported with site and sender', () => {
		const { msg, other } = chat();
		const common = { ...DANGER_ZH, locale: 'zh_CN' as const, signal: page.signal, bridge };
		mountInlineWarning({ anchor: msg, ...common, elementId: 'e1' });
		mountInlineWarning({
			anchor: other,
			...common,
			elementId: 'e2',
			input: { ...common.input, text: '再见' },
		});
		expect(hosts()).toHaveLength(2);
		click(hosts()[0]!, '这条没问题');
		expect(hosts()).toHaveLength(0);
		expect(bridge.resolve).toHaveBeenCalledWith('e1', 'fine', 'market.m.taobao.com', '淘宝官方客服-小美');
		// A later message of the same sender is not warned again on this page.
		const late = document.createElement('div');
		document.body.appendChild(late);
		expect(mountInlineWarning({ anchor: late, ...common, elementId: 'e3' }).state).toBe('dismissed');
	});

	it('learn more asks the background to open the tips page at the family', () => {
		const { msg } = chat();
		mountInlineWarning({ anchor: msg, ...DANGER_EN, locale: 'en', signal: page.signal, bridge });
		click(hosts()[0]!, 'Learn about this scam');
		expect(bridge.openTips).toHaveBeenCalledWith('overpayment');
	});

	it('gives one message one warning when a nested element of it is judged too, keeping the stronger verdict', () => {
		const { msg } = chat();
		const inner = msg.querySelector('p')!;
		const common = { locale: 'zh_CN' as const, signal: page.signal, bridge };
		const outer = mountInlineWarning({ anchor: msg, ...CAUTION_ZH, ...common, elementId: 'outer' });
		const nested = mountInlineWarning({ anchor: inner, ...DANGER_ZH, ...common, elementId: 'inner' });
		expect(nested).toBe(outer);
		expect(hosts()).toHaveLength(1);
		expect(sectionOf(hosts()[0]!).dataset.level).toBe('danger');
		click(hosts()[0]!, '关闭');
		const again = mountInlineWarning({ anchor: inner, ...DANGER_ZH, ...common, elementId: 'inner-2' });
		expect(again.state).toBe('dismissed');
	});

	it('joins units inside the scope of an unrendered message, in either order, and nothing outside it', () => {
		document.body.innerHTML =
			'<div class="block"><div class="hidden" style="display:none">text</div><p class="copy">text</p></div><p class="next">other</p>';
		const hidden = document.querySelector('.hidden')!;
		const block = document.querySelector('.block')!;
		const common = { locale: 'zh_CN' as const, signal: page.signal, bridge };
		const first = mountInlineWarning({
			anchor: hidden,
			scope: block,
			...CAUTION_ZH,
			...common,
			elementId: 'h',
		});
		const copy = mountInlineWarning({
			anchor: document.querySelector('.copy')!,
			...DANGER_ZH,
			...common,
			elementId: 'c',
		});
		expect(copy).toBe(first);
		expect(hosts()).toHaveLength(1);
		expect(hidden.nextElementSibling).toBe(hosts()[0]);
		expect(sectionOf(hosts()[0]!).dataset.level).toBe('danger');
		const next = mountInlineWarning({
			anchor: document.querySelector('.next')!,
			...DANGER_ZH,
			...common,
			elementId: 'n',
		});
		expect(next).not.toBe(first);
		expect(hosts()).toHaveLength(2);
		next.remove();
		first.remove();
		// The copy first, then the unrendered message whose scope holds it: still one warning.
		const copyFirst = mountInlineWarning({
			anchor: document.querySelector('.copy')!,
			...DANGER_ZH,
			...common,
			elementId: 'c2',
		});
		expect(
			mountInlineWarning({ anchor: hidden, scope: block, ...DANGER_ZH, ...common, elementId: 'h2' }),
		).toBe(copyFirst);
		expect(hosts()).toHaveLength(1);
	});

	it('moves to a re-rendered copy of the message once, never duplicating', () => {
		const { msg, list } = chat();
		const opts = { ...DANGER_ZH, locale: 'zh_CN' as const, signal: page.signal, bridge, elementId: 'e1' };
		const handle = mountInlineWarning({ anchor: msg, ...opts });
		const copy = msg.cloneNode(true) as HTMLElement;
		list.replaceChildren(copy);
		expect(mountInlineWarning({ anchor: copy, ...opts })).toBe(handle);
		expect(hosts()).toHaveLength(1);
		expect(copy.nextElementSibling).toBe(hosts()[0]);
	});

	it('puts itself back once when the page removes it, then backs off', async () => {
		const { msg } = chat();
		const handle = mountInlineWarning({
			anchor: msg,
			...DANGER_ZH,
			locale: 'zh_CN',
			signal: page.signal,
			bridge,
		});
		hosts()[0]!.remove();
		await flush();
		expect(hosts()).toHaveLength(1);
		expect(msg.nextElementSibling).toBe(hosts()[0]);
		hosts()[0]!.remove();
		await flush();
		expect(hosts()).toHaveLength(0);
		expect(handle.state).toBe('gave-up');
	});

	it('goes away with its signal, and remove() is idempotent', () => {
		const { msg } = chat();
		const own = new AbortController();
		const handle = mountInlineWarning({
			anchor: msg,
			...CAUTION_ZH,
			locale: 'zh_CN',
			signal: own.signal,
			bridge,
		});
		own.abort();
		expect(hosts()).toHaveLength(0);
		expect(handle.state).toBe('removed');
		handle.remove();
		expect(handle.state).toBe('removed');
	});

	it('switches language on update', () => {
		const { msg } = chat();
		const handle = mountInlineWarning({
			anchor: msg,
			...DANGER_ZH,
			locale: 'zh_CN',
			signal: page.signal,
			bridge,
		});
		handle.update({ locale: 'en' });
		expect(sectionOf(hosts()[0]!).getAttribute('aria-label')).toMatch(/^RefundGuard: Danger: /);
	});

	it('switches every warning of the document at once when the language setting changes', () => {
		const { msg, other } = chat();
		const common = { signal: page.signal, bridge };
		mountInlineWarning({ anchor: msg, ...DANGER_ZH, locale: 'en', ...common, elementId: 'a' });
		mountInlineWarning({ anchor: other, ...CAUTION_ZH, locale: 'en', ...common, elementId: 'b' });
		setWarningsLocale(document, 'zh_TW');
		const names = hosts().map((h) => sectionOf(h).getAttribute('aria-label') ?? '');
		expect(names).toHaveLength(2);
		expect(names.every((n) => n.startsWith('退款防騙衛士'))).toBe(true);
	});

	it('holds back announcements of a burst: roles stay, later ones start with aria-live off', () => {
		document.body.innerHTML = '';
		const anchors = Array.from({ length: 5 }, (_, i) => {
			const el = document.createElement('p');
			el.textContent = `m${i}`;
			document.body.appendChild(el);
			return el;
		});
		for (const [i, anchor] of anchors.entries()) {
			mountInlineWarning({
				anchor,
				...DANGER_ZH,
				input: { ...DANGER_ZH.input, text: `m${i}` },
				locale: 'zh_CN',
				signal: page.signal,
				bridge,
			});
		}
		const sections = hosts().map(sectionOf);
		expect(sections.every((s) => s.getAttribute('role') === 'alert')).toBe(true);
		expect(sections.filter((s) => s.getAttribute('aria-live') === 'off').length).toBeGreaterThanOrEqual(4);
	});
});

describe('mountPageBanner', () => {
	it('is the first thing in the body, once per document', () => {
		document.body.innerHTML = '<header>shop</header><main>form</main>';
		const opts = { ...FAKE_PAGE_ZH, locale: 'zh_CN' as const, signal: page.signal, bridge };
		const a = mountPageBanner(opts);
		const b = mountPageBanner({ ...opts, locale: 'en' });
		expect(b).toBe(a);
		const host = document.body.firstElementChild!;
		expect(shadowRootForTests.has(host)).toBe(true);
		expect(sectionOf(host).getAttribute('aria-label')).toMatch(
			/^RefundGuard: Danger: This looks like a fake refund page/,
		);
		expect(hosts()).toHaveLength(1);
		click(host, 'Dismiss');
		expect(hosts()).toHaveLength(0);
		expect(mountPageBanner(opts).state).toBe('dismissed');
	});
});

describe('mountFieldWarning', () => {
	it('sits after the field in the DOM, fixed (out of the flow), and leaves with its signal', () => {
		document.body.innerHTML =
			'<form><label for="c">银行卡号</label><input id="c"><button>提交</button></form>';
		const field = document.getElementById('c')!;
		const own = new AbortController();
		const handle = mountFieldWarning(field, { ...FAKE_PAGE_ZH, locale: 'zh_CN', signal: own.signal, bridge });
		const host = field.nextElementSibling as HTMLElement;
		expect(shadowRootForTests.has(host)).toBe(true);
		expect(host.style.getPropertyValue('position')).toBe('fixed');
		expect(host.style.getPropertyValue('top')).toMatch(/px$/);
		expect(sectionOf(host).getAttribute('role')).toBe('alert');
		own.abort();
		expect(handle.state).toBe('removed');
		expect(field.nextElementSibling?.tagName).toBe('BUTTON');
	});
});
