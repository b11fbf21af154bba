import { describe, expect, it } from 'vitest';
import { FAMILY_IDS, type Locale } from '../engine/types';
import { WARN_TEXTS } from '../i18n/warn';
import { CAUTION_EN, CAUTION_ZH, DANGER_EN, DANGER_ZH, QR_ZH } from './fixtures/sample-warnings';
import type { EscalationPageKind } from './types';
import { buildWarningModel, escalationDetail, regionFor, timeAgo } from './warning-model';

describe('buildWarningModel', () => {
	it('has a plain headline for every family in every locale', () => {
		for (const locale of ['zh_CN', 'zh_TW', 'en'] as const) {
			for (const family of FAMILY_IDS) {
				expect(WARN_TEXTS[locale].headline[family], `${locale} ${family}`).toBeTruthy();
			}
		}
	});

	it('names the product first in the accessible name, in the UI language', () => {
		expect(buildWarningModel({ ...DANGER_ZH, locale: 'zh_CN' }).accessibleName).toMatch(
			/^退款防骗卫士: 危险: /,
		);
		expect(buildWarningModel({ ...DANGER_ZH, locale: 'zh_TW' }).accessibleName).toMatch(/^退款防騙衛士: /);
		expect(buildWarningModel({ ...DANGER_EN, locale: 'en' }).accessibleName).toBe(
			'RefundGuard: Danger: This looks like a “we refunded too much, send it back” scam',
		);
	});

	it('quotes the scammer\u2019s asks first and does not repeat a phrase inside another', () => {
		const model = buildWarningModel({ ...DANGER_ZH, locale: 'zh_CN' });
		const phrases = model.seen.filter((s) => s.kind === 'phrase').map((s) => s.text);
		expect(phrases[0]).toBe('加客服微信');
		expect(phrases).toContain('三倍赔偿');
		expect(phrases.at(-1)).toBe('售后客服');
	});

	it('quotes only phrases of the message itself, not of the earlier messages passed as context', () => {
		const text = '请提供验证码';
		const model = buildWarningModel({
			...DANGER_ZH,
			locale: 'zh_CN',
			input: { text, context: [DANGER_ZH.input.text!] },
		});
		expect(model.seen.filter((s) => s.kind === 'phrase').map((s) => s.text)).toEqual(['验证码']);
	});

	it('shows a link with its real domain and what the anchor pretended', () => {
		const link = buildWarningModel({ ...DANGER_ZH, locale: 'zh_CN' }).seen.find((s) => s.kind === 'link');
		expect(link).toMatchObject({ domain: 'taobao-refund.xyz', shown: 'https://refund.taobao.com/claim' });
	});

	it('shows where a QR code leads', () => {
		const qr = buildWarningModel({ ...QR_ZH, locale: 'zh_CN' }).seen.find((s) => s.kind === 'qr');
		expect(qr).toMatchObject({ text: 'https://lp-claim.cc/r?o=99', domain: 'lp-claim.cc' });
	});

	it('explains signals and lists the police reminders from the engine, numbers kept for "what to do"', () => {
		const model = buildWarningModel({ ...DANGER_ZH, locale: 'zh_CN' });
		expect(model.why.length).toBeGreaterThan(2);
		expect(model.reminders.some((r) => r.includes('微信'))).toBe(true);
		expect(model.reminders.some((r) => r.includes('96110'))).toBe(false);
		expect(model.todo.map((t) => t.tel).filter(Boolean)).toEqual(expect.arrayContaining(['110', '96110']));
		expect(model.todo.some((t) => t.text.includes('国家反诈中心'))).toBe(true);
	});

	it('names the platform and its confirmed hotline when the page belongs to a known brand', () => {
		const model = buildWarningModel({ ...DANGER_ZH, locale: 'zh_CN' });
		expect(model.todo[2]?.text).toMatch(/淘宝/);
		const alipay = buildWarningModel({ ...DANGER_ZH, pageUrl: 'https://www.alipay.com/x', locale: 'zh_CN' });
		expect(alipay.todo.some((t) => t.tel === '95188')).toBe(true);
		const given = buildWarningModel({
			...CAUTION_ZH,
			brand: { name: '京东', hotline: '950618' },
			locale: 'zh_CN',
		});
		expect(given.todo.find((t) => t.tel === '950618')?.text).toContain('京东');
	});

	it('gives English readers outside China advice without China-only numbers', () => {
		const model = buildWarningModel({ ...DANGER_EN, locale: 'en' });
		expect(model.region).toBe('intl');
		expect(model.todo.some((t) => t.tel)).toBe(false);
		expect(model.todo.map((t) => t.text).join(' ')).not.toMatch(/110|96110|国家反诈/);
		expect(model.todo.some((t) => t.text.includes('bank'))).toBe(true);
		// ...but an English reader of a Chinese chat on a mainland shop gets the mainland numbers.
		expect(buildWarningModel({ ...DANGER_ZH, locale: 'en' }).todo.some((t) => t.tel === '96110')).toBe(true);
	});

	it('picks the region from locale, site and text', () => {
		expect(regionFor('zh_CN', 'https://www.amazon.com/', 'hi')).toBe('cn');
		expect(regionFor('zh_TW', 'https://shopee.tw/', '您好')).toBe('tw');
		expect(regionFor('zh_TW', 'https://www.taobao.com/', '您好')).toBe('cn');
		expect(regionFor('en', 'https://mail.163.com/', 'hello')).toBe('cn');
		expect(regionFor('en', 'https://mail.example.com/', 'hello')).toBe('intl');
	});

	it('treats a caution as caution and says the escalation in plain words', () => {
		expect(buildWarningModel({ ...CAUTION_EN, locale: 'en' }).level).toBe('caution');
		const esc = {
			...CAUTION_ZH,
			locale: 'zh_CN' as const,
			escalation: { family: 'fake-refund' as const, site: 'taobao.com', at: 0 },
		};
		expect(buildWarningModel(esc).headline).toBe(WARN_TEXTS.zh_CN.escalationHeadline.money);
		expect(escalationDetail(esc, 12 * 60000)).toBe(
			'12 分钟前在 taobao.com 看到：这是冒充客服的退款骗局常见话术。真正的客服不会让你转账或贷款。',
		);
	});

	it('words the escalation for the page it is on: transfer, loan or remote-control download', () => {
		const on = (pageKind: EscalationPageKind, locale: Locale, minutesAgo = 7) => {
			const data = {
				...CAUTION_ZH,
				locale,
				escalation: { family: 'fake-refund' as const, site: 'taobao.com', at: 0, pageKind },
			};
			return {
				headline: buildWarningModel(data).headline,
				detail: escalationDetail(data, minutesAgo * 60000),
				todo: buildWarningModel(data).todo.map((t) => t.text),
			};
		};
		const remote = on('remote-download', 'zh_CN');
		expect(remote.headline).toBe('先别安装，也别让人看你的屏幕：刚才的联系有骗局迹象');
		expect(remote.headline).not.toMatch(/转账|借款/);
		expect(remote.detail).toBe(
			'7 分钟前在 taobao.com 看到：这是冒充客服的退款骗局常见话术。真正的客服不会让你安装远程控制软件，不要让任何人看你的屏幕、控制你的手机或电脑。',
		);
		expect(remote.todo[1]).toBe(WARN_TEXTS.zh_CN.todo.noRemote);
		expect(on('loan', 'zh_CN').headline).toBe('先别借款：刚才的联系有骗局迹象');
		expect(on('loan', 'zh_CN').detail).toMatch(/真正的客服不会让你借款或贷款。$/);
		expect(on('transfer', 'zh_CN').headline).toBe('先别转账：刚才的联系有骗局迹象');
		expect(on('transfer', 'zh_CN').detail).toMatch(/真正的客服不会让你转账。$/);
		expect(on('transfer', 'zh_CN').todo).not.toContain(WARN_TEXTS.zh_CN.todo.noRemote);
		expect(on('remote-download', 'zh_TW').headline).toBe(
			'先別安裝，也別讓人看你的螢幕：剛才的聯絡有詐騙跡象',
		);
		expect(on('remote-download', 'zh_TW').detail).toMatch(/控制你的手機或電腦。$/);
		expect(on('loan', 'zh_TW').headline).toMatch(/^先別借款/);
		expect(on('transfer', 'zh_TW').headline).toMatch(/^先別轉帳：/);
		expect(on('remote-download', 'en').headline).toBe(
			"Don't install this or let anyone see your screen: a recent contact looked like a scam",
		);
		expect(on('remote-download', 'en').detail).toMatch(/control your phone or computer\.$/);
		expect(on('remote-download', 'en').headline).not.toMatch(/money|loan/);
		expect(on('loan', 'en').headline).toBe("Don't take a loan now: a recent contact looked like a scam");
		expect(on('transfer', 'en').headline).toBe("Don't send money now: a recent contact looked like a scam");
		// Every kind has its own text in every language.
		for (const locale of ['zh_CN', 'zh_TW', 'en'] as const) {
			for (const kind of ['transfer', 'loan', 'remote-download', 'money']) {
				expect(WARN_TEXTS[locale].escalationHeadline[kind], `${locale} ${kind}`).toBeTruthy();
				expect(WARN_TEXTS[locale].escalationAdvice[kind], `${locale} ${kind}`).toBeTruthy();
			}
		}
	});

	it('says "just now" instead of "0 minutes ago"', () => {
		const data = (locale: Locale) => ({
			...CAUTION_ZH,
			locale,
			escalation: {
				family: 'fake-refund' as const,
				site: 'taobao.com',
				at: 1_000_000,
				pageKind: 'loan' as const,
			},
		});
		expect(escalationDetail(data('zh_CN'), 1_000_000 + 20_000)).toMatch(/^刚刚在 taobao\.com 看到：/);
		expect(escalationDetail(data('zh_TW'), 1_000_000)).toMatch(/^剛剛在 taobao\.com 看到：/);
		expect(escalationDetail(data('en'), 1_000_000 + 29_000)).toMatch(/^Just now on taobao\.com: /);
		// A clock a little behind the contact's time is "just now" too, never a negative number.
		expect(escalationDetail(data('en'), 1_000_000 - 5_000)).toMatch(/^Just now /);
		expect(escalationDetail(data('en'), 1_000_000 + 60_000)).toMatch(/^1 min ago on /);
		expect(escalationDetail(data('zh_CN'), 1_000_000 + 31 * 60_000)).toMatch(/^31 分钟前在 /);
		for (const locale of ['zh_CN', 'zh_TW', 'en'] as const) {
			expect(timeAgo(WARN_TEXTS[locale], 0, 10_000)).not.toMatch(/\b0\b|0 分/);
		}
	});
});
