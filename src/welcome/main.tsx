import { render } from 'preact';
import browser from 'webextension-polyfill';
import { analyze } from '../engine';
import { resolveUiLocale } from '../i18n/ui-locale';
import { UI_WELCOME } from '../i18n/ui-welcome';
import { sendMessage } from '../shared/send-message';
import type { StorageAreaLike } from '../shared/storage-item';
import { settingsItem } from '../shared/storage-items';
import { WelcomeApp } from './welcome-app';
import '../shared/page-theme.css';
import './welcome.css';

async function start() {
	const settings = await settingsItem(browser.storage.local as unknown as StorageAreaLike)
		.read()
		.catch(() => null);
	const locale = resolveUiLocale(settings?.language ?? 'auto', browser.i18n.getUILanguage());
	document.documentElement.lang = locale === 'zh_CN' ? 'zh-Hans' : locale === 'zh_TW' ? 'zh-Hant' : 'en';
	document.title = UI_WELCOME[locale].title;
	render(
		<WelcomeApp
			locale={locale}
			judge={analyze}
			onOpenTips={(family) => void sendMessage('tips/open', { family })}
			onOpenOptions={() => void browser.runtime.openOptionsPage()}
		/>,
		document.getElementById('app')!,
	);
}

void start();
