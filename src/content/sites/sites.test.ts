import { describe, expect, it } from 'vitest';
import { profileFor, SITE_PROFILES } from '.';
import type { SiteProfile } from './site-profile';

describe('site profiles', () => {
	it.each([
		['amos.alicdn.com', 'taobao'],
		['buyertrade.taobao.com', 'taobao'],
		['chat.jd.com', 'jd'],
		['jdcs.jd.com', 'jd'],
		['mobile.yangkeduo.com', 'pinduoduo'],
		['im.jinritemai.com', 'douyin-shop'],
		['www.amazon.co.uk', 'amazon'],
		['mesg.ebay.com', 'ebay'],
		['message.aliexpress.com', 'aliexpress'],
		['msg.aliexpress.com', 'aliexpress'],
		['mesg.ebay.de', 'ebay'],
		['www.amazon.com.be', 'amazon'],
		['mail.qq.com', 'qq-mail'],
		['mail.163.com', 'netease-mail'],
		['mail.126.com', 'netease-mail'],
		['mail.yeah.net', 'netease-mail'],
		['outlook.live.com', 'outlook'],
		['mail.google.com', 'gmail'],
		['mail.yahoo.com', 'yahoo-mail'],
		['mail.yahoo.co.jp', 'yahoo-mail'],
		['wx.qq.com', 'wechat-web'],
		['web.telegram.org', 'telegram-web'],
		['web.whatsapp.com', 'whatsapp-web'],
		['www.messenger.com', 'messenger'],
		['www.facebook.com', 'messenger'],
	])('%s -> %s', (host, id) => {
		expect(profileFor(host)?.id).toBe(id);
	});

	it('leaves other hosts to the generic profile', () => {
		expect(profileFor('www.example.com')).toBeNull();
		expect(profileFor('taobao.com.evil.top')).toBeNull();
	});

	it('has valid selectors in every profile', () => {
		for (const p of SITE_PROFILES) {
			for (const sel of [p.message, p.thread, p.area].filter((s): s is string => !!s)) {
				expect(() => globalThis.document?.querySelector(sel) ?? sel).not.toThrow();
			}
		}
	});

	it('skips a profile that throws and reports it once, without losing the others', () => {
		const broken: SiteProfile = {
			id: 'broken',
			category: 'shops',
			matchesHost: () => {
				throw new Error('bad');
			},
			role: () => 'chat',
			message: '.m',
		};
		const errors: string[] = [];
		const found = profileFor('mail.google.com', (id) => errors.push(id), [broken, ...SITE_PROFILES]);
		expect(found?.id).toBe('gmail');
		expect(errors).toEqual(['broken']);
	});
});
