import { render } from 'preact';
import browser from 'webextension-polyfill';
import { pickLocale } from '../i18n/locale';
import { uiCommon } from '../i18n/ui-common';
import { WelcomeApp } from './welcome-app';
import './welcome.css';

const locale = pickLocale(browser.i18n.getUILanguage());
document.documentElement.lang = locale.replace('_', '-');
document.title = uiCommon[locale].welcomeTitle;
render(<WelcomeApp locale={locale} />, document.getElementById('app')!);
