import type { Locale } from '../i18n/locale';
import { uiCommon } from '../i18n/ui-common';

export function OptionsApp({ locale }: { locale: Locale }) {
	const t = uiCommon[locale];
	return (
		<main>
			<h1>{t.optionsTitle}</h1>
			<p data-testid="privacy">{t.optionsPrivacy}</p>
		</main>
	);
}

OptionsApp.title = (locale: Locale): string => uiCommon[locale].optionsTitle;
