// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { AnalyzeInput, Verdict } from '../engine/types';
import { PageScanner } from './page-scanner';

const NONE: Verdict = {
	level: 'none',
	score: 0,
	family: null,
	signals: [],
	reminders: [],
} as unknown as Verdict;

function scanner(seen: string[]) {
	return new PageScanner({
		profile: null,
		generic: true,
		judge: (input: AnalyzeInput) => {
			seen.push(input.text ?? '');
			return NONE;
		},
		onVerdict: () => {},
		pageUrl: () => 'https://chat.example/',
	});
}

function drain(it: Iterator<unknown>): void {
	while (!it.next().done) {
		// steps
	}
}

describe('PageScanner on an arriving message', () => {
	it('judges the new message only, not the whole list (whitespace between items, a list of many items)', () => {
		const list = document.createElement('div');
		for (let i = 0; i < 300; i += 1) {
			const p = document.createElement('p');
			p.textContent = `message number ${i} in the chat`;
			list.append(p, document.createTextNode('\n'));
		}
		document.body.append(list);
		const seen: string[] = [];
		const s = scanner(seen);
		const added = document.createElement('p');
		added.textContent = 'a new message arrives here';
		const gap = document.createTextNode('\n');
		list.append(added, gap);
		// The cost that matters: no walk over the list (each one visits every item).
		const roots: Node[] = [];
		const create = document.createTreeWalker.bind(document);
		document.createTreeWalker = ((root: Node, ...rest: [number?, NodeFilter?]) => {
			roots.push(root);
			return create(root, ...rest);
		}) as typeof document.createTreeWalker;
		drain(s.steps(added));
		drain(s.steps(gap));
		document.createTreeWalker = create;
		expect(seen).toEqual(['a new message arrives here']);
		expect(roots).not.toContain(list);
	});
});

describe("PageScanner and the profile's own-message test", () => {
	it('asks it once per message (judging and its media share the answer)', () => {
		document.body.innerHTML =
			'<div class="thread"><div class="msg self">我自己发的消息内容</div><div class="msg">对方发来的消息内容</div>' +
			'<div class="msg"><img src="qr.png" width="200" height="200"></div></div>';
		const asked: Element[] = [];
		const media: Element[] = [];
		const s = new PageScanner({
			profile: {
				id: 'test-chat',
				category: 'shops',
				matchesHost: () => true,
				role: () => 'chat',
				message: '.msg',
				thread: '.thread',
				isOwn: (m) => {
					asked.push(m);
					return m.classList.contains('self');
				},
			},
			generic: true,
			judge: () => NONE,
			onVerdict: () => {},
			onMedia: (el) => media.push(el),
			pageUrl: () => 'https://chat.example/',
		});
		drain(s.steps(document.body));
		const msgs = [...document.querySelectorAll('.msg')];
		// Each message once; the image-only bubble (no text to judge) is asked for its media.
		expect(asked).toEqual(msgs);
		expect(s.ownMessages).toBe(1);
		expect(media.some((m) => m.tagName === 'IMG')).toBe(true);
	});
});
