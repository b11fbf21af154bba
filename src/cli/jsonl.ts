import { type AnalyzeInput, analyze } from '../engine/index';
import { verdictJson } from './report';

/**
 * One input line of `scan --jsonl` to one output line. The id is echoed verbatim: its raw JSON text is
 * copied from the input, so 12345678901234567890 or 1.50 come back exactly as sent.
 */
export function processJsonLine(line: string, lineNumber: number): string | null {
	if (line.trim().length === 0) return null;
	let value: unknown;
	try {
		value = JSON.parse(line);
	} catch (e) {
		return JSON.stringify({ id: null, line: lineNumber, error: `invalid JSON: ${(e as Error).message}` });
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		return JSON.stringify({ id: null, line: lineNumber, error: 'each line must be a JSON object' });
	const obj = value as Record<string, unknown>;
	const rawId = rawMemberValue(line, 'id') ?? 'null';
	const problem = validate(obj);
	if (problem) return `{"id":${rawId},${JSON.stringify({ line: lineNumber, error: problem }).slice(1)}`;
	const input: AnalyzeInput = {};
	if (typeof obj.text === 'string') input.text = obj.text;
	if (typeof obj.url === 'string')
		input.links = [
			typeof obj.linkText === 'string' ? { href: obj.url, text: obj.linkText } : { href: obj.url },
		];
	if (Array.isArray(obj.context)) input.context = obj.context as string[];
	if (typeof obj.lang === 'string') input.lang = obj.lang;
	const verdict = analyze(input);
	return `{"id":${rawId},${JSON.stringify(verdictJson(verdict)).slice(1)}`;
}

function validate(obj: Record<string, unknown>): string | null {
	for (const key of ['text', 'url', 'linkText', 'lang'] as const) {
		if (obj[key] !== undefined && typeof obj[key] !== 'string') return `"${key}" must be a string`;
	}
	if (
		obj.context !== undefined &&
		!(Array.isArray(obj.context) && obj.context.every((c) => typeof c === 'string'))
	)
		return '"context" must be an array of strings';
	if (obj.text === undefined && obj.url === undefined) return 'a line needs "text" or "url"';
	return null;
}

/** Skips one JSON value starting at i (already valid JSON); returns the index after it. */
function skipValue(s: string, i: number): number {
	const c = s[i];
	if (c === '"') {
		for (let j = i + 1; j < s.length; j++) {
			if (s[j] === '\\') j++;
			else if (s[j] === '"') return j + 1;
		}
		return s.length;
	}
	if (c === '{' || c === '[') {
		let depth = 0;
		for (let j = i; j < s.length; j++) {
			const d = s[j];
			if (d === '"') {
				j = skipValue(s, j) - 1;
			} else if (d === '{' || d === '[') depth++;
			else if (d === '}' || d === ']') {
				depth--;
				if (depth === 0) return j + 1;
			}
		}
		return s.length;
	}
	let j = i;
	while (j < s.length && !/[\s,}\]]/.test(s[j]!)) j++;
	return j;
}

function skipSpace(s: string, i: number): number {
	while (i < s.length && /\s/.test(s[i]!)) i++;
	return i;
}

/** The raw JSON text of a top-level member of an object line (the last one wins, as in JSON.parse). */
export function rawMemberValue(line: string, name: string): string | null {
	let i = skipSpace(line, 0);
	if (line[i] !== '{') return null;
	i++;
	let found: string | null = null;
	for (;;) {
		i = skipSpace(line, i);
		if (line[i] === '}' || i >= line.length) return found;
		const keyEnd = skipValue(line, i);
		const key = JSON.parse(line.slice(i, keyEnd)) as string;
		i = skipSpace(line, keyEnd);
		i = skipSpace(line, i + 1);
		const valueEnd = skipValue(line, i);
		if (key === name) found = line.slice(i, valueEnd);
		i = skipSpace(line, valueEnd);
		if (line[i] === ',') i++;
	}
}
