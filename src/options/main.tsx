import { render } from 'preact';
import browser from 'webextension-polyfill';
import { pickLocale } from '../i18n/locale';
import { OptionsApp } from './options-app';
import './options.css';

const locale = pickLocale(browser.i18n.getUILanguage());
document.documentElement.lang = locale.replace('_', '-');
document.title = OptionsApp.title(locale);
render(<OptionsApp locale={locale} />, document.getElementById('app')!);
