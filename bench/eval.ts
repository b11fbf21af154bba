/**
 * Detection quality report: `npm run eval [-- --verbose] [-- --json] [-- --only own|tele|urls]`.
 *
 * Sets: the project's labelled text cases (dev split and the frozen test split, reported separately), the
 * TeleAntiFraud dialogue set (in-scope and out-of-scope scam categories, benign calls), and the URL fixtures.
 * It reports and always exits 0: figures are printed next to the targets of the engine and links issues.
 * `--verbose` lists misses and false alarms of the dev split and the external sets; the test split shows
 * figures only, because it must never be tuned on (`--verbose-test` lists it too, for the final review).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrandEntry } from '../src/engine/rules/directory';
import type { AnalyzeInput, AnalyzeUrlOptions, FamilyId, Level, Verdict } from '../src/engine/types';
import { FAMILY_IDS } from '../src/engine/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TEXT_DIR = join(ROOT, 'test/fixtures/text');
const URL_DIR = join(ROOT, 'test/fixtures/urls');
const TELE_PATH = resolve(ROOT, '../shared/data/teleantifraud-dev-zh.jsonl');

const TARGETS = {
	ownRecallCaution: 0.97,
	ownBenignDanger: 0,
	ownBenignCaution: 0.01,
	teleBenignFa: 0.01,
	teleBenignDanger: 0,
	teleInScopeRecall: 0.9,
	urlImpersonationFlagged: 0.95,
	urlOrdinaryFlagged: 0.005,
} as const;

const TELE_IN_SCOPE = [
	'bank_cs_abnormal_transaction',
	'account_security_verification',
	'cs_impersonation_other',
	'refund_quality_issue',
	'logistics_lost_claim',
] as const;
const TELE_OUT_OF_SCOPE = ['courier_contraband_or_customs_fee'] as const;

interface Args {
	verbose: boolean;
	verboseTest: boolean;
	json: boolean;
	only: Set<string> | null;
}

function parseArgs(argv: string[]): Args {
	const args: Args = { verbose: false, verboseTest: false, json: false, only: null };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--verbose' || a === '-v') args.verbose = true;
		else if (a === '--verbose-test') {
			args.verbose = true;
			args.verboseTest = true;
		} else if (a === '--json') args.json = true;
		else if (a === '--only') {
			const v = argv[++i] ?? '';
			args.only = new Set(v.split(','));
		} else if (a?.startsWith('--only=')) args.only = new Set(a.slice(7).split(','));
	}
	return args;
}

const args = parseArgs(process.argv.slice(2));

/** The engine under test, loaded at run time so that a broken engine is reported instead of crashing the run. */
interface Engine {
	analyze(input: AnalyzeInput): Verdict;
	analyzeUrl(url: string, options?: AnalyzeUrlOptions): Verdict;
	catalogVersion: string;
}
let engine: Engine;
const analyze = (input: AnalyzeInput): Verdict => engine.analyze(input);
const analyzeUrl = (url: string, options?: AnalyzeUrlOptions): Verdict => engine.analyzeUrl(url, options);
// A closed pipe (`npm run eval | head`) ends the report quietly.
for (const stream of [process.stdout, process.stderr]) {
	stream.on('error', (err: NodeJS.ErrnoException) => {
		if (err.code === 'EPIPE') process.exit(0);
		throw err;
	});
}
/** With --json the readable report goes to stderr so stdout carries one JSON document. */
const out = (line = ''): void => {
	if (args.json) process.stderr.write(`${line}\n`);
	else process.stdout.write(`${line}\n`);
};

// ---------------------------------------------------------------- helpers

function readJsonl<T>(path: string): T[] {
	const rows: T[] = [];
	const lines = readFileSync(path, 'utf8').split('\n');
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]?.trim();
		if (!line) continue;
		try {
			rows.push(JSON.parse(line) as T);
		} catch (err) {
			out(`  ! ${path}:${i + 1}: not JSON (${(err as Error).message})`);
		}
	}
	return rows;
}

const isFlagged = (level: Level): boolean => level !== 'none';
const pct = (n: number, d: number): string =>
	d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);
const mark = (ok: boolean | null): string => (ok === null ? ' ' : ok ? '✓' : '✗');
const short = (s: string, n = 70): string => {
	const flat = s.replace(/\s+/g, ' ').trim();
	return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};
const pad = (s: string | number, n: number): string => String(s).padEnd(n);
const padL = (s: string | number, n: number): string => String(s).padStart(n);

function safeAnalyze(fn: () => Verdict): Verdict {
	try {
		return fn();
	} catch (err) {
		out(`  ! engine threw: ${(err as Error).message}`);
		return { level: 'none', score: 0, family: null, signals: [], reminders: [] };
	}
}

interface Counter {
	n: number;
	caution: number;
	danger: number;
}
const counter = (): Counter => ({ n: 0, caution: 0, danger: 0 });
function count(c: Counter, v: Verdict): void {
	c.n++;
	if (isFlagged(v.level)) c.caution++;
	if (v.level === 'danger') c.danger++;
}

type Confusion = Map<string, Map<string, number>>;
function bump(conf: Confusion, row: string, col: string): void {
	let r = conf.get(row);
	if (!r) {
		r = new Map();
		conf.set(row, r);
	}
	r.set(col, (r.get(col) ?? 0) + 1);
}

const FAMILY_ABBR: Record<FamilyId, string> = {
	'fake-refund': 'refund',
	'membership-cancel': 'member',
	'credit-threat': 'credit',
	'account-anomaly': 'account',
	'off-platform': 'offplat',
	'remote-control': 'remote',
	'credential-harvest': 'creds',
	overpayment: 'overpay',
	'callback-invoice': 'callback',
	'fake-refund-page': 'page',
};

function printConfusion(conf: Confusion, rows: string[], rowWidth: number): void {
	const cols = [...FAMILY_IDS, 'none'] as const;
	const head = cols.map((c) => padL(c === 'none' ? 'none' : FAMILY_ABBR[c], 8)).join('');
	out(`    ${pad('true \\ predicted', rowWidth)}${head}`);
	for (const row of rows) {
		const r = conf.get(row);
		if (!r) continue;
		const cells = cols.map((c) => {
			const v = r.get(c) ?? 0;
			return padL(v === 0 ? '.' : v, 8);
		});
		out(`    ${pad(row, rowWidth)}${cells.join('')}`);
	}
}

// ---------------------------------------------------------------- own text cases

interface TextCase {
	id: string;
	lang: string;
	label: 'scam' | 'benign';
	family: FamilyId | null;
	script: string;
	channel: string;
	text: string;
	context?: string[];
	split?: string;
}

interface OwnSummary {
	items: number;
	ms: number;
	families: Record<string, { n: number; recallCaution: number | null; recallDanger: number | null }>;
	langs: Record<string, { n: number; recallCaution: number | null }>;
	minFamilyRecallCaution: number | null;
	benign: { n: number; falseAlarms: number; falseDanger: number; faRate: number | null };
}

function evalOwn(name: string, cases: TextCase[], listDetails: boolean): OwnSummary {
	const started = performance.now();
	const fam = new Map<FamilyId, Counter>(FAMILY_IDS.map((f) => [f, counter()]));
	const langs = new Map<string, Counter>();
	/** Scam recall by channel and by thread/single message, to see where misses concentrate. */
	const slices = new Map<string, Counter>();
	const benign = counter();
	const benignByKind = new Map<string, Counter>();
	const conf: Confusion = new Map();
	const misses: string[] = [];
	const weak: string[] = [];
	const alarms: string[] = [];
	for (const c of cases) {
		const v = safeAnalyze(() => analyze({ text: c.text, ...(c.context ? { context: c.context } : {}) }));
		const predicted = isFlagged(v.level) ? (v.family ?? 'none') : 'none';
		const tag = `${c.id}  [${v.level} ${v.score}${v.family ? ` ${v.family}` : ''}]  ${short(c.text)}`;
		if (c.label === 'scam' && c.family) {
			const fc = fam.get(c.family);
			if (fc) count(fc, v);
			let lc = langs.get(c.lang);
			if (!lc) {
				lc = counter();
				langs.set(c.lang, lc);
			}
			count(lc, v);
			for (const key of [`channel ${c.channel}`, c.context ? 'threads (with context)' : 'single messages']) {
				let sc = slices.get(key);
				if (!sc) {
					sc = counter();
					slices.set(key, sc);
				}
				count(sc, v);
			}
			bump(conf, c.family, predicted);
			if (!isFlagged(v.level)) misses.push(tag);
			else if (v.level !== 'danger') weak.push(tag);
		} else {
			count(benign, v);
			let bk = benignByKind.get(c.script);
			if (!bk) {
				bk = counter();
				benignByKind.set(c.script, bk);
			}
			count(bk, v);
			if (isFlagged(v.level)) alarms.push(tag);
		}
	}
	const ms = performance.now() - started;

	out(`\n== Own text cases: ${name} (${cases.length} items, ${ms.toFixed(0)} ms)`);
	out(
		`    ${pad('family', 20)}${padL('n', 4)}  ${pad('caution+', 9)}  ${pad('danger', 7)}  target caution+ >= ${TARGETS.ownRecallCaution * 100}%`,
	);
	let minRecall: number | null = null;
	const families: OwnSummary['families'] = {};
	for (const f of FAMILY_IDS) {
		const c = fam.get(f) ?? counter();
		const rc = ratio(c.caution, c.n);
		const rd = ratio(c.danger, c.n);
		families[f] = { n: c.n, recallCaution: rc, recallDanger: rd };
		if (rc !== null) minRecall = minRecall === null ? rc : Math.min(minRecall, rc);
		out(
			`    ${pad(f, 20)}${padL(c.n, 4)}  ${pct(c.caution, c.n)}    ${pct(c.danger, c.n)}   ${mark(rc === null ? null : rc >= TARGETS.ownRecallCaution)}`,
		);
	}
	const all = [...fam.values()].reduce(
		(a, c) => ({ n: a.n + c.n, caution: a.caution + c.caution, danger: a.danger + c.danger }),
		counter(),
	);
	out(
		`    ${pad('all scams', 20)}${padL(all.n, 4)}  ${pct(all.caution, all.n)}    ${pct(all.danger, all.n)}`,
	);
	const langOut: OwnSummary['langs'] = {};
	const langLine = [...langs.entries()]
		.sort()
		.map(([l, c]) => {
			langOut[l] = { n: c.n, recallCaution: ratio(c.caution, c.n) };
			return `${l} ${pct(c.caution, c.n).trim()} of ${c.n}`;
		})
		.join(', ');
	out(`    scam recall (caution+) by language: ${langLine}`);
	const sliceLine = [...slices.entries()]
		.sort()
		.map(([k, c]) => `${k} ${pct(c.caution, c.n).trim()} of ${c.n}`)
		.join(', ');
	out(`    scam recall (caution+) by kind: ${sliceLine}`);
	const faRate = ratio(benign.caution, benign.n);
	out(
		`    benign: ${benign.n} items, false alarms (caution+) ${benign.caution} = ${pct(benign.caution, benign.n).trim()} ` +
			`${mark(faRate === null ? null : faRate <= TARGETS.ownBenignCaution)} (target <= ${TARGETS.ownBenignCaution * 100}%), ` +
			`false danger ${benign.danger} ${mark(benign.danger <= TARGETS.ownBenignDanger)} (target 0)`,
	);
	const noisy = [...benignByKind.entries()].filter(([, c]) => c.caution > 0);
	if (noisy.length > 0) {
		out(`    false alarms by benign kind: ${noisy.map(([k, c]) => `${k} ${c.caution}/${c.n}`).join(', ')}`);
	}
	out('    confusion (true family x predicted family at caution+, none = not flagged):');
	printConfusion(conf, [...FAMILY_IDS], 22);
	if (listDetails) {
		if (misses.length) out(`  misses (${misses.length}):\n    ${misses.join('\n    ')}`);
		if (weak.length) out(`  caught at caution only (${weak.length}):\n    ${weak.join('\n    ')}`);
		if (alarms.length) out(`  false alarms (${alarms.length}):\n    ${alarms.join('\n    ')}`);
	}
	return {
		items: cases.length,
		ms: Math.round(ms),
		families,
		langs: langOut,
		minFamilyRecallCaution: minRecall,
		benign: { n: benign.n, falseAlarms: benign.caution, falseDanger: benign.danger, faRate },
	};
}

// ---------------------------------------------------------------- TeleAntiFraud

interface TeleRow {
	id: string;
	text: string;
	label: 'scam' | 'benign';
	category: string;
}

interface TeleSummary {
	items: number;
	ms: number;
	categories: Record<string, { n: number; recallCaution: number | null; recallDanger: number | null }>;
	inScope: { n: number; recallCaution: number | null; recallDanger: number | null };
	outOfScope: { n: number; recallCaution: number | null; recallDanger: number | null };
	benign: { n: number; falseAlarms: number; falseDanger: number; faRate: number | null };
}

function evalTele(listDetails: boolean): TeleSummary | null {
	if (!existsSync(TELE_PATH)) {
		out(`\n== TeleAntiFraud: ${TELE_PATH} not found, skipped`);
		return null;
	}
	const rows = readJsonl<TeleRow>(TELE_PATH);
	const started = performance.now();
	const byCat = new Map<string, Counter>();
	const conf: Confusion = new Map();
	const misses = new Map<string, string[]>();
	const alarms: string[] = [];
	const benign = counter();
	for (const r of rows) {
		const v = safeAnalyze(() => analyze({ text: r.text, lang: 'zh-CN' }));
		let c = byCat.get(r.category);
		if (!c) {
			c = counter();
			byCat.set(r.category, c);
		}
		count(c, v);
		const predicted = isFlagged(v.level) ? (v.family ?? 'none') : 'none';
		bump(conf, r.category, predicted);
		const tag = `${r.id.replace(/^teleantifraud:multi-agents-tools\//, '')}  [${v.level} ${v.score}${v.family ? ` ${v.family}` : ''}]  ${short(r.text, 90)}`;
		if (r.label === 'benign') {
			count(benign, v);
			if (isFlagged(v.level)) alarms.push(tag);
		} else if (!isFlagged(v.level)) {
			const list = misses.get(r.category) ?? [];
			list.push(tag);
			misses.set(r.category, list);
		}
	}
	const ms = performance.now() - started;
	const sum = (cats: readonly string[]): Counter =>
		cats.reduce((a, k) => {
			const c = byCat.get(k) ?? counter();
			return { n: a.n + c.n, caution: a.caution + c.caution, danger: a.danger + c.danger };
		}, counter());

	out(
		`\n== TeleAntiFraud dev (zh phone dialogues, ${rows.length} items, ${ms.toFixed(0)} ms, ${((1000 * ms) / Math.max(1, rows.length)).toFixed(0)} µs/item)`,
	);
	out(`    ${pad('category', 38)}${padL('n', 5)}  ${pad('caution+', 9)}  ${pad('danger', 7)}`);
	const categories: TeleSummary['categories'] = {};
	const line = (k: string, c: Counter, note = ''): void => {
		categories[k] = { n: c.n, recallCaution: ratio(c.caution, c.n), recallDanger: ratio(c.danger, c.n) };
		out(`    ${pad(k, 38)}${padL(c.n, 5)}  ${pct(c.caution, c.n)}    ${pct(c.danger, c.n)}  ${note}`);
	};
	out('    in scope (scam):');
	for (const k of TELE_IN_SCOPE) line(k, byCat.get(k) ?? counter());
	const inScope = sum(TELE_IN_SCOPE);
	const inRecall = ratio(inScope.caution, inScope.n);
	out(
		`    ${pad('  = all in-scope', 38)}${padL(inScope.n, 5)}  ${pct(inScope.caution, inScope.n)}    ${pct(inScope.danger, inScope.n)}  ` +
			`${mark(inRecall === null ? null : inRecall >= TARGETS.teleInScopeRecall)} target caution+ >= ${TARGETS.teleInScopeRecall * 100}%`,
	);
	out('    out of scope (scam, reported separately):');
	for (const k of TELE_OUT_OF_SCOPE) line(k, byCat.get(k) ?? counter());
	const outScope = sum(TELE_OUT_OF_SCOPE);
	const known = new Set<string>([...TELE_IN_SCOPE, ...TELE_OUT_OF_SCOPE]);
	const otherScam = [...byCat.keys()].filter(
		(k) => !known.has(k) && rows.some((r) => r.category === k && r.label === 'scam'),
	);
	for (const k of otherScam) line(k, byCat.get(k) ?? counter(), '(other scam category)');
	out('    benign (flagged = false alarm):');
	const benignCats = [...byCat.keys()].filter((k) =>
		rows.some((r) => r.category === k && r.label === 'benign'),
	);
	for (const k of benignCats) line(k, byCat.get(k) ?? counter());
	const faRate = ratio(benign.caution, benign.n);
	out(
		`    benign: ${benign.n} items, false alarms ${benign.caution} = ${pct(benign.caution, benign.n).trim()} ` +
			`${mark(faRate === null ? null : faRate <= TARGETS.teleBenignFa)} (target <= ${TARGETS.teleBenignFa * 100}%), ` +
			`false danger ${benign.danger} ${mark(benign.danger <= TARGETS.teleBenignDanger)} (target 0)`,
	);
	out('    confusion (category x predicted family at caution+):');
	printConfusion(conf, [...TELE_IN_SCOPE, ...TELE_OUT_OF_SCOPE, ...otherScam, ...benignCats], 40);
	if (listDetails) {
		for (const [k, list] of misses) {
			out(`  misses in ${k} (${list.length}${list.length > 25 ? ', first 25' : ''}):`);
			for (const t of list.slice(0, 25)) out(`    ${t}`);
		}
		if (alarms.length) {
			out(`  false alarms (${alarms.length}${alarms.length > 50 ? ', first 50' : ''}):`);
			for (const t of alarms.slice(0, 50)) out(`    ${t}`);
		}
	}
	return {
		items: rows.length,
		ms: Math.round(ms),
		categories,
		inScope: { n: inScope.n, recallCaution: inRecall, recallDanger: ratio(inScope.danger, inScope.n) },
		outOfScope: {
			n: outScope.n,
			recallCaution: ratio(outScope.caution, outScope.n),
			recallDanger: ratio(outScope.danger, outScope.n),
		},
		benign: { n: benign.n, falseAlarms: benign.caution, falseDanger: benign.danger, faRate },
	};
}

// ---------------------------------------------------------------- URLs

/** One URL case, whatever file it came from: `expect` is whether it should be flagged (caution+). */
interface UrlCase {
	url: string;
	text?: string;
	expect: boolean;
	group: string;
	file: string;
}

const POSITIVE = /^(impersonation|phishing|scam|bad|malicious|positive|flag|flagged|true|yes|1)$/i;
const NEGATIVE = /^(official|ordinary|benign|good|negative|clean|ok|false|no|0|none)$/i;

/** Reads test/fixtures/urls/: JSON lines with url/href and a label, or plain lists named after their class. */
function loadUrlCases(directory: readonly BrandEntry[]): { cases: UrlCase[]; notes: string[] } {
	const cases: UrlCase[] = [];
	const notes: string[] = [];
	if (!existsSync(URL_DIR)) return { cases, notes: [`${URL_DIR} not found`] };
	for (const file of readdirSync(URL_DIR).sort()) {
		const path = join(URL_DIR, file);
		const base = file.replace(/\.(jsonl|json|txt|tsv|csv)$/, '');
		const fileClass = /imperson|phish|scam|bad|malicious|positive/i.test(base)
			? true
			: /official|ordinary|benign|negative|good|clean|directory/i.test(base)
				? false
				: null;
		if (file.endsWith('.jsonl')) {
			for (const row of readJsonl<Record<string, unknown>>(path)) {
				const url = (row.url ?? row.href) as string | undefined;
				if (typeof url !== 'string') continue;
				const raw = row.expect ?? row.label ?? row.kind ?? row.class ?? row.flag ?? row.expected;
				let expect: boolean | null = fileClass;
				if (typeof raw === 'boolean') expect = raw;
				else if (typeof raw === 'string') {
					if (POSITIVE.test(raw)) expect = true;
					else if (NEGATIVE.test(raw)) expect = false;
					else if (/^(caution|danger)$/i.test(raw)) expect = true;
				}
				if (expect === null) continue;
				const sub = row.group ?? row.category;
				const group = typeof sub === 'string' && sub !== '' ? `${base} / ${sub}` : base;
				const text =
					typeof row.text === 'string'
						? row.text
						: typeof row.linkText === 'string'
							? row.linkText
							: undefined;
				cases.push({ url, ...(text !== undefined ? { text } : {}), expect, group, file });
			}
		} else if (file.endsWith('.txt') && fileClass !== null) {
			for (const line of readFileSync(path, 'utf8').split('\n')) {
				const t = line.trim();
				if (!t || t.startsWith('#')) continue;
				const url = /^[a-z][a-z0-9+.-]*:/i.test(t) ? t : `https://${t}/`;
				cases.push({ url, expect: fileClass, group: base, file });
			}
		} else if (!/^readme/i.test(file) && !/\.(ts|mts|mjs|js)$/.test(file)) {
			notes.push(`skipped ${file} (format not recognised)`);
		}
	}
	// The whole official-channel directory is a negative set too: no official domain or subdomain may be flagged.
	for (const entry of directory) {
		for (const domain of entry.domains) {
			for (const url of [
				`https://${domain}/`,
				`https://www.${domain}/help/refund?from=app`,
				`http://m.${domain}/order/list`,
			]) {
				cases.push({
					url,
					expect: false,
					group: 'official-directory',
					file: 'src/engine/rules/directory.ts',
				});
			}
		}
	}
	return { cases, notes };
}

interface UrlSummary {
	items: number;
	ms: number;
	groups: Record<string, { n: number; expectFlag: boolean; flagged: number; rate: number | null }>;
	impersonation: { n: number; flagged: number; rate: number | null };
	ordinary: { n: number; flagged: number; rate: number | null };
	official: { n: number; flagged: number };
	heldout: { n: number; flagged: number; rate: number | null };
}

/** Loaded lazily so that a change in the links part's module layout costs only the directory group. */
async function loadDirectory(): Promise<{ entries: readonly BrandEntry[]; note?: string }> {
	try {
		const mod = (await import('../src/engine/rules/directory')) as { DIRECTORY?: readonly BrandEntry[] };
		return { entries: mod.DIRECTORY ?? [] };
	} catch (err) {
		return { entries: [], note: `official directory not loaded: ${(err as Error).message}` };
	}
}

async function evalUrls(listDetails: boolean): Promise<UrlSummary | null> {
	const dir = await loadDirectory();
	if (dir.note) out(`  ! urls: ${dir.note}`);
	const { cases, notes } = loadUrlCases(dir.entries);
	for (const n of notes) out(`  ! urls: ${n}`);
	if (cases.length === 0) {
		out('\n== URLs: no cases in test/fixtures/urls/ yet, skipped');
		return null;
	}
	const started = performance.now();
	const groups = new Map<string, { expect: boolean; c: Counter; wrong: string[] }>();
	for (const u of cases) {
		const v = safeAnalyze(() => analyzeUrl(u.url, u.text === undefined ? {} : { text: u.text }));
		const key = `${u.expect ? '+' : '-'} ${u.group}`;
		let g = groups.get(key);
		if (!g) {
			g = { expect: u.expect, c: counter(), wrong: [] };
			groups.set(key, g);
		}
		count(g.c, v);
		if (isFlagged(v.level) !== u.expect) {
			g.wrong.push(
				`${u.url}${u.text ? ` (text: ${short(u.text, 40)})` : ''}  [${v.level} ${v.score}]  ${u.file}`,
			);
		}
	}
	const ms = performance.now() - started;
	out(`\n== URLs (${cases.length} items from test/fixtures/urls/, ${ms.toFixed(0)} ms)`);
	const pos = counter();
	const neg = counter();
	const official = counter();
	const heldout = counter();
	const summaryGroups: UrlSummary['groups'] = {};
	for (const [key, g] of [...groups.entries()].sort()) {
		const label = key.slice(2);
		summaryGroups[label] = {
			n: g.c.n,
			expectFlag: g.expect,
			flagged: g.c.caution,
			rate: ratio(g.c.caution, g.c.n),
		};
		const target = g.expect
			? `target >= ${TARGETS.urlImpersonationFlagged * 100}%`
			: `target < ${TARGETS.urlOrdinaryFlagged * 100}%`;
		out(
			`    ${g.expect ? 'should flag ' : 'should pass '} ${pad(label, 30)}${padL(g.c.n, 6)}  flagged ${pct(g.c.caution, g.c.n)}  danger ${pct(g.c.danger, g.c.n)}  (${target})`,
		);
		const agg = g.expect ? pos : /official/.test(label) ? official : neg;
		for (const a of /heldout|held-out/.test(label) ? [agg, heldout] : [agg]) {
			a.n += g.c.n;
			a.caution += g.c.caution;
			a.danger += g.c.danger;
		}
	}
	if (heldout.n > 0) {
		const r = ratio(heldout.caution, heldout.n);
		out(
			`    held-out impersonation (never tuned on) flagged: ${heldout.caution}/${heldout.n} = ${pct(heldout.caution, heldout.n).trim()} ` +
				`${mark(r === null ? null : r >= TARGETS.urlImpersonationFlagged)} (target >= ${TARGETS.urlImpersonationFlagged * 100}%)`,
		);
	}
	const posRate = ratio(pos.caution, pos.n);
	const negRate = ratio(neg.caution, neg.n);
	out(
		`    all impersonation and phishing flagged: ${pos.caution}/${pos.n} = ${pct(pos.caution, pos.n).trim()} ` +
			`${mark(posRate === null ? null : posRate >= TARGETS.urlImpersonationFlagged)} (target >= ${TARGETS.urlImpersonationFlagged * 100}%)`,
	);
	out(
		`    ordinary domains flagged: ${neg.caution}/${neg.n} = ${pct(neg.caution, neg.n).trim()} ` +
			`${mark(negRate === null ? null : negRate < TARGETS.urlOrdinaryFlagged)} (target < ${TARGETS.urlOrdinaryFlagged * 100}%)`,
	);
	out(
		`    official domains flagged: ${official.caution}/${official.n} ${mark(official.n === 0 ? null : official.caution === 0)} (target 0)`,
	);
	if (listDetails) {
		for (const [key, g] of groups) {
			if (g.wrong.length === 0) continue;
			// Held-out cases are, like the text test split, never looked at while tuning.
			if (/heldout|held-out/.test(key) && !args.verboseTest) {
				out(`  ${key.slice(2)}: ${g.wrong.length} wrong (listed only with --verbose-test)`);
				continue;
			}
			out(
				`  ${g.expect ? 'missed' : 'false alarms'} in ${key.slice(2)} (${g.wrong.length}${g.wrong.length > 40 ? ', first 40' : ''}):`,
			);
			for (const t of g.wrong.slice(0, 40)) out(`    ${t}`);
		}
	}
	return {
		items: cases.length,
		ms: Math.round(ms),
		groups: summaryGroups,
		impersonation: { n: pos.n, flagged: pos.caution, rate: posRate },
		ordinary: { n: neg.n, flagged: neg.caution, rate: negRate },
		official: { n: official.n, flagged: official.caution },
		heldout: { n: heldout.n, flagged: heldout.caution, rate: ratio(heldout.caution, heldout.n) },
	};
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
	const want = (k: string): boolean => args.only === null || args.only.has(k);
	try {
		engine = (await import('../src/engine/index')) as Engine;
	} catch (err) {
		out(`The engine could not be loaded, nothing to evaluate: ${(err as Error).message}`);
		if (args.json) process.stdout.write(`${JSON.stringify({ error: (err as Error).message })}\n`);
		return;
	}
	const { catalogVersion } = engine;
	const summary: Record<string, unknown> = { catalogVersion };
	const started = performance.now();
	out(`RefundGuard detection eval, catalogue ${catalogVersion}`);
	if (want('own')) {
		const dev = existsSync(join(TEXT_DIR, 'dev.jsonl'))
			? readJsonl<TextCase>(join(TEXT_DIR, 'dev.jsonl'))
			: [];
		const test = existsSync(join(TEXT_DIR, 'test.jsonl'))
			? readJsonl<TextCase>(join(TEXT_DIR, 'test.jsonl'))
			: [];
		summary.ownDev = evalOwn('dev split', dev, args.verbose);
		summary.ownTest = evalOwn('TEST split (frozen, never tune on it)', test, args.verboseTest);
	}
	if (want('tele')) summary.teleantifraud = evalTele(args.verbose);
	if (want('urls')) summary.urls = await evalUrls(args.verbose);
	out(
		'\nTargets: own test split recall >= 97% at caution+ in every family, benign 0 danger and <= 1% caution;',
	);
	out('         TeleAntiFraud benign false alarms <= 1%, false danger 0, in-scope recall >= 90%;');
	out('         URLs: impersonation >= 95% flagged, ordinary < 0.5% flagged.');
	out(`(whole run ${((performance.now() - started) / 1000).toFixed(1)} s)`);
	if (args.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
}

await main();
