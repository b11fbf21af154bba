/** The UI locales; the engine declares the same union for its explanation texts (i18n imports nothing). */
export type Locale = 'zh_CN' | 'zh_TW' | 'en';
export const LOCALES: readonly Locale[] = ['zh_CN', 'zh_TW', 'en'];

/** Maps a BCP 47 tag (navigator.language, browser.i18n.getUILanguage()) to one of our locales. */
export function pickLocale(tag: string | undefined): Locale {
	const lower = (tag ?? '').toLowerCase().replace('_', '-');
	if (!lower.startsWith('zh')) return 'en';
	if (/^zh-(tw|hk|mo|hant)/.test(lower)) return 'zh_TW';
	return 'zh_CN';
}
