// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FAMILY_IDS, REMINDER_IDS } from '../engine/types';
import { LOCALES } from '../i18n/locale';
import { UI_TIPS } from '../i18n/ui-tips';
import { TipsView } from './tips-view';

function mount(ui: preact.ComponentChild) {
	const root = document.createElement('div');
	document.body.append(root);
	render(ui, root);
	return root;
}

afterEach(() => {
	document.body.innerHTML = '';
});

describe('TipsView', () => {
	it('has a text for every family and reminder in every language', () => {
		for (const locale of LOCALES) {
			for (const id of FAMILY_IDS) {
				const tip = UI_TIPS[locale].families[id];
				expect(tip?.name && tip.script && tip.giveaway, `${locale} ${id}`).toBeTruthy();
			}
			for (const id of REMINDER_IDS)
				expect(UI_TIPS[locale].reminderTitle[id], `${locale} ${id}`).toBeTruthy();
		}
	});

	it('full page: one card per family with its anchor, the script and the giveaway', () => {
		const root = mount(<TipsView locale="zh_CN" full />);
		for (const id of FAMILY_IDS) {
			const card = root.querySelector(`#${id}`);
			expect(card, id).not.toBeNull();
			expect(card!.textContent).toContain(UI_TIPS.zh_CN.families[id]!.script);
			expect(card!.textContent).toContain(UI_TIPS.zh_CN.families[id]!.giveaway);
		}
		expect(root.querySelectorAll('.reminders .card')).toHaveLength(REMINDER_IDS.length - 1);
	});

	it('Chinese: 110, 96110, the anti-fraud app and official hotlines from the directory', () => {
		const root = mount(<TipsView locale="zh_CN" full />);
		const tels = [...root.querySelectorAll('a.tel')].map((a) => a.getAttribute('href'));
		expect(tels).toEqual(expect.arrayContaining(['tel:110', 'tel:96110', 'tel:95188', 'tel:950618']));
		expect(root.textContent).toContain('国家反诈中心');
	});

	it('Traditional Chinese leads with 165', () => {
		const root = mount(<TipsView locale="zh_TW" full />);
		expect(root.querySelector('.emergency a.tel')?.textContent).toBe('165');
	});

	it('English: the same advice without China-only numbers', () => {
		const root = mount(<TipsView locale="en" full />);
		const text = root.textContent ?? '';
		expect(text).not.toMatch(/\b(110|96110|95188|950618)\b/);
		expect(text).not.toContain('国家反诈中心');
		expect(text).toContain('Call your bank');
		expect(text).toContain('amazon.com');
		expect(text).toContain('There is no such thing as a "safe account"');
	});

	it('popup: short cards that open the full page at the family', () => {
		const open = vi.fn();
		const root = mount(<TipsView locale="en" onOpenFull={open} />);
		expect(root.querySelector('#fake-refund')?.textContent).not.toContain(
			UI_TIPS.en.families['fake-refund']!.script,
		);
		(root.querySelector('#off-platform button') as HTMLButtonElement).click();
		expect(open).toHaveBeenCalledWith('off-platform');
	});
});
