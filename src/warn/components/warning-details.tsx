import { fillText } from '../../i18n/warn';
import type { SeenItem, WarningModel } from '../warning-model';

function SeenLine({ item, model }: { item: SeenItem; model: WarningModel }) {
	const t = model.texts;
	switch (item.kind) {
		case 'phrase':
			return (
				<li>
					<q>{item.text}</q>
				</li>
			);
		case 'link':
			return (
				<li>
					<span class="muted">
						{t.seenLink}
						{t.labelSep}
					</span>
					<span class="quote">{item.text}</span>{' '}
					<span>
						{fillText(t.seenLinkDomain, { domain: '' })}
						<span class="domain">{item.domain}</span>
					</span>
					{item.shown ? (
						<span class="muted"> {fillText(t.seenLinkMismatch, { shown: item.shown })}</span>
					) : null}
				</li>
			);
		case 'qr':
			return (
				<li>
					<span class="muted">
						{t.seenQr}
						{t.labelSep}
					</span>
					<span class="quote">{item.text}</span>
					{item.domain ? (
						<span>
							{' '}
							{fillText(t.seenLinkDomain, { domain: '' })}
							<span class="domain">{item.domain}</span>
						</span>
					) : null}
				</li>
			);
		case 'contact':
			return (
				<li>
					<span class="muted">
						{t.seenContact}
						{t.labelSep}
					</span>
					<span class="quote">{item.text}</span>
				</li>
			);
	}
}

/**
 * What was seen, what to do now (second: it is what a frightened reader needs at a glance), why it is a scam
 * pattern, the police reminders.
 */
export function WarningDetails({
	model,
	id,
	compact = false,
}: {
	model: WarningModel;
	id: string;
	/** The field warning: only what to do now, in short. */
	compact?: boolean;
}) {
	const t = model.texts;
	const calls = model.todo.filter((item) => item.tel);
	// Short form: no transfers or codes, then whom to call (or, without local numbers, the bank line).
	const todo = compact ? [model.todo[1]!, ...(calls.length ? calls : model.todo.slice(3, 4))] : model.todo;
	const phrases = model.seen.filter((item) => item.kind === 'phrase');
	const others = model.seen.filter((item) => item.kind !== 'phrase');
	return (
		<div class="body" id={id}>
			{!compact && model.seen.length > 0 && (
				<section>
					<h3>{t.sections.seen}</h3>
					<ul>
						{phrases.length > 0 && (
							<li>
								<span class="muted">
									{t.seenPhrase}
									{t.labelSep}
								</span>
								{phrases.map((item, i) => (
									<span key={item.text}>
										{i > 0 ? ' ' : ''}
										<q>{item.text}</q>
									</span>
								))}
							</li>
						)}
						{others.map((item) => (
							<SeenLine key={`${item.kind}:${item.text}`} item={item} model={model} />
						))}
					</ul>
				</section>
			)}
			<section>
				<h3>{t.sections.todo}</h3>
				<ul>
					{todo.map((item) =>
						item.tel ? (
							<li key={item.text}>
								<a class="tel" href={`tel:${item.tel}`}>
									{item.text}
								</a>
							</li>
						) : (
							<li key={item.text}>{item.text}</li>
						),
					)}
				</ul>
			</section>
			{!compact && model.why.length > 0 && (
				<section>
					<h3>{t.sections.why}</h3>
					<ul>
						{model.why.map((line) => (
							<li key={line}>{line}</li>
						))}
					</ul>
				</section>
			)}
			{!compact && model.reminders.length > 0 && (
				<section>
					<h3>{t.sections.reminders}</h3>
					<ul>
						{model.reminders.map((line) => (
							<li key={line}>{line}</li>
						))}
					</ul>
				</section>
			)}
		</div>
	);
}
