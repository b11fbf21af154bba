import { describe, expect, it } from 'vitest';
import { DIRECTORY } from '../rules/directory';
import { LINK_SIGNAL_DEFINITIONS } from '../rules/link-signals';
import { brandForDomain, isOfficialDomain, officialHotlines } from './directory-lookup';
import { urlSignals } from './url-signals';

const ids = (href: string, text?: string) => urlSignals(href, text).map((m) => m.id);
const WEIGHT = new Map(LINK_SIGNAL_DEFINITIONS.map((d) => [d.id, d]));
/** Non-benign link evidence without the plain "not an official site" marker. */
const warnings = (href: string, text?: string) =>
	urlSignals(href, text).filter((m) => m.kind !== 'benign' && m.id !== 'link-unofficial');

describe('urlSignals flags', () => {
	it.each([
		['https://taobao-refund.xyz/claim', 'link-brand-impersonation'],
		['http://jd-kefu.com/', 'link-brand-impersonation'],
		['https://tmallglob.cc/', 'link-brand-impersonation'],
		['https://amaz0n-support.net/x', 'link-brand-typo'],
		['https://arnazon.com/', 'link-brand-typo'],
		['https://paypall.com/', 'link-brand-impersonation'],
		['https://amazom-help.com/', 'link-brand-typo'],
		['https://secureamazom.com/', 'link-brand-typo'],
		['http://ups.com-track.example/pkg', 'link-official-domain-in-subdomain'],
		['https://paypal.com.secure-login.xyz/', 'link-official-domain-in-subdomain'],
		['https://www.icbc.com.cn.verify-card.top/', 'link-official-domain-in-subdomain'],
		['https://jdkefu.cc/', 'link-brand-impersonation'],
		['https://www-apple.example.com/', 'link-brand-impersonation'],
		['https://saas-ebay.pages.dev/', 'link-brand-impersonation'],
		['https://shein.earz.shop/', 'link-brand-impersonation'],
		['https://vwvw-apple.com/', 'link-brand-impersonation'],
		['https://sap1451jd1.cc/', 'link-brand-impersonation'],
		['https://10086-jifen.top/', 'link-brand-impersonation'],
		['https://xn--pypal-4ve.com/', 'link-homograph'],
		['https://аррӏе.com/', 'link-homograph'],
		['https://pаypal.com/', 'link-homograph'],
		['https://www.taobao.com@evil-refund.xyz/', 'link-userinfo'],
		['http://203.0.113.5/refund', 'link-ip-host'],
		['http://[2001:db8::1]/refund', 'link-ip-host'],
		['http://3232235777/', 'link-ip-host'],
		['https://bit.ly/3abcdef', 'link-shortener'],
		['https://t.cn/A6abcdEf', 'link-shortener'],
		['https://refund-help.netlify.app/', 'link-free-hosting'],
		['https://x.y.workers.dev/', 'link-free-hosting'],
		['https://someone.github.io/refund', 'link-free-hosting'],
		['https://abc.000webhostapp.com/', 'link-free-hosting'],
		['https://shop.wixsite.com/refund', 'link-free-hosting'],
		['https://refund-now.top/', 'link-suspicious-tld'],
		['https://example.com/downloads/app-release.apk', 'link-download-app'],
		['https://example.com/setup.exe?x=1', 'link-download-app'],
		['https://download.anydesk.com/AnyDesk.exe', 'link-remote-control'],
		['https://sunlogin.oray.com/download', 'link-remote-control'],
		['https://www.todesk.com/download.html', 'link-remote-control'],
		['https://rustdesk.com/', 'link-remote-control'],
		['https://www.teamviewer.com/cn/download/', 'link-remote-control'],
		['https://files.example.net/ToDesk_Setup.exe', 'link-remote-control'],
		['https://meeting.tencent.com/dm/AbCdEf', 'link-screen-share'],
		['https://example.net/taobao/refund.html', 'link-brand-in-path'],
	])('%s → %s', (href, id) => {
		expect(ids(href)).toContain(id);
	});

	it.each([
		['https://refund.example.net/', 'www.taobao.com'],
		['https://refund.example.net/', 'https://www.jd.com/'],
		['https://refund.example.net/', '淘宝退款中心'],
		['https://login.example.net/', 'PayPal login'],
		['https://www.taobao.com/', 'www.jd.com'],
	])('deceptive anchor: %s shown as %s', (href, text) => {
		expect(ids(href, text)).toContain('link-deceptive-anchor');
	});

	it('still sees a remote-control tool on its own official download host, without calling it impersonation', () => {
		const found = ids('https://download.anydesk.com/AnyDesk.exe');
		expect(found).toContain('link-remote-control');
		expect(found).not.toContain('link-brand-impersonation');
	});
});

describe('urlSignals does not flag', () => {
	it.each([
		'https://www.taobao.com/',
		'https://item.taobao.com/item.htm?id=123',
		'https://m.tb.cn/h.UabcD',
		'https://u.jd.com/AbCdEf',
		'https://3.cn/1-AbCd',
		'https://mobile.yangkeduo.com/goods.html?goods_id=1',
		'https://v.douyin.com/iAbCdEf/',
		'https://qr.alipay.com/fkx12345',
		'https://weixin.qq.com/',
		'https://dx.10086.cn/AbCd',
		'https://www.95516.com/',
		'https://amzn.to/3AbCdEf',
		'https://a.co/d/AbCdEf',
		'https://aka.ms/AbC',
		'https://www.paypal.com/signin',
		'https://appleid.apple.com/',
		'https://www.ups.com/track?tracknum=1Z',
		'HTTPS://WWW.JD.COM:443/a?b=1#c',
	])('official %s', (href) => {
		expect(warnings(href)).toEqual([]);
		expect(ids(href)).toContain('link-official');
	});

	it.each([
		'https://news.sina.com.cn/c/2026-11-24/doc-abc.shtml',
		'https://www.zaobao.com/news/china/story20261124-1',
		'https://www.jdsports.co.uk/product/1/',
		'https://www.upstart.com/',
		'https://www.chasecenter.com/events',
		'https://appleinsider.com/articles/26/11/24/x',
		'https://www.applebees.com/en/menu',
		'https://www.abc.net.au/news',
		'https://www.paypay.ne.jp/guide/',
		'https://www.santander.gov.co/index.php',
		'https://münchen.de/',
		'https://www.tsinghua.edu.cn/info/1177/112345.htm',
		'https://www.bilibili.com/video/BV1xK4y1a7Yz/',
	])('ordinary %s (no impersonation, no warning signal beyond context)', (href) => {
		const strong = warnings(href).filter((m) => m.kind === 'action');
		expect(strong).toEqual([]);
	});

	it('treats a bare unknown domain as nothing but "not official"', () => {
		expect(ids('https://www.example.org/page')).toEqual(['link-unofficial']);
	});

	it('ignores non-web schemes and garbage', () => {
		for (const href of [
			'javascript:alert(1)',
			'mailto:a@b.com',
			'tel:10086',
			'',
			'   ',
			'not a url',
			'#top',
		]) {
			expect(urlSignals(href)).toEqual([]);
		}
	});

	it('flags no domain of the whole directory, bare or under common subdomains', () => {
		for (const brand of DIRECTORY) {
			for (const domain of brand.domains) {
				for (const sub of ['', 'www.', 'm.', 'login.', 'kefu.', 'refund.', 'a.b.']) {
					const href = `https://${sub}${domain}/refund?order=1`;
					expect(warnings(href), href).toEqual([]);
					expect(brandForDomain(`${sub}${domain}`)?.id, href).toBe(brand.id);
				}
			}
		}
	});
});

describe('signals and lookups', () => {
	it('gives every emitted signal a definition with three explanations', () => {
		for (const def of LINK_SIGNAL_DEFINITIONS) {
			expect(def.explanation.zh_CN.length, def.id).toBeGreaterThan(4);
			expect(def.explanation.zh_TW.length, def.id).toBeGreaterThan(4);
			expect(def.explanation.en.length, def.id).toBeGreaterThan(4);
		}
		expect(new Set(LINK_SIGNAL_DEFINITIONS.map((d) => d.id)).size).toBe(LINK_SIGNAL_DEFINITIONS.length);
		for (const m of urlSignals('https://paypal.com.secure-login.xyz/x.apk', 'www.paypal.com')) {
			expect(WEIGHT.has(m.id)).toBe(true);
			expect(m).toMatchObject({
				source: 'link',
				start: -1,
				end: -1,
				text: 'https://paypal.com.secure-login.xyz/x.apk',
			});
		}
	});

	it('keeps the weights the scoring relies on', () => {
		const w = (id: string) => WEIGHT.get(id)!.weight;
		// A look-alike domain alone reaches caution (engine: 40); an unknown one alone stays far below it.
		expect(w('link-brand-impersonation')).toBeGreaterThanOrEqual(40);
		expect(w('link-brand-typo')).toBeGreaterThanOrEqual(40);
		expect(w('link-homograph')).toBeGreaterThanOrEqual(40);
		expect(w('link-unofficial')).toBeLessThan(15);
		expect(WEIGHT.get('link-official')!.kind).toBe('benign');
	});

	it('looks up brands and hotlines', () => {
		expect(brandForDomain('kefu.jd.com')?.id).toBe('jd');
		expect(brandForDomain('WWW.TAOBAO.COM.')?.id).toBe('taobao');
		expect(brandForDomain('jd.com.evil.xyz')).toBeNull();
		expect(isOfficialDomain('cs.alipay.com')).toBe(true);
		expect(isOfficialDomain('alipay-refund.com')).toBe(false);
		expect(officialHotlines('alipay').map((h) => h.number)).toContain('95188');
		expect(officialHotlines('nope')).toEqual([]);
		// Numbers only secondary sources gave are kept for text matching but not offered to call.
		expect(officialHotlines('taobao')).toEqual([]);
		expect(officialHotlines('taobao', { includeUnconfirmed: true }).map((h) => h.number)).toContain(
			'9510211',
		);
	});

	it('stays fast on hostile input', () => {
		const long = `https://${'a-'.repeat(3000)}taobao.com/${'x'.repeat(100_000)}`;
		const t0 = performance.now();
		urlSignals(long, 'y'.repeat(100_000));
		urlSignals(`https://${'xn--'.repeat(500)}.com/`);
		expect(performance.now() - t0).toBeLessThan(200);
	});
});

describe('suffixes only public bodies register', () => {
	it.each([
		'https://studentaid.gov/',
		'http://www.12315.gov.cn/x',
		'https://www.tsinghua.edu.cn/',
		'https://www.hmrc.gov.uk/',
	])('%s is not an off-platform site', (href) => {
		expect(ids(href)).not.toContain('link-unofficial');
	});
	it.each(['https://refund.ac/', 'https://jd-refund.gov.cn.top/', 'http://1.2.3.4/gov'])(
		'%s still is',
		(href) => {
			expect(ids(href)).toContain('link-unofficial');
		},
	);
});
