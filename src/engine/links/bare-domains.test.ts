import { describe, expect, it } from 'vitest';
import { bareDomainsInText } from './bare-domains';
import { urlsInText } from './contact-signals';

const urls = (text: string): string[] => bareDomainsInText(text).map((f) => f.url);

describe('bare domains in text', () => {
	it.each([
		['请登录 jd-peifu.top 填写信息领取', ['jd-peifu.top']],
		['Claim at taobao-tuikuan.com/claim.', ['taobao-tuikuan.com/claim']],
		['网址:tmallglob.cc，退款', ['tmallglob.cc']],
		['登录pdd-tuikuan.vip领取', ['pdd-tuikuan.vip']],
		['Your Amazon.com order; track at amazon.com/orders', ['Amazon.com', 'amazon.com/orders']],
		['官网 jd.com，举报网站 12321.cn', ['jd.com', '12321.cn']],
		['下载 jd-anquan.vip/app.apk 安装', ['jd-anquan.vip/app.apk']],
	])('finds %s', (text, expected) => {
		expect(urls(text)).toEqual(expected);
		for (const f of bareDomainsInText(text)) expect(text.slice(f.start, f.end)).toBe(f.url);
	});

	it.each([
		['file names', 'see report.pdf, photo.jpg, setup.sh and archive.zip'],
		['versions and numbers', 'version 1.2.3, price 3.50, No.1, v2.0'],
		['abbreviations', 'e.g. this, i.e. that, U.S. mail, a.m.'],
		['a missing space after a full stop', 'Thanks.Please reply.Sorry'],
		['e-mail addresses (contacts, judged as such)', 'write to kefu@jd-refund.top or john.smith@gmail.com'],
		['identifiers glued to word characters', 'my_file.com_backup and path/to/site.com'],
		['unknown suffixes', 'config.yaml index.html'],
	])('skips %s', (_name, text) => {
		expect(urls(text)).toEqual([]);
	});

	it('joins the scheme links without finding their hosts twice', () => {
		const found = urlsInText('先看 amazon.com 再点 https://jd-refund.top/x 和 www.paypal.com');
		expect(found.map((f) => f.url)).toEqual(['amazon.com', 'https://jd-refund.top/x', 'www.paypal.com']);
		expect(found.map((f) => f.bare === true)).toEqual([true, false, false]);
	});

	it('is bounded and linear on hostile input', () => {
		expect(bareDomainsInText('ab.com '.repeat(10_000)).length).toBeLessThanOrEqual(32);
		const t0 = performance.now();
		bareDomainsInText('a.'.repeat(500_000));
		bareDomainsInText(`${'a'.repeat(1_000_000)}.com`);
		bareDomainsInText('1.'.repeat(500_000));
		bareDomainsInText('a-'.repeat(300_000) + '.b'.repeat(300_000));
		expect(performance.now() - t0).toBeLessThan(3000);
	});
});
