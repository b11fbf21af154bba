// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { linksOf, urlsInText } from './extract-links';

describe('urlsInText', () => {
	it('finds http(s) URLs, www hosts and bare hosts written as text', () => {
		const text = '复制到浏览器打开 tb-lipei.top/claim，或者 https://x.example.cn/a?b=1。官网 www.taobao.com';
		expect(urlsInText(text).map((l) => l.href)).toEqual([
			'http://tb-lipei.top/claim',
			'https://x.example.cn/a?b=1',
			'http://www.taobao.com',
		]);
	});
	it('does not take an e-mail address for a link', () => {
		expect(urlsInText('联系 kefu@service.com')).toEqual([]);
	});
});

describe('linksOf', () => {
	it('lists anchors with their visible text, then text URLs not already covered', () => {
		document.body.innerHTML =
			'<div id="m">点击 <a href="https://evil.top/r">https://www.taobao.com/refund</a> 或 evil.top/r</div>';
		const links = linksOf(document.getElementById('m')!, document.getElementById('m')!.textContent ?? '');
		expect(links[0]).toEqual({ href: 'https://evil.top/r', text: 'https://www.taobao.com/refund' });
		expect(links.map((l) => l.href)).toContain('https://www.taobao.com/refund');
		expect(links.filter((l) => l.href.includes('evil.top')).length).toBe(1);
	});
});
