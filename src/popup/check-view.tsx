import { useCallback, useMemo, useState } from 'preact/hooks';
import type { AnalyzeInput, FamilyId, Locale, Verdict } from '../engine/types';
import { UI_POPUP } from '../i18n/ui-popup';
import type { WarnAction, WarningData } from '../warn/types';
import { PopupWarning } from './popup-warning';

const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)[^\s<>"'“”‘’，。！？、；]+/giu;
const MAX_INPUT = 20_000;

/** Turns what the user pasted (a message, a number or a link) and decoded QR payloads into an engine input. */
export function checkInput(text: string, qr: readonly string[], lang: Locale): AnalyzeInput {
	const trimmed = text.trim().slice(0, MAX_INPUT);
	const links = [...trimmed.matchAll(URL_IN_TEXT)].map((m) => {
		const href = m[0].replace(/[).,;:!?]+$/, '');
		return { href: href.startsWith('www.') ? `https://${href}` : href };
	});
	const input: AnalyzeInput = { text: trimmed, lang: lang === 'en' ? 'en' : lang.replace('_', '-') };
	if (links.length > 0) input.links = links;
	if (qr.length > 0) input.qr = [...qr];
	return input;
}

export interface CheckViewProps {
	locale: Locale;
	judge: (input: AnalyzeInput) => Verdict;
	/** QR decoding of an image file; absent where WebAssembly is unavailable. */
	decodeQr?: (image: Blob) => Promise<string[]>;
	onLearnMore: (family: FamilyId | null) => void;
}

type QrState =
	| { status: 'idle' }
	| { status: 'decoding' }
	| { status: 'none' }
	| { status: 'found'; payloads: string[] };

/** "Check it yourself": the engine judges pasted text or a QR image here, and the page's own warning shows why. */
export function CheckView({ locale, judge, decodeQr, onLearnMore }: CheckViewProps) {
	const t = UI_POPUP[locale].check;
	const [text, setText] = useState('');
	const [qr, setQr] = useState<QrState>({ status: 'idle' });
	const [result, setResult] = useState<WarningData | 'none' | 'empty' | null>(null);

	const payloads = qr.status === 'found' ? qr.payloads : [];

	const run = (value: string, qrPayloads: readonly string[]) => {
		if (!value.trim() && qrPayloads.length === 0) {
			setResult('empty');
			return;
		}
		const input = checkInput(value, qrPayloads, locale);
		const verdict = judge(input);
		setResult(verdict.level === 'none' ? 'none' : { verdict, input, locale, pageUrl: '' });
	};

	const takeImage = async (file: File | null | undefined) => {
		if (!file || !decodeQr || !file.type.startsWith('image/')) return;
		setQr({ status: 'decoding' });
		try {
			const found = await decodeQr(file);
			if (found.length === 0) {
				setQr({ status: 'none' });
				return;
			}
			setQr({ status: 'found', payloads: found });
			run(text, found);
		} catch {
			setQr({ status: 'none' });
		}
	};

	const onAction = useCallback(
		(action: WarnAction) => {
			if (action.type === 'learn-more') onLearnMore(action.family);
			if (action.type === 'dismiss') setResult(null);
		},
		[onLearnMore],
	);
	const warning = useMemo(() => (typeof result === 'object' ? result : null), [result]);

	return (
		<section class="check" aria-labelledby="check-title">
			<h2 id="check-title" class="sr-only">
				{UI_POPUP[locale].views.check}
			</h2>
			<p class="intro">{t.intro}</p>
			<form
				onSubmit={(e) => {
					e.preventDefault();
					run(text, payloads);
				}}
			>
				<label for="check-text" class="sr-only">
					{t.label}
				</label>
				<textarea
					id="check-text"
					rows={5}
					maxLength={MAX_INPUT}
					placeholder={t.placeholder}
					value={text}
					onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
					onPaste={(e) => {
						const file = [...(e.clipboardData?.files ?? [])].find((f) => f.type.startsWith('image/'));
						if (file) {
							e.preventDefault();
							void takeImage(file);
						}
					}}
				/>
				{decodeQr && (
					<label
						class="drop"
						onDragOver={(e) => e.preventDefault()}
						onDrop={(e) => {
							e.preventDefault();
							void takeImage(e.dataTransfer?.files[0]);
						}}
					>
						<span>{t.qrDrop}</span>
						<span class="link">{t.qrPick}</span>
						<input
							type="file"
							accept="image/*"
							class="sr-only"
							onChange={(e) => void takeImage((e.currentTarget as HTMLInputElement).files?.[0])}
						/>
					</label>
				)}
				<p class="qr-status" role="status">
					{qr.status === 'decoding' && t.decoding}
					{qr.status === 'none' && t.qrNone}
					{qr.status === 'found' &&
						qr.payloads.map((p) => <span key={p}>{t.qrFound.replace('{payload}', p)}</span>)}
				</p>
				<div class="row">
					<button type="submit" class="primary">
						{t.submit}
					</button>
					<button
						type="button"
						onClick={() => {
							setText('');
							setQr({ status: 'idle' });
							setResult(null);
						}}
					>
						{t.clear}
					</button>
				</div>
			</form>
			<div class="result" data-testid="check-result">
				{result === 'empty' && <p class="muted">{t.empty}</p>}
				{result === 'none' && (
					<div class="none" role="status">
						<p>
							<strong>{t.resultNone}</strong>
						</p>
						<p class="muted">{t.resultNoneHint}</p>
					</div>
				)}
				{warning && <PopupWarning data={warning} onAction={onAction} />}
			</div>
			<p class="muted small">{t.offline}</p>
		</section>
	);
}
