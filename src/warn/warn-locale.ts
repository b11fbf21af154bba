import type { Locale } from '../engine/types';
import { pickLocale } from '../i18n/locale';

/**
 * The warnings' language: the one chosen in the options, else the browser's UI language (zh_CN, zh_TW, en).
 * `choice` is the settings' `language` ('auto' or a locale).
 */
export function warnLocale(choice: string | undefined, uiLanguage?: string): Locale {
	if (choice === 'zh_CN' || choice === 'zh_TW' || choice === 'en') return choice;
	const g = globalThis as {
		browser?: { i18n?: { getUILanguage?: () => string } };
		chrome?: typeof globalThis.chrome;
	};
	const tag =
		uiLanguage ??
		g.browser?.i18n?.getUILanguage?.() ??
		g.chrome?.i18n?.getUILanguage?.() ??
		(typeof navigator === 'undefined' ? undefined : navigator.language);
	return pickLocale(tag);
}
