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
