/** Command-line grammar of refund-guard, parsed without side effects (testable). */

export type Command =
	| { kind: 'help' }
	| { kind: 'version' }
	| { kind: 'scan'; files: string[]; jsonl: boolean; json: boolean; locale: string | undefined }
	| { kind: 'check'; urls: string[]; text: string | undefined; json: boolean; locale: string | undefined };

export type Parsed = Command | { kind: 'error'; message: string };

export const USAGE = `Usage:
  refund-guard scan [FILE|-]...      scan .txt, .html and .eml files (or stdin for - / no FILE) and report
  refund-guard scan --jsonl          read JSON lines on stdin, write one verdict line per input line
  refund-guard check URL... [--text "visible link text"] [--json]
  refund-guard --help | --version

Options:
  --json            one JSON line per input instead of the readable report
  --locale L        language of explanations in the readable report: en, zh_CN or zh_TW
                    (default from LANG)

JSON lines input (scan --jsonl): {"id": any, "text"?: string, "url"?: string, "linkText"?: string,
  "context"?: string[], "lang"?: string}; output: {"id", "level", "score", "family", "signals", ...}.
Exit status: 0 when it ran (verdicts are data), 1 when a FILE could not be read, 2 on bad usage.
Everything runs on this device; nothing is sent anywhere.`;

export function parseArgs(argv: readonly string[]): Parsed {
	if (argv.length === 0) return { kind: 'help' };
	const [command, ...rest] = argv;
	if (command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
	if (command === '--version' || command === '-V' || command === 'version') return { kind: 'version' };
	if (command !== 'scan' && command !== 'check')
		return { kind: 'error', message: `unknown command: ${command}` };
	const positional: string[] = [];
	let jsonl = false;
	let json = false;
	let text: string | undefined;
	let locale: string | undefined;
	let onlyPositional = false;
	for (let i = 0; i < rest.length; i++) {
		const a = rest[i]!;
		if (onlyPositional || a === '-' || !a.startsWith('-')) {
			positional.push(a);
			continue;
		}
		if (a === '--') onlyPositional = true;
		else if (a === '--help' || a === '-h') return { kind: 'help' };
		else if (a === '--jsonl' && command === 'scan') jsonl = true;
		else if (a === '--json') json = true;
		else if (a === '--text' || a.startsWith('--text=')) {
			if (command !== 'check') return { kind: 'error', message: '--text only applies to check' };
			const value = a.startsWith('--text=') ? a.slice(7) : rest[++i];
			if (value === undefined) return { kind: 'error', message: '--text needs a value' };
			text = value;
		} else if (a === '--locale' || a.startsWith('--locale=')) {
			const value = a.startsWith('--locale=') ? a.slice(9) : rest[++i];
			if (value === undefined) return { kind: 'error', message: '--locale needs a value' };
			locale = value;
		} else return { kind: 'error', message: `unknown option: ${a}` };
	}
	if (command === 'check') {
		if (positional.length === 0) return { kind: 'error', message: 'check needs at least one URL' };
		return { kind: 'check', urls: positional, text, json, locale };
	}
	if (jsonl && positional.some((p) => p !== '-'))
		return { kind: 'error', message: '--jsonl reads standard input only; do not give FILE arguments' };
	return { kind: 'scan', files: positional.length === 0 ? ['-'] : positional, jsonl, json, locale };
}
