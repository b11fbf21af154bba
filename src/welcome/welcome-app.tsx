import { useEffect, useRef } from 'preact/hooks';
import type { AnalyzeInput, FamilyId, Locale, Verdict } from '../engine/types';
import { UI_WELCOME } from '../i18n/ui-welcome';
import { mountInlineWarning } from '../warn/mount';

export interface WelcomeAppProps {
	locale: Locale;
	judge: (input: AnalyzeInput) => Verdict;
	onOpenTips: (family: FamilyId | null) => void;
	onOpenOptions: () => void;
}

/** A sample scam message and the warning the engine's real verdict on it produces, exactly as a page shows it. */
function LiveExample({ locale, judge, onOpenTips }: Omit<WelcomeAppProps, 'onOpenOptions'>) {
	const t = UI_WELCOME[locale];
	const bubble = useRef<HTMLDivElement>(null);
	useEffect(() => {
		const anchor = bubble.current;
		if (!anchor) return;
		const abort = new AbortController();
		const input: AnalyzeInput = { text: t.exampleMessage, lang: locale.replace('_', '-') };
		mountInlineWarning({
			anchor,
			textRoot: anchor.querySelector('.text') ?? anchor,
			verdict: judge(input),
			input,
			locale,
			pageUrl: '',
			sender: t.exampleSender,
			signal: abort.signal,
			bridge: null,
			elementId: `welcome-example-${locale}`,
			onAction: (action) => {
				if (action.type === 'learn-more') onOpenTips(action.family);
			},
		});
		return () => abort.abort();
	}, [locale, judge, onOpenTips, t]);
	return (
		<div class="chat" data-testid="example">
			<div class="bubble" ref={bubble}>
				<p class="sender">{t.exampleSender}</p>
				<p class="text">{t.exampleMessage}</p>
			</div>
		</div>
	);
}

/** First run: what the extension does, what it never does, and a live example warning. */
export function WelcomeApp(props: WelcomeAppProps) {
	const t = UI_WELCOME[props.locale];
	return (
		<main class="welcome">
			<h1>{t.title}</h1>
			<p class="lead">{t.lead}</p>
			<div class="columns">
				<section aria-labelledby="does-title">
					<h2 id="does-title">{t.doesTitle}</h2>
					<ul>
						{t.does.map((line) => (
							<li key={line}>{line}</li>
						))}
					</ul>
				</section>
				<section aria-labelledby="never-title" class="never">
					<h2 id="never-title">{t.neverTitle}</h2>
					<ul>
						{t.never.map((line) => (
							<li key={line}>{line}</li>
						))}
					</ul>
				</section>
			</div>
			<section aria-labelledby="example-title">
				<h2 id="example-title">{t.exampleTitle}</h2>
				<p>{t.exampleIntro}</p>
				<LiveExample locale={props.locale} judge={props.judge} onOpenTips={props.onOpenTips} />
			</section>
			<p>{t.next}</p>
			<p class="buttons">
				<button type="button" class="primary" onClick={() => props.onOpenTips(null)}>
					{t.openTips}
				</button>
				<button type="button" onClick={props.onOpenOptions}>
					{t.openOptions}
				</button>
			</p>
		</main>
	);
}
