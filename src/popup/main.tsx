import { render } from 'preact';
import browser from 'webextension-polyfill';
import { browserPopupApi } from './browser-popup-api';
import { judge } from './judge';
import { pageLocale } from './page-locale';
import { POPUP_VIEWS, PopupApp, type PopupView } from './popup-app';
import { decodeQrImage } from './qr-decode';
import '../shared/page-theme.css';
import './popup.css';

/** The tab the popup belongs to: `?tabId=N` when opened as a page (tests, keyboard users), else the active tab. */
async function currentTabId(params: URLSearchParams): Promise<number | null> {
	const explicit = Number(params.get('tabId'));
	if (params.has('tabId') && Number.isInteger(explicit)) return explicit;
	const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
	return typeof tab?.id === 'number' && tab.id >= 0 ? tab.id : null;
}

async function start() {
	const params = new URLSearchParams(location.search);
	const [locale, tabId] = await Promise.all([pageLocale(), currentTabId(params).catch(() => null)]);
	const view = params.get('view');
	render(
		<PopupApp
			locale={locale}
			api={browserPopupApi()}
			tabId={tabId}
			initialView={(POPUP_VIEWS as readonly string[]).includes(view ?? '') ? (view as PopupView) : 'tab'}
			judge={judge}
			decodeQr={decodeQrImage}
		/>,
		document.getElementById('app')!,
	);
}

void start();
