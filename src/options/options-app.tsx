import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../engine/types';
import { resolveUiLocale } from '../i18n/ui-locale';
import { UI_OPTIONS } from '../i18n/ui-options';
import type { Counters } from '../shared/counters';
import {
	type AllowEntry,
	LANGUAGE_CHOICES,
	SCAN_SCOPE_KEYS,
	SENSITIVITIES,
	type Settings,
	siteKey,
} from '../shared/settings';
import type { OptionsStore } from './options-store';

export interface OptionsAppProps {
	store: OptionsStore;
	/** The browser's UI language, used when the language setting is `auto`. */
	browserLanguage: string;
	now?: () => number;
}

const VALID_SITE = /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)+$/;

function formatMs(ms: number): string {
	return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

/** Settings: language, sensitivity, what is scanned, paused sites, "this is fine" list, privacy, counters. */
export function OptionsApp({ store, browserLanguage }: OptionsAppProps) {
	const [settings, setSettings] = useState<Settings | null>(null);
	const [counters, setCounters] = useState<Counters | null>(null);
	const [removed, setRemoved] = useState<AllowEntry | null>(null);
	const [newSite, setNewSite] = useState('');
	const [siteError, setSiteError] = useState(false);
	const [confirming, setConfirming] = useState(false);
	const [cleared, setCleared] = useState(false);

	const load = async () => {
		const [s, c] = await Promise.all([store.readSettings(), store.readCounters()]);
		setSettings(s);
		setCounters(c);
	};
	useEffect(() => {
		void load();
	}, [store]);

	const locale: Locale = resolveUiLocale(settings?.language ?? 'auto', browserLanguage);
	useEffect(() => {
		document.documentElement.lang = locale === 'zh_CN' ? 'zh-Hans' : locale === 'zh_TW' ? 'zh-Hant' : 'en';
		document.title = UI_OPTIONS[locale].title;
	}, [locale]);
	if (!settings || !counters) return <main class="options" aria-busy="true" />;
	const t = UI_OPTIONS[locale];

	const update = async (change: (s: Settings) => Settings) => {
		setCleared(false);
		setSettings(await store.updateSettings(change));
	};
	const addSite = async (e: Event) => {
		e.preventDefault();
		const key = siteKey(newSite.includes('://') ? newSite : `https://${newSite.trim()}`);
		if (!VALID_SITE.test(key)) {
			setSiteError(true);
			return;
		}
		setSiteError(false);
		setNewSite('');
		await update((s) => ({ ...s, pausedSites: [...s.pausedSites.filter((p) => p !== key), key] }));
	};
	const removeAllow = async (entry: AllowEntry) => {
		setRemoved(entry);
		await update((s) => ({
			...s,
			allowList: s.allowList.filter((e) => !(e.site === entry.site && e.sender === entry.sender)),
		}));
	};
	const undoRemove = async () => {
		const entry = removed;
		if (!entry) return;
		setRemoved(null);
		await update((s) => ({ ...s, allowList: [...s.allowList, entry] }));
	};
	const clearAll = async () => {
		await store.clearAll();
		setConfirming(false);
		setRemoved(null);
		await load();
		setCleared(true);
	};
	const perPage = counters.pagesScanned > 0 ? counters.scanTimeMs / counters.pagesScanned : 0;

	return (
		<main class="options">
			<h1>{t.title}</h1>

			<section aria-labelledby="privacy-title" class="privacy">
				<h2 id="privacy-title">{t.privacy.title}</h2>
				<p data-testid="privacy" class="never">
					{t.privacy.never}
				</p>
				<ul>
					{t.privacy.stored.map((line) => (
						<li key={line}>{line}</li>
					))}
				</ul>
			</section>

			<section aria-labelledby="language-title">
				<h2 id="language-title">{t.language.title}</h2>
				<select
					id="language"
					aria-labelledby="language-title"
					value={settings.language}
					onChange={(e) => {
						const language = (e.currentTarget as HTMLSelectElement).value as Settings['language'];
						void update((s) => ({ ...s, language }));
					}}
				>
					{LANGUAGE_CHOICES.map((choice) => (
						<option key={choice} value={choice}>
							{t.language[choice]}
						</option>
					))}
				</select>
			</section>

			<fieldset>
				<legend>{t.sensitivity.title}</legend>
				{SENSITIVITIES.map((level) => (
					<label key={level} class="choice">
						<input
							type="radio"
							name="sensitivity"
							value={level}
							checked={settings.sensitivity === level}
							onChange={() => void update((s) => ({ ...s, sensitivity: level }))}
						/>
						<span>
							<strong>{t.sensitivity[level]}</strong>
							<span class="hint">{t.sensitivity[`${level}Hint`]}</span>
						</span>
					</label>
				))}
			</fieldset>

			<fieldset>
				<legend>{t.scan.title}</legend>
				{SCAN_SCOPE_KEYS.map((key) => (
					<label key={key} class="choice">
						<input
							type="checkbox"
							name={`scan-${key}`}
							checked={settings.scan[key]}
							onChange={(e) => {
								const on = (e.currentTarget as HTMLInputElement).checked;
								void update((s) => ({ ...s, scan: { ...s.scan, [key]: on } }));
							}}
						/>
						<span>
							{t.scan[key]}
							{key === 'everywhere' && <span class="hint">{t.scan.everywhereHint}</span>}
						</span>
					</label>
				))}
			</fieldset>

			<section aria-labelledby="paused-title">
				<h2 id="paused-title">{t.paused.title}</h2>
				{settings.pausedSites.length === 0 ? (
					<p class="muted">{t.paused.empty}</p>
				) : (
					<ul class="list paused">
						{settings.pausedSites.map((site) => (
							<li key={site}>
								<span>{site}</span>
								<button
									type="button"
									onClick={() =>
										void update((s) => ({ ...s, pausedSites: s.pausedSites.filter((p) => p !== site) }))
									}
								>
									{t.paused.remove}
								</button>
							</li>
						))}
					</ul>
				)}
				<form class="add-site" onSubmit={addSite}>
					<input
						type="text"
						aria-label={t.paused.title}
						placeholder={t.paused.placeholder}
						value={newSite}
						aria-invalid={siteError}
						onInput={(e) => setNewSite((e.currentTarget as HTMLInputElement).value)}
					/>
					<button type="submit">{t.paused.add}</button>
				</form>
				{siteError && (
					<p class="error" role="alert">
						{t.paused.invalid}
					</p>
				)}
			</section>

			<section aria-labelledby="allow-title">
				<h2 id="allow-title">{t.allow.title}</h2>
				<p class="muted">{t.allow.intro}</p>
				{settings.allowList.length === 0 ? (
					<p class="muted">{t.allow.empty}</p>
				) : (
					<ul class="list allow">
						{settings.allowList.map((entry) => (
							<li key={`${entry.site}\n${entry.sender}`}>
								<span>
									<strong>{entry.site}</strong> {entry.sender || t.allow.anySender}
								</span>
								<button type="button" onClick={() => void removeAllow(entry)}>
									{t.allow.remove}
								</button>
							</li>
						))}
					</ul>
				)}
				{removed && (
					<p class="undo" role="status">
						{t.allow.removed.replace('{site}', `${removed.site} ${removed.sender}`.trim())}{' '}
						<button type="button" onClick={() => void undoRemove()}>
							{t.allow.undo}
						</button>
					</p>
				)}
			</section>

			<section aria-labelledby="counters-title" class="counters">
				<h2 id="counters-title">{t.counters.title}</h2>
				<p class="muted">{t.counters.intro}</p>
				<dl>
					<div>
						<dt>{t.counters.warnings}</dt>
						<dd data-testid="counter-warnings">{counters.warningsShown}</dd>
					</div>
					<div>
						<dt>{t.counters.pages}</dt>
						<dd data-testid="counter-pages">{counters.pagesScanned}</dd>
					</div>
					<div>
						<dt>{t.counters.scanTime}</dt>
						<dd data-testid="counter-time">
							{formatMs(counters.scanTimeMs)}
							{perPage > 0 && (
								<span class="hint">{t.counters.perPage.replace('{ms}', perPage.toFixed(1))}</span>
							)}
						</dd>
					</div>
				</dl>
				<p class="muted small">
					{t.counters.since.replace(
						'{date}',
						new Date(counters.since).toLocaleDateString(locale.replace('_', '-')),
					)}
				</p>
			</section>

			<section aria-labelledby="clear-title" class="clear">
				<h2 id="clear-title">{t.clear.title}</h2>
				<p class="muted">{t.clear.intro}</p>
				{confirming ? (
					<p>
						{t.clear.confirm}{' '}
						<button type="button" class="danger" onClick={() => void clearAll()}>
							{t.clear.button}
						</button>{' '}
						<button type="button" onClick={() => setConfirming(false)}>
							{t.clear.cancel}
						</button>
					</p>
				) : (
					<button type="button" class="danger" onClick={() => setConfirming(true)}>
						{t.clear.button}
					</button>
				)}
				{cleared && (
					<p role="status" class="done">
						{t.clear.done}
					</p>
				)}
			</section>
		</main>
	);
}
