import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Locale } from '../i18n/locale';
import { uiCommon } from '../i18n/ui-common';
import { sendMessage } from '../shared/send-message';

export function PopupApp({ locale }: { locale: Locale }) {
	const t = uiCommon[locale];
	const [version, setVersion] = useState<string | null>(null);
	useEffect(() => {
		const abort = new AbortController();
		sendMessage('ping', { from: 'popup' }).then(({ version }) => {
			if (!abort.signal.aborted) setVersion(version);
		});
		return () => abort.abort();
	}, []);
	return (
		<main>
			<h1>{t.popupTitle}</h1>
			<p class="tagline">{t.tagline}</p>
			<p class="status" data-testid="status">
				{version === null ? t.popupConnecting : t.popupReady.replace('{version}', version)}
			</p>
			<button type="button" onClick={() => browser.runtime.openOptionsPage()}>
				{t.openOptions}
			</button>
		</main>
	);
}
