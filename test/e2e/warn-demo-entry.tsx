/**
 * Test-only entry for the screenshot script: exposes the warning mount API to a fixture page so every state can be
 * rendered exactly as on a real page (closed shadow root, adopted sheet), without the scanning pipeline.
 */
import {
	CAUTION_EN,
	CAUTION_ZH,
	DANGER_EN,
	DANGER_ZH,
	FAKE_PAGE_EN,
	FAKE_PAGE_ZH,
} from '../../src/warn/fixtures/sample-warnings';
import { mountFieldWarning, mountInlineWarning, mountPageBanner } from '../../src/warn/index';

type Kind = 'caution' | 'danger' | 'banner' | 'field';

function show(kind: Kind, locale: 'zh_CN' | 'zh_TW' | 'en'): void {
	const signal = new AbortController().signal;
	const zh = locale !== 'en';
	if (kind === 'caution' || kind === 'danger') {
		const sample = kind === 'danger' ? (zh ? DANGER_ZH : DANGER_EN) : zh ? CAUTION_ZH : CAUTION_EN;
		const id = `m-${kind}${zh ? '' : '-en'}`;
		const text = document.getElementById(id)!;
		mountInlineWarning({
			anchor: text.closest('.msg')!,
			textRoot: text,
			...sample,
			locale,
			signal,
			bridge: null,
		});
		text.closest('.msg')!.scrollIntoView({ block: 'start' });
		return;
	}
	const sample = zh ? FAKE_PAGE_ZH : FAKE_PAGE_EN;
	if (kind === 'banner') {
		mountPageBanner({ ...sample, locale, signal, bridge: null });
		return;
	}
	const field = document.getElementById('card') as HTMLInputElement;
	field.focus();
	mountFieldWarning(field, { ...sample, locale, signal, bridge: null, fieldKind: 'card' });
}

(globalThis as { warnDemo?: unknown }).warnDemo = { show };
