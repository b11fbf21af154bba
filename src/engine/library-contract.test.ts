import { describe, expect, it } from 'vitest';
import * as engine from './index';
import { foldPattern } from './normalize/normalize';
import { SIMP_CHARS, TRAD_CHARS } from './normalize/trad-simp.generated';
import { LINK_SIGNAL_DEFINITIONS } from './rules/link-signals';
import { TEXT_SIGNAL_DEFINITIONS } from './rules/text-signals';
import { FAMILY_IDS, REMINDER_IDS } from './types';

const LOCALES = ['zh_CN', 'zh_TW', 'en'] as const;

describe('library contract', () => {
	it('exports the interface other parts rely on', () => {
		const functions = [
			engine.analyze,
			engine.analyzeText,
			engine.analyzeUrl,
			engine.explainSignal,
			engine.reminderText,
			engine.listSignalDefinitions,
		];
		for (const fn of functions) expect(typeof fn).toBe('function');
		expect(typeof engine.catalogVersion).toBe('string');
		expect(Object.keys(engine.REMINDERS).sort()).toEqual([...REMINDER_IDS].sort());
	});

	it('returns verdicts of the documented shape with offsets into the original text', () => {
		const text = '亲，您购买的商品存在质量问题，给您三倍赔偿，请把收到的验 证 码发给我。';
		const v = engine.analyze({
			text,
			links: [{ href: 'http://taobao-refund.xyz/claim' }],
			context: ['我是淘宝客服'],
		});
		expect(['none', 'caution', 'danger']).toContain(v.level);
		expect(v.score).toBeGreaterThanOrEqual(0);
		expect(v.score).toBeLessThanOrEqual(100);
		expect(v.level).toBe('danger');
		expect(FAMILY_IDS).toContain(v.family);
		for (const m of v.signals) {
			expect(['lure', 'action', 'context', 'benign']).toContain(m.kind);
			expect(['text', 'link', 'qr', 'contact']).toContain(m.source);
			if (m.start >= 0) expect(text.slice(m.start, m.end)).toBe(m.text);
			else expect(m.end).toBe(-1);
		}
		expect(v.signals.find((m) => m.id === 'cred-sms-code')?.text).toBe('验 证 码');
		expect(v.reminders.length).toBeGreaterThan(0);
		for (const r of v.reminders) expect(REMINDER_IDS).toContain(r);
	});

	it('a none verdict has no family and no reminders', () => {
		const v = engine.analyzeText('晚上一起吃饭吗？');
		expect(v).toEqual({ level: 'none', score: 0, family: null, signals: [], reminders: [] });
	});

	it('analyzeText equals analyze({text}) and analyzeUrl judges links', () => {
		const t = '您的账户异常，请把钱转到安全账户';
		expect(engine.analyzeText(t, { context: ['x'] })).toEqual(engine.analyze({ text: t, context: ['x'] }));
		expect(engine.analyzeUrl('https://www.taobao.com/').level).toBe('none');
		expect(engine.analyzeUrl('http://taobao-refund.xyz/').level).not.toBe('none');
	});

	it('every signal has a unique id, a known family and explanations in three locales', () => {
		const ids = new Set<string>();
		for (const def of [...TEXT_SIGNAL_DEFINITIONS, ...LINK_SIGNAL_DEFINITIONS]) {
			expect(ids.has(def.id), def.id).toBe(false);
			ids.add(def.id);
			expect(FAMILY_IDS).toContain(def.family);
			for (const l of LOCALES)
				expect(engine.explainSignal(def.id, l).length, `${def.id} ${l}`).toBeGreaterThan(5);
		}
		expect(engine.listSignalDefinitions().length).toBe(ids.size);
		expect(engine.explainSignal('no-such-signal', 'en')).toBe('');
	});

	it('every family of DOMAIN.md has lures or actions in the text catalogue', () => {
		for (const family of FAMILY_IDS) {
			const kinds = new Set(TEXT_SIGNAL_DEFINITIONS.filter((d) => d.family === family).map((d) => d.kind));
			expect(kinds.has('lure') || kinds.has('action'), family).toBe(true);
		}
	});

	it('reminder texts exist in every locale and keep the police numbers', () => {
		for (const id of REMINDER_IDS)
			for (const l of LOCALES) expect(engine.reminderText(id, l).length).toBeGreaterThan(5);
		for (const l of LOCALES) expect(engine.reminderText('emergency-contacts', l)).toMatch(/110[\s\S]*96110/);
	});

	it('folds every Traditional form of every catalogue pattern character to the catalogue form', () => {
		const tradOf = new Map<string, string[]>();
		for (let i = 0; i < TRAD_CHARS.length; i++) {
			const s = SIMP_CHARS[i]!;
			tradOf.set(s, [...(tradOf.get(s) ?? []), TRAD_CHARS[i]!]);
		}
		let checked = 0;
		for (const def of TEXT_SIGNAL_DEFINITIONS) {
			for (const pattern of def.patterns) {
				for (const ch of pattern) {
					for (const trad of tradOf.get(ch) ?? []) {
						expect(foldPattern(trad), `${trad} → ${ch} in ${def.id}`).toBe(foldPattern(ch));
						checked++;
					}
				}
			}
		}
		expect(checked).toBeGreaterThan(500);
		// Spot checks of Taiwanese spellings against the Simplified catalogue.
		for (const [tw, cn] of [
			['帳戶', '账户'],
			['驗證碼', '验证码'],
			['轉帳', '转账'],
			['設定錯誤', '设定错误'],
			['聯徵', '联征'],
			['遠端', '远端'],
			['簡訊', '简讯'],
		])
			expect(foldPattern(tw!)).toBe(foldPattern(cn!));
	});
});
