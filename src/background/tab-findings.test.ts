import { describe, expect, it } from 'vitest';
import { badgeFor, type FindingReport, listFindings } from '../shared/findings';
import { applyReport, emptyTab, resolveFinding } from './tab-findings';

function report(
	elementId: string,
	level: 'caution' | 'danger',
	kind: FindingReport['kind'] = 'message',
): FindingReport {
	return {
		elementId,
		kind,
		level,
		family: 'fake-refund',
		score: level === 'danger' ? 80 : 40,
		signals: [],
		reminders: [],
		excerpt: elementId,
		at: 1,
	};
}

describe('tab findings and the badge', () => {
	it('counts each warned element once across frames, page banner once, fields not at all', () => {
		let tab = emptyTab(7);
		tab = applyReport(tab, 0, {
			documentId: 'top',
			url: 'https://www.shop.cn/chat',
			findings: [report('m1', 'caution')],
		});
		tab = applyReport(tab, 0, {
			documentId: 'top',
			url: 'https://www.shop.cn/chat',
			findings: [report('m1', 'caution')],
		});
		tab = applyReport(tab, 3, {
			documentId: 'mail',
			url: 'about:blank',
			findings: [report('m1', 'caution'), report('page', 'caution', 'page'), report('f1', 'danger', 'field')],
		});
		expect(tab.site).toBe('shop.cn');
		expect(badgeFor(tab)).toEqual({ text: '3', color: 'amber', count: 3 });
		expect(listFindings(tab)).toHaveLength(4);
	});

	it('turns red when any counted warning is danger and empties when none is active', () => {
		let tab = applyReport(emptyTab(1), 0, {
			documentId: 'd',
			url: 'https://a.cn/',
			findings: [report('m1', 'caution'), report('m2', 'danger')],
		});
		expect(badgeFor(tab).color).toBe('red');
		tab = resolveFinding(tab, 0, 'm2', 'dismissed');
		expect(badgeFor(tab)).toEqual({ text: '1', color: 'amber', count: 1 });
		tab = resolveFinding(tab, 0, 'm1', 'fine');
		expect(badgeFor(tab)).toEqual({ text: '', color: null, count: 0 });
		tab = resolveFinding(tab, 0, 'm1', 'active');
		expect(badgeFor(tab).count).toBe(1);
	});

	it('keeps a dismissed state when the same element is reported again', () => {
		let tab = applyReport(emptyTab(1), 0, {
			documentId: 'd',
			url: 'https://a.cn/',
			findings: [report('m1', 'caution')],
		});
		tab = resolveFinding(tab, 0, 'm1', 'dismissed');
		tab = applyReport(tab, 0, { documentId: 'd', url: 'https://a.cn/', findings: [report('m1', 'danger')] });
		expect(tab.frames['0']!.findings.m1).toMatchObject({ level: 'danger', state: 'dismissed' });
	});

	it('resets a frame on a new document, and the whole tab on a new top document', () => {
		let tab = applyReport(emptyTab(1), 0, {
			documentId: 'd1',
			url: 'https://a.cn/',
			findings: [report('m1', 'danger')],
		});
		tab = applyReport(tab, 2, {
			documentId: 's1',
			url: 'https://a.cn/f',
			findings: [report('x', 'caution')],
		});
		tab = applyReport(tab, 2, {
			documentId: 's2',
			url: 'https://a.cn/g',
			findings: [report('y', 'caution')],
		});
		expect(Object.keys(tab.frames['2']!.findings)).toEqual(['y']);
		expect(badgeFor(tab).count).toBe(2);
		tab = applyReport(tab, 0, { documentId: 'd2', url: 'https://b.cn/', findings: [] });
		expect(badgeFor(tab)).toEqual({ text: '', color: null, count: 0 });
		expect(Object.keys(tab.frames)).toEqual(['0']);
		expect(tab.site).toBe('b.cn');
	});

	it('drops the findings of a sub-frame when a new document there reports none (it navigated to a clean page)', () => {
		let tab = applyReport(emptyTab(1), 0, {
			documentId: 'd1',
			url: 'https://a.cn/',
			findings: [report('m1', 'danger')],
		});
		tab = applyReport(tab, 5, {
			documentId: 's1',
			url: 'https://w.cn/chat',
			findings: [report('e1', 'danger')],
		});
		expect(badgeFor(tab).count).toBe(2);
		tab = applyReport(tab, 5, { documentId: 's2', url: 'https://w.cn/closed', findings: [] });
		expect(Object.keys(tab.frames['5']!.findings)).toEqual([]);
		expect(badgeFor(tab).count).toBe(1);
	});

	it('drops the findings of removed elements, and changes nothing (same object) for an empty report', () => {
		let tab = applyReport(emptyTab(1), 0, {
			documentId: 'd1',
			url: 'https://a.cn/',
			findings: [report('e1', 'danger'), report('e2', 'caution')],
		});
		tab = applyReport(tab, 0, { documentId: 'd1', url: 'https://a.cn/', findings: [], removed: ['e1'] });
		expect(Object.keys(tab.frames['0']!.findings)).toEqual(['e2']);
		expect(applyReport(tab, 0, { documentId: 'd1', url: 'https://a.cn/', findings: [] })).toBe(tab);
		expect(
			applyReport(tab, 0, { documentId: 'd1', url: 'https://a.cn/', findings: [], removed: ['zz'] }),
		).toBe(tab);
		// An old document's removals arriving after its successor reported change nothing.
		expect(
			applyReport(tab, 0, { documentId: 'old', url: 'https://a.cn/', findings: [], removed: ['e2'] }),
		).toBe(tab);
		// A frame with nothing stored stores nothing for its first, empty report.
		const empty = emptyTab(2);
		expect(applyReport(empty, 3, { documentId: 'x', url: 'https://ads.cn/', findings: [] })).toBe(empty);
	});

	it('ignores resolving an unknown element', () => {
		const tab = emptyTab(1);
		expect(resolveFinding(tab, 0, 'nope', 'fine')).toBe(tab);
	});
});
