import browser from 'webextension-polyfill';
import type { Locale } from '../engine/types';
import { resolveUiLocale } from '../i18n/ui-locale';
import type { StorageAreaLike } from '../shared/storage-item';
import { settingsItem } from '../shared/storage-items';

/** The UI language of an extension page: the choice in settings, else the browser's; sets `<html lang>`. */
export async function pageLocale(): Promise<Locale> {
	const settings = await settingsItem(browser.storage.local as unknown as StorageAreaLike)
		.read()
		.catch(() => null);
	const locale = resolveUiLocale(settings?.language ?? 'auto', browser.i18n.getUILanguage());
	document.documentElement.lang = locale === 'zh_CN' ? 'zh-Hans' : locale === 'zh_TW' ? 'zh-Hant' : 'en';
	return locale;
}
