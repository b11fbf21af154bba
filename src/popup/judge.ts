import { analyze } from '../engine';
import type { AnalyzeInput, Verdict } from '../engine/types';

/** The engine's verdict on an input, judged in this page (nothing is sent anywhere). */
export function judge(input: AnalyzeInput): Verdict {
	return analyze(input);
}
