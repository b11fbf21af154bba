/**
 * refund-guard: the command-line scanner over the same engine as the extension. Reads files or standard
 * input, never the network.
 */

import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyze, analyzeUrl, catalogVersion, type Locale } from '../engine/index';
import { parseArgs, USAGE } from './args';
import { processJsonLine } from './jsonl';
import { readInput } from './read-input';
import { formatReport, verdictJson } from './report';

function version(): string {
	try {
		const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
			version?: string;
		};
		if (pkg.version) return pkg.version;
	} catch {
		// Running from source: the package file sits two levels up instead.
	}
	try {
		const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
			version?: string;
		};
		if (pkg.version) return pkg.version;
	} catch {
		// No package file next to us: report the catalogue only.
	}
	return 'unknown';
}

function pickLocale(explicit: string | undefined): Locale | null {
	const tag = (explicit ?? process.env.LC_ALL ?? process.env.LANG ?? 'en').toLowerCase().replace('-', '_');
	if (explicit !== undefined && !['en', 'zh_cn', 'zh_tw'].includes(tag)) return null;
	if (tag.startsWith('zh_tw') || tag.startsWith('zh_hk') || tag.startsWith('zh_hant')) return 'zh_TW';
	if (tag.startsWith('zh')) return 'zh_CN';
	return 'en';
}

async function write(line: string): Promise<void> {
	if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
}

function readStdin(): Uint8Array {
	return readFileSync(0);
}

async function scanJsonl(): Promise<number> {
	const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
	let n = 0;
	for await (const line of rl) {
		n++;
		const out = processJsonLine(line, n);
		if (out !== null) await write(out);
	}
	return 0;
}

async function main(argv: string[]): Promise<number> {
	const parsed = parseArgs(argv);
	if (parsed.kind === 'error') {
		process.stderr.write(`refund-guard: ${parsed.message}\n\n${USAGE}\n`);
		return 2;
	}
	if (parsed.kind === 'help') {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	if (parsed.kind === 'version') {
		process.stdout.write(`refund-guard ${version()} (signal catalogue ${catalogVersion})\n`);
		return 0;
	}
	const locale = pickLocale(parsed.locale);
	if (locale === null) {
		process.stderr.write(`refund-guard: unknown locale: ${parsed.locale} (use en, zh_CN or zh_TW)\n`);
		return 2;
	}
	if (parsed.kind === 'check') {
		for (const url of parsed.urls) {
			const verdict = analyzeUrl(url, parsed.text === undefined ? {} : { text: parsed.text });
			if (parsed.json) await write(JSON.stringify({ url, ...verdictJson(verdict) }));
			else await write(formatReport(url, verdict, locale));
		}
		return 0;
	}
	if (parsed.jsonl) return scanJsonl();
	let failed = 0;
	for (const file of parsed.files) {
		let bytes: Uint8Array;
		try {
			bytes = file === '-' ? readStdin() : readFileSync(file);
		} catch (e) {
			const code = (e as NodeJS.ErrnoException).code;
			process.stderr.write(
				`refund-guard: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}\n`,
			);
			failed++;
			continue;
		}
		const input = readInput(file, bytes);
		const verdict = analyze({ text: input.text, links: input.links });
		const label = file === '-' ? '(stdin)' : file;
		if (parsed.json)
			await write(JSON.stringify({ file: label, format: input.format, ...verdictJson(verdict) }));
		else await write(formatReport(`${label} [${input.format}]`, verdict, locale));
	}
	return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(e: unknown) => {
		process.stderr.write(`refund-guard: ${(e as Error).stack ?? String(e)}\n`);
		process.exitCode = 2;
	},
);
