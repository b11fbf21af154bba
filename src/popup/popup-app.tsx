import { useState } from 'preact/hooks';
import type { FamilyId, Locale } from '../engine/types';
import { uiCommon } from '../i18n/ui-common';
import { UI_POPUP } from '../i18n/ui-popup';
import { CheckView, type CheckViewProps } from './check-view';
import type { PopupApi } from './popup-api';
import { ThisTabView } from './this-tab-view';
import { TipsView } from './tips-view';

export const POPUP_VIEWS = ['tab', 'tips', 'check'] as const;
export type PopupView = (typeof POPUP_VIEWS)[number];

export interface PopupAppProps {
	locale: Locale;
	api: PopupApi;
	tabId: number | null;
	initialView?: PopupView;
	judge: CheckViewProps['judge'];
	decodeQr?: CheckViewProps['decodeQr'];
}

/** The toolbar popup: this tab's warnings, the safety tips, and "check it yourself". */
export function PopupApp({ locale, api, tabId, initialView = 'tab', judge, decodeQr }: PopupAppProps) {
	const t = UI_POPUP[locale];
	const [view, setView] = useState<PopupView>(initialView);
	const openTips = (family: FamilyId | null) => void api.openTips(family);
	return (
		<main class="popup">
			<header>
				<h1>{uiCommon[locale].productName}</h1>
				<button type="button" class="settings" onClick={() => void api.openOptions()}>
					{t.settings}
				</button>
			</header>
			<div role="tablist" aria-label={uiCommon[locale].productName}>
				{POPUP_VIEWS.map((v) => (
					<button
						key={v}
						type="button"
						role="tab"
						id={`tab-${v}`}
						aria-selected={view === v}
						aria-controls={`panel-${v}`}
						tabIndex={view === v ? 0 : -1}
						onClick={() => setView(v)}
						onKeyDown={(e) => {
							const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
							if (!step) return;
							const next =
								POPUP_VIEWS[(POPUP_VIEWS.indexOf(v) + step + POPUP_VIEWS.length) % POPUP_VIEWS.length]!;
							setView(next);
							(e.currentTarget.parentElement?.querySelector(`#tab-${next}`) as HTMLElement | null)?.focus();
						}}
					>
						{t.views[v]}
					</button>
				))}
			</div>
			<div role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`} class="panel">
				{view === 'tab' && <ThisTabView api={api} tabId={tabId} locale={locale} />}
				{view === 'tips' && <TipsView locale={locale} onOpenFull={openTips} />}
				{view === 'check' && (
					<CheckView locale={locale} judge={judge} decodeQr={decodeQr} onLearnMore={openTips} />
				)}
			</div>
		</main>
	);
}
