import { FAMILY_IDS, type FamilyId, type Locale, REMINDER_IDS } from '../engine/types';
import { UI_TIPS } from '../i18n/ui-tips';
import { reminderLine } from '../warn/engine-texts';
import { officialContacts } from './official-contacts';

export interface TipsViewProps {
	locale: Locale;
	/** The full tips page shows every section; the popup shows the short cards and a link to the page. */
	full?: boolean;
	/** Popup only: opens the full page (at a family's card). */
	onOpenFull?: (family: FamilyId | null) => void;
}

function telHref(number: string): string {
	return `tel:${number.replace(/[^\d+]/g, '')}`;
}

/** The police's reminders, one card per scam family, what to do in an emergency, and the official numbers. */
export function TipsView({ locale, full = false, onOpenFull }: TipsViewProps) {
	const t = UI_TIPS[locale];
	const contacts = officialContacts(locale);
	return (
		<section class={`tips${full ? ' full' : ''}`} aria-labelledby="tips-title">
			<h2 id="tips-title" class={full ? undefined : 'sr-only'}>
				{t.title}
			</h2>
			{full && <p class="intro">{t.intro}</p>}

			<section class="emergency" aria-labelledby="emergency-title">
				<h3 id="emergency-title">{t.emergencyTitle}</h3>
				<ul>
					{t.emergency.map((line) => (
						<li key={line.label}>
							{line.number ? (
								<a class="tel" href={telHref(line.number)}>
									{line.number}
								</a>
							) : null}
							<span>{line.label}</span>
						</li>
					))}
				</ul>
				{t.appAdvice && <p class="app-advice">{t.appAdvice}</p>}
			</section>

			<section aria-labelledby="reminders-title">
				<h3 id="reminders-title">{t.remindersTitle}</h3>
				<ul class="cards reminders">
					{REMINDER_IDS.filter((id) => id !== 'emergency-contacts').map((id) => {
						const body = reminderLine(id, locale);
						return (
							<li class="card" key={id} id={`reminder-${id}`}>
								<h4>{t.reminderTitle[id]}</h4>
								{body && <p>{body}</p>}
							</li>
						);
					})}
				</ul>
			</section>

			<section aria-labelledby="families-title">
				<h3 id="families-title">{t.familiesTitle}</h3>
				<ul class="cards families">
					{FAMILY_IDS.map((id) => {
						const tip = t.families[id];
						if (!tip) return null;
						return (
							<li class="card family" key={id} id={id}>
								<h4>{tip.name}</h4>
								{full && (
									<p>
										<strong>{t.scriptLabel}: </strong>
										{tip.script}
									</p>
								)}
								<p class="giveaway">
									<strong>{t.giveawayLabel}: </strong>
									{tip.giveaway}
								</p>
								{!full && onOpenFull && (
									<button type="button" class="link" onClick={() => onOpenFull(id)}>
										{t.openFullTips}
									</button>
								)}
							</li>
						);
					})}
				</ul>
			</section>

			<section class="hotlines" aria-labelledby="hotlines-title">
				<h3 id="hotlines-title">{t.hotlinesTitle}</h3>
				<p class="muted">{t.hotlinesIntro}</p>
				<table>
					<tbody>
						{contacts.map((c) => (
							<tr key={c.id}>
								<th scope="row">{c.name}</th>
								<td>
									{c.numbers.map((n) => (
										<a key={n.number} class="tel" href={telHref(n.number)} title={n.label}>
											{n.number}
										</a>
									))}
								</td>
								<td class="domain">{c.domain}</td>
							</tr>
						))}
					</tbody>
				</table>
			</section>
			<p class="source muted">{t.source}</p>
		</section>
	);
}
