import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../engine/types';
import { UI_POPUP } from '../i18n/ui-popup';
import { UI_TIPS } from '../i18n/ui-tips';
import type { LocatedFinding } from '../shared/findings';
import { signalExplanation } from '../warn/engine-texts';
import type { PopupApi, TabReport } from './popup-api';

const MAX_REASONS = 3;
const MAX_QUOTES = 6;
const LEVEL_ORDER = { danger: 0, caution: 1 } as const;
const KIND_ORDER = { page: 0, message: 1, field: 2 } as const;

/** Findings as the popup lists them: active before resolved, danger before caution, page before messages. */
export function orderFindings(findings: readonly LocatedFinding[]): LocatedFinding[] {
	return [...findings].sort(
		(a, b) =>
			Number(a.state !== 'active') - Number(b.state !== 'active') ||
			LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
			KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
			a.frameId - b.frameId ||
			a.at - b.at,
	);
}

function FindingCard({
	finding,
	locale,
	onShow,
	gone,
}: {
	finding: LocatedFinding;
	locale: Locale;
	onShow: () => void;
	gone: boolean;
}) {
	const t = UI_POPUP[locale].tab;
	const family = finding.family ? UI_TIPS[locale].families[finding.family]?.name : undefined;
	// The popup is small: the strongest few reasons and phrases; the warning on the page has them all.
	const explanations = [
		...new Map(finding.signals.map((s) => [s.id, signalExplanation(s.id, locale)] as const)).entries(),
	]
		.filter(([, text]) => text)
		.slice(0, MAX_REASONS);
	const quotes = [...new Set(finding.signals.map((s) => s.text).filter(Boolean))].slice(0, MAX_QUOTES);
	return (
		<li class={`finding ${finding.level} ${finding.state}`} data-element-id={finding.elementId}>
			<div class="finding-head">
				<span class={`level-tag ${finding.level}`}>{t.level[finding.level]}</span>
				<span class="family">{family ?? t.kind[finding.kind]}</span>
				{finding.state !== 'active' && <span class="state-tag">{t.state[finding.state]}</span>}
			</div>
			{finding.sender && (
				<p class="sender">
					<span class="muted">{t.from}: </span>
					{finding.sender}
				</p>
			)}
			{finding.excerpt && <p class="excerpt">{finding.excerpt}</p>}
			{quotes.length > 0 && (
				<p class="quotes">
					<span class="muted">{t.seen}: </span>
					{quotes.map((q) => (
						<q key={q}>{q}</q>
					))}
				</p>
			)}
			{explanations.length > 0 && (
				<ul class="why" aria-label={t.why}>
					{explanations.map(([id, text]) => (
						<li key={id}>{text}</li>
					))}
				</ul>
			)}
			<div class="finding-actions">
				<button type="button" class="show" onClick={onShow}>
					{t.show}
				</button>
				{gone && (
					<span class="gone" role="status">
						{t.gone}
					</span>
				)}
			</div>
		</li>
	);
}

export interface ThisTabViewProps {
	api: PopupApi;
	/** null when the popup could not tell which tab it belongs to. */
	tabId: number | null;
	locale: Locale;
}

/** The current tab's warnings, each with a button that scrolls the page to it, and pause/resume for the site. */
export function ThisTabView({ api, tabId, locale }: ThisTabViewProps) {
	const t = UI_POPUP[locale].tab;
	const [report, setReport] = useState<TabReport | null>(null);
	const [failed, setFailed] = useState(false);
	const [gone, setGone] = useState<Set<string>>(new Set());

	useEffect(() => {
		if (tabId === null) return;
		const abort = new AbortController();
		api.getFindings(tabId).then(
			(r) => !abort.signal.aborted && setReport(r),
			() => !abort.signal.aborted && setFailed(true),
		);
		return () => abort.abort();
	}, [api, tabId]);

	if (tabId === null || failed) return <p class="empty">{t.noPage}</p>;
	if (!report) return <p class="empty" aria-busy="true" />;

	const togglePause = async () => {
		await api.setPaused(report.site, !report.paused);
		setReport({ ...report, paused: !report.paused });
	};
	const show = async (f: LocatedFinding) => {
		const key = `${f.frameId}/${f.elementId}`;
		const found = await api.reveal(tabId, f.frameId, f.elementId).catch(() => false);
		const next = new Set(gone);
		if (found) next.delete(key);
		else next.add(key);
		setGone(next);
	};
	const findings = orderFindings(report.findings);

	return (
		<section class="this-tab" aria-labelledby="this-tab-title">
			<div class="site-row">
				<h2 id="this-tab-title" class="site">
					{report.site || report.url}
				</h2>
				{report.site && (
					<button type="button" class="pause" aria-pressed={report.paused} onClick={togglePause}>
						{report.paused ? t.resume : t.pause}
					</button>
				)}
			</div>
			{report.paused && (
				<p class="paused-note" role="status">
					{t.paused}
				</p>
			)}
			{findings.length === 0 ? (
				<div class="empty">
					<p>{t.none}</p>
					<p class="muted">{t.noneHint}</p>
				</div>
			) : (
				<>
					<p class="count" data-testid="count">
						{t.count.replace('{count}', String(report.badge.count))}
					</p>
					<ul class="findings">
						{findings.map((f) => (
							<FindingCard
								key={`${f.frameId}/${f.elementId}`}
								finding={f}
								locale={locale}
								gone={gone.has(`${f.frameId}/${f.elementId}`)}
								onShow={() => show(f)}
							/>
						))}
					</ul>
				</>
			)}
		</section>
	);
}
