import { render } from 'preact';
import browser from 'webextension-polyfill';
import { browserOptionsStore } from './browser-options-store';
import { OptionsApp } from './options-app';
import '../shared/page-theme.css';
import './options.css';

render(
	<OptionsApp store={browserOptionsStore()} browserLanguage={browser.i18n.getUILanguage()} />,
	document.getElementById('app')!,
);
