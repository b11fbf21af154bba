import { render } from 'preact';
import { uiCommon } from '../i18n/ui-common';
import { UI_TIPS } from '../i18n/ui-tips';
import { pageLocale } from './page-locale';
import { TipsView } from './tips-view';
import '../shared/page-theme.css';
import './popup.css';

/** The full tips page: the target of a warning's "learn more" (`tips.html#family-id`). */
async function start() {
	const locale = await pageLocale();
	document.title = `${UI_TIPS[locale].title} · ${uiCommon[locale].productName}`;
	document.body.classList.add('page');
	render(
		<main class="tips-page">
			<p class="product">{uiCommon[locale].productName}</p>
			<TipsView locale={locale} full />
		</main>,
		document.getElementById('app')!,
	);
	// The content was rendered after load, so the browser could not jump to the anchor itself.
	const target =
		location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
	if (target) {
		target.classList.add('target');
		target.scrollIntoView({ block: 'start' });
	}
}

void start();
