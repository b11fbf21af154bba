import { explainSignal, type Locale, type Match, reminderText, type Verdict } from '../engine/index';

/** The JSON object written for one verdict (scan --jsonl, --json, check --json). */
export function verdictJson(verdict: Verdict): Record<string, unknown> {
	return {
		level: verdict.level,
		score: verdict.score,
		family: verdict.family,
		signals: verdict.signals,
		reminders: verdict.reminders,
	};
}

const LEVEL_WORD: Readonly<Record<Locale, Record<Verdict['level'], string>>> = {
	en: { none: 'no warning', caution: 'CAUTION', danger: 'DANGER' },
	zh_CN: { none: '未发现风险', caution: '注意', danger: '危险' },
	zh_TW: { none: '未發現風險', caution: '注意', danger: '危險' },
};

function where(m: Match): string {
	return m.start >= 0 ? ` @${m.start}-${m.end}` : ` (${m.source})`;
}

function quote(s: string): string {
	const flat = s.replace(/\s+/g, ' ');
	return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}

/** A readable report of one verdict. */
export function formatReport(label: string, verdict: Verdict, locale: Locale): string {
	const lines: string[] = [];
	const head = `${label}: ${LEVEL_WORD[locale][verdict.level]} (score ${verdict.score}${verdict.family ? `, ${verdict.family}` : ''})`;
	lines.push(head);
	if (verdict.level === 'none' && verdict.signals.every((s) => s.kind !== 'lure' && s.kind !== 'action'))
		return lines.join('\n');
	const seen = new Set<string>();
	for (const m of verdict.signals) {
		const key = `${m.id}|${m.kind}`;
		const first = !seen.has(key);
		seen.add(key);
		lines.push(`  [${m.kind}] ${m.id} "${quote(m.text)}"${where(m)}`);
		if (first) {
			const why = explainSignal(m.id, locale);
			if (why) lines.push(`      ${why}`);
		}
	}
	for (const r of verdict.reminders) lines.push(`  * ${reminderText(r, locale)}`);
	return lines.join('\n');
}
