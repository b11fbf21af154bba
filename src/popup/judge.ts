import * as engine from '../engine';
import type { AnalyzeInput, Verdict } from '../engine/types';

const NOTHING: Verdict = { level: 'none', score: 0, family: null, signals: [], reminders: [] };

/** The engine's verdict on an input, judged in this page (nothing is sent anywhere). */
export function judge(input: AnalyzeInput): Verdict {
	const analyze = (engine as unknown as { analyze?: (input: AnalyzeInput) => Verdict }).analyze;
	return typeof analyze === 'function' ? analyze(input) : NOTHING;
}
