import { render } from 'preact';
import browser from 'webextension-polyfill';
import { pickLocale } from '../i18n/locale';
import { PopupApp } from './popup-app';
import './popup.css';

const locale = pickLocale(browser.i18n.getUILanguage());
document.documentElement.lang = locale.replace('_', '-');
render(<PopupApp locale={locale} />, document.getElementById('app')!);
