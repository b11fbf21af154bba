// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../engine';
import { UI_WELCOME } from '../i18n/ui-welcome';
import { WelcomeApp } from './welcome-app';

afterEach(() => {
	document.body.innerHTML = '';
});

describe('WelcomeApp', () => {
	it.each(['zh_CN', 'zh_TW', 'en'] as const)(
		'%s: the sample message is a scam by the real engine and gets a warning',
		async (locale) => {
			expect(analyze({ text: UI_WELCOME[locale].exampleMessage }).level).toBe('danger');
			const root = document.createElement('div');
			document.body.append(root);
			const openTips = vi.fn();
			await act(async () => {
				render(
					<WelcomeApp locale={locale} judge={analyze} onOpenTips={openTips} onOpenOptions={() => {}} />,
					root,
				);
			});
			const example = root.querySelector('[data-testid="example"]')!;
			// The warning's host follows the message bubble (its content is in a closed shadow root).
			expect(example.children.length).toBe(2);
			expect(root.textContent).toContain(UI_WELCOME[locale].never[0]);
			const tipsButton = root.querySelector('button.primary') as HTMLButtonElement;
			tipsButton.click();
			expect(openTips).toHaveBeenCalledWith(null);
		},
	);
});
