/**
 * Shape and coverage of the labelled text cases in test/fixtures/text/ (the yardstick of `npm run eval`):
 * valid JSON lines, unique ids, known families, enough scam items and scripts per family in every language,
 * at least as many hard negatives as scams, and a disjoint, stratified dev/test split of about a quarter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAMILY_IDS, type FamilyId } from '../../src/engine/types';

const DIR = join(__dirname, '../fixtures/text');
const LANGS = ['zh-CN', 'zh-TW', 'en'] as const;
const CHANNELS = ['chat', 'email', 'sms', 'page'] as const;
const MIN_SCAMS_PER_FAMILY = 30;
const MIN_SCRIPTS_PER_FAMILY = 3;

interface TextCase {
	id: string;
	lang: string;
	label: string;
	family: string | null;
	script: string;
	channel: string;
	text: string;
	context?: unknown;
	split: string;
}

function load(split: 'dev' | 'test'): { rows: TextCase[]; errors: string[] } {
	const rows: TextCase[] = [];
	const errors: string[] = [];
	const lines = readFileSync(join(DIR, `${split}.jsonl`), 'utf8').split('\n');
	lines.forEach((line, i) => {
		if (line.trim() === '') return;
		try {
			rows.push(JSON.parse(line) as TextCase);
		} catch {
			errors.push(`${split}.jsonl:${i + 1}`);
		}
	});
	return { rows, errors };
}

const dev = load('dev');
const test = load('test');
const all = [...dev.rows, ...test.rows];
const scams = all.filter((r) => r.label === 'scam');
const benign = all.filter((r) => r.label === 'benign');

describe('text fixtures: shape', () => {
	it('are valid JSON lines', () => {
		expect([...dev.errors, ...test.errors]).toEqual([]);
		expect(all.length).toBeGreaterThanOrEqual(600);
	});

	it('have well-formed fields on every item', () => {
		const bad: string[] = [];
		for (const r of all) {
			const problems: string[] = [];
			if (typeof r.id !== 'string' || !/^[a-z-]+:(zh-CN|zh-TW|en):[a-z0-9-]+:[0-9a-f]{6}$/.test(r.id))
				problems.push('id');
			if (!(LANGS as readonly string[]).includes(r.lang)) problems.push('lang');
			if (r.label !== 'scam' && r.label !== 'benign') problems.push('label');
			if (r.label === 'scam' && !(FAMILY_IDS as readonly string[]).includes(r.family ?? ''))
				problems.push('family');
			if (r.label === 'benign' && r.family !== null) problems.push('family of benign must be null');
			if (typeof r.script !== 'string' || r.script.length === 0) problems.push('script');
			if (!(CHANNELS as readonly string[]).includes(r.channel)) problems.push('channel');
			if (typeof r.text !== 'string' || r.text.trim().length < 8) problems.push('text');
			if (
				r.context !== undefined &&
				!(
					Array.isArray(r.context) &&
					r.context.length > 0 &&
					r.context.every((m) => typeof m === 'string' && m)
				)
			) {
				problems.push('context');
			}
			if (r.split !== 'dev' && r.split !== 'test') problems.push('split');
			if (problems.length > 0) bad.push(`${r.id}: ${problems.join(', ')}`);
		}
		expect(bad).toEqual([]);
	});

	it('have unique ids and unique texts', () => {
		const ids = new Set<string>();
		const dupIds: string[] = [];
		for (const r of all) {
			if (ids.has(r.id)) dupIds.push(r.id);
			ids.add(r.id);
		}
		expect(dupIds).toEqual([]);
		const texts = new Map<string, string>();
		const dupTexts: string[] = [];
		for (const r of all) {
			const key = JSON.stringify([r.context ?? [], r.text]);
			const prev = texts.get(key);
			if (prev) dupTexts.push(`${prev} = ${r.id}`);
			texts.set(key, r.id);
		}
		expect(dupTexts).toEqual([]);
	});

	it('name the label and family in the id', () => {
		const bad = all.filter((r) => !r.id.startsWith(`${r.family ?? 'benign'}:${r.lang}:${r.script}:`));
		expect(bad.map((r) => r.id)).toEqual([]);
	});
});

describe('text fixtures: coverage', () => {
	const byFamily = new Map<FamilyId, TextCase[]>(FAMILY_IDS.map((f) => [f, []]));
	for (const r of scams) byFamily.get(r.family as FamilyId)?.push(r);

	it.each(FAMILY_IDS)('%s has >= 30 scam items from >= 3 scripts in zh-CN, zh-TW and en', (family) => {
		const rows = byFamily.get(family) ?? [];
		expect(rows.length).toBeGreaterThanOrEqual(MIN_SCAMS_PER_FAMILY);
		expect(new Set(rows.map((r) => r.script)).size).toBeGreaterThanOrEqual(MIN_SCRIPTS_PER_FAMILY);
		for (const lang of LANGS) {
			expect(rows.filter((r) => r.lang === lang).length, `${family} ${lang}`).toBeGreaterThanOrEqual(3);
		}
	});

	it('has at least as many hard negatives as scam items, in every language', () => {
		expect(benign.length).toBeGreaterThanOrEqual(scams.length);
		for (const lang of LANGS) {
			expect(benign.filter((r) => r.lang === lang).length, lang).toBeGreaterThanOrEqual(30);
		}
	});

	it('has multi-message threads among the scams and the negatives', () => {
		expect(scams.filter((r) => r.context).length).toBeGreaterThanOrEqual(20);
		expect(benign.filter((r) => r.context).length).toBeGreaterThanOrEqual(10);
	});
});

describe('text fixtures: split', () => {
	it('keeps every item in the file of its split', () => {
		expect(dev.rows.filter((r) => r.split !== 'dev').map((r) => r.id)).toEqual([]);
		expect(test.rows.filter((r) => r.split !== 'test').map((r) => r.id)).toEqual([]);
	});

	it('has disjoint dev and test sets (ids and texts)', () => {
		const devIds = new Set(dev.rows.map((r) => r.id));
		const devTexts = new Set(dev.rows.map((r) => r.text));
		expect(test.rows.filter((r) => devIds.has(r.id) || devTexts.has(r.text)).map((r) => r.id)).toEqual([]);
	});

	it('puts about a quarter of every stratum (label x family) in test', () => {
		const strata = new Map<string, { n: number; test: number }>();
		for (const r of all) {
			const key = `${r.label}/${r.family ?? '-'}`;
			const s = strata.get(key) ?? { n: 0, test: 0 };
			s.n++;
			if (r.split === 'test') s.test++;
			strata.set(key, s);
		}
		const off: string[] = [];
		for (const [key, s] of strata) {
			const share = s.test / s.n;
			if (share < 0.2 || share > 0.3) off.push(`${key}: ${s.test}/${s.n}`);
		}
		expect(off).toEqual([]);
		const share = test.rows.length / all.length;
		expect(share).toBeGreaterThan(0.22);
		expect(share).toBeLessThan(0.28);
	});
});
