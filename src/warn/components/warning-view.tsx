import { useEffect, useRef, useState } from 'preact/hooks';
import { copyText } from '../copy-text';
import { evidenceText } from '../evidence';
import type { WarnAction, WarningData } from '../types';
import { buildWarningModel, escalationDetail, type WarningModel } from '../warning-model';
import { WarningDetails } from './warning-details';
import { WarningIcon } from './warning-icon';

export type WarningVariant = 'inline' | 'banner' | 'field';

export interface WarningViewProps {
	data: WarningData;
	onAction: (action: WarnAction) => void;
	/** Whether this warning may speak now (see announcer.ts); its role stays either way. */
	live?: boolean;
	/** Set by the announcer when a queued warning gets its turn: a change inside the live region is announced. */
	announceText?: string;
	/** Host name for "this is fine"; the button is hidden without one. */
	site?: string;
	/** Injected in tests and on extension pages. */
	copy?: (text: string, container: Node | null) => Promise<boolean>;
	now?: () => Date;
	/** Unique per warning, for aria-controls. */
	idPrefix?: string;
}

let nextId = 0;

function Summary({
	model,
	data,
	variant,
}: {
	model: WarningModel;
	data: WarningData;
	variant: WarningVariant;
}) {
	if (variant === 'field') return <p class="summary">{model.texts.fieldDetail}</p>;
	if (data.escalation) return <p class="summary">{escalationDetail(data)}</p>;
	const first = model.seen.find((s) => s.kind === 'phrase') ?? model.seen[0];
	if (!first) return null;
	if (first.kind === 'link' || (first.kind === 'qr' && first.domain)) {
		return (
			<p class="summary">
				<span class="muted">
					{first.kind === 'link' ? model.texts.seenLink : model.texts.seenQr}
					{model.texts.labelSep}
				</span>
				<span class="domain">{first.domain}</span>
			</p>
		);
	}
	const phrases = model.seen.filter((s) => s.kind === 'phrase').slice(0, 3);
	return (
		<p class="summary">
			{phrases.map((item, i) => (
				<span key={item.text}>
					{i > 0 ? ' ' : ''}
					<q>{item.text}</q>
				</span>
			))}
		</p>
	);
}

/**
 * One warning, in any of the three places: inline after a message, a page banner, or anchored to a field.
 * Caution starts compact (headline, the key phrase, a details button); danger starts expanded.
 */
export function WarningView(props: WarningViewProps & { variant: WarningVariant }) {
	const { data, onAction, variant, live = true, announceText = '', site } = props;
	const model = buildWarningModel(data);
	const idRef = useRef(props.idPrefix ?? `w${++nextId}`);
	const detailsId = `${idRef.current}-details`;
	const rootRef = useRef<HTMLElement>(null);
	const [expanded, setExpanded] = useState(model.level === 'danger' && variant === 'inline');
	const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
	// A caution that becomes danger opens up.
	useEffect(() => {
		if (model.level === 'danger' && variant === 'inline') setExpanded(true);
	}, [model.level, variant]);
	useEffect(() => {
		if (copyState === 'idle') return;
		const timer = setTimeout(() => setCopyState('idle'), 4000);
		return () => clearTimeout(timer);
	}, [copyState]);

	const t = model.texts;
	const role = model.level === 'caution' && variant === 'inline' ? 'status' : 'alert';
	const politeness = role === 'alert' ? 'assertive' : 'polite';
	const canExpand = variant !== 'field' && !(model.level === 'danger' && variant === 'inline');

	const copy = async () => {
		const text = evidenceText(data, props.now?.());
		const ok = await (props.copy ?? copyText)(text, rootRef.current);
		setCopyState(ok ? 'copied' : 'failed');
		onAction({ type: 'copy-evidence', text, copied: ok });
	};
	const toggle = () => {
		setExpanded(!expanded);
		onAction({ type: 'expand', expanded: !expanded });
	};

	return (
		<section
			ref={rootRef}
			class={`rg ${model.level} ${variant}`}
			role={role}
			aria-label={model.accessibleName}
			aria-live={live ? politeness : 'off'}
			data-level={model.level}
			data-variant={variant}
		>
			<span class="sr">{announceText}</span>
			<div class={variant === 'banner' ? 'inner' : undefined}>
				<div class="head">
					<WarningIcon />
					<div>
						<p class="title">
							<span class="level">{t.levelName[model.level]}</span>
							{variant === 'field' ? t.fieldHeadline : model.headline}
							<span class="brand">{t.productName}</span>
						</p>
						{!(expanded && variant !== 'field') && <Summary model={model} data={data} variant={variant} />}
					</div>
				</div>
				{(expanded || variant === 'field') && (
					<WarningDetails model={model} id={detailsId} compact={variant === 'field'} />
				)}
				<div class="actions">
					{canExpand && (
						<button
							type="button"
							class="primary"
							aria-expanded={expanded}
							aria-controls={detailsId}
							onClick={toggle}
						>
							{expanded ? t.actions.hideDetails : t.actions.details}
						</button>
					)}
					{variant !== 'field' && (
						<button type="button" onClick={copy}>
							{copyState === 'copied'
								? t.actions.copied
								: copyState === 'failed'
									? t.actions.copyFailed
									: t.actions.copyEvidence}
						</button>
					)}
					<button type="button" onClick={() => onAction({ type: 'learn-more', family: model.family })}>
						{t.actions.learnMore}
					</button>
					{site !== undefined && variant !== 'field' && (
						<button
							type="button"
							title={t.actions.thisIsFineHint}
							onClick={() => onAction({ type: 'this-is-fine', site, sender: data.sender ?? '' })}
						>
							{t.actions.thisIsFine}
						</button>
					)}
					<button type="button" onClick={() => onAction({ type: 'dismiss' })}>
						{t.actions.dismiss}
					</button>
				</div>
			</div>
		</section>
	);
}

export function InlineWarning(props: WarningViewProps) {
	return <WarningView {...props} variant="inline" />;
}

export function PageBanner(props: WarningViewProps) {
	return <WarningView {...props} variant="banner" />;
}

export function FieldWarning(props: WarningViewProps) {
	return <WarningView {...props} variant="field" />;
}
