// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Verdict } from '../engine/types';
import type { PopupApi } from './popup-api';
import { PopupApp } from './popup-app';

const NONE: Verdict = { level: 'none', score: 0, family: null, signals: [], reminders: [] };

function fakeApi(): PopupApi {
	return {
		getFindings: vi.fn(async () => ({
			site: 'a.example',
			url: 'https://a.example/',
			paused: false,
			findings: [],
			badge: { text: '', color: null, count: 0 },
		})),
		reveal: vi.fn(async () => true),
		setPaused: vi.fn(async () => undefined),
		openTips: vi.fn(async () => undefined),
		openOptions: vi.fn(async () => undefined),
	};
}

afterEach(() => {
	document.body.innerHTML = '';
});

describe('PopupApp', () => {
	it('switches between the three views with clicks and arrow keys, and opens settings', async () => {
		const api = fakeApi();
		const root = document.createElement('div');
		document.body.append(root);
		await act(async () => {
			render(<PopupApp locale="en" api={api} tabId={3} judge={() => NONE} />, root);
		});
		const tabs = () => [...root.querySelectorAll('[role="tab"]')] as HTMLButtonElement[];
		expect(tabs().map((t) => t.textContent)).toEqual(['This page', 'Safety tips', 'Check it yourself']);
		expect(tabs()[0]!.getAttribute('aria-selected')).toBe('true');
		await act(async () => tabs()[1]!.click());
		expect(root.querySelector('[role="tabpanel"]')?.id).toBe('panel-tips');
		expect(root.querySelector('.tips')).not.toBeNull();
		await act(async () => {
			tabs()[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
		});
		expect(root.querySelector('.check')).not.toBeNull();
		expect(document.activeElement?.id).toBe('tab-check');
		await act(async () => (root.querySelector('button.settings') as HTMLButtonElement).click());
		expect(api.openOptions).toHaveBeenCalled();
	});

	it('opens the requested view and the tips page from a family card', async () => {
		const api = fakeApi();
		const root = document.createElement('div');
		document.body.append(root);
		await act(async () => {
			render(<PopupApp locale="zh_CN" api={api} tabId={3} judge={() => NONE} initialView="tips" />, root);
		});
		await act(async () => (root.querySelector('#membership-cancel button') as HTMLButtonElement).click());
		expect(api.openTips).toHaveBeenCalledWith('membership-cancel');
	});
});
