import type { Locale } from '../i18n/locale';
import { uiCommon } from '../i18n/ui-common';

export function WelcomeApp({ locale }: { locale: Locale }) {
	const t = uiCommon[locale];
	return (
		<main>
			<h1>{t.welcomeTitle}</h1>
			<p>{t.welcomeWhat}</p>
			<p>{t.welcomeNever}</p>
		</main>
	);
}
