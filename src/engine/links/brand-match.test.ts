import { describe, expect, it } from 'vitest';
import { analyzeUrl } from '../index';
import { findBrandHit } from './brand-match';
import { brandForDomain } from './directory-lookup';
import { parseLink } from './url-signals';

/** The brand a host is read as imitating (null when none), as the URL analysis asks on an ordinary TLD. */
function brandOf(url: string): { id: string; kind: string } | null {
	const link = parseLink(url);
	if (!link) return null;
	const hit = findBrandHit(link.labels, link.host.split('.'));
	return hit ? { id: hit.brand.id, kind: hit.kind } : null;
}

describe('look-alikes of the posts, Taiwan brands and callback-invoice brands', () => {
	it.each([
		// [url, brand id, how it is found]
		['https://royalmail-comp.uk/track', 'royal-mail', 'keyword'],
		['https://royalmail-redelivery.com/', 'royal-mail', 'keyword'],
		['https://royal-mail-uk.com/', 'royal-mail', 'keyword'],
		['https://r0yalmail.com/', 'royal-mail', 'typo'],
		['https://royaimaii.com/pay', 'royal-mail', 'typo'],
		['https://royal-mial-uk.com/', 'royal-mail', 'typo'],
		['https://rouyalmail.com/', 'royal-mail', 'typo'],
		['https://evri-parcel-fee.com', 'evri', 'token'],
		['https://evri-redelivery.co/', 'evri', 'token'],
		['https://myevri.com/', 'evri', 'token'],
		['https://hermesworld-track.uk', 'hermes-de', 'keyword'],
		['https://parcelforce-customs.net/', 'parcelforce', 'keyword'],
		['https://canadappost.com/', 'canada-post', 'typo'],
		['https://auspost-track.com/', 'australia-post', 'keyword'],
		['https://laposte-suivi.com/', 'la-poste', 'token'],
		['https://colissimo-avis.com/', 'la-poste', 'keyword'],
		['https://correos-envio.com/', 'correos', 'token'],
		['https://posthongkong.info/', 'hongkong-post', 'keyword'],
		['https://hkpost-track.com/', 'hongkong-post', 'token'],
		['https://momo-shop.com.tw.refund.xyz/', 'momo', 'keyword'],
		['https://momoshop.com.tw.refund.xyz/', 'momo', 'official-in-subdomain'],
		['https://momo-refund.com/', 'momo', 'token'],
		['https://books-com-tw.help/', 'books-tw', 'keyword'],
		['https://7-11-myship.com/verify', 'seven-eleven-tw', 'token'],
		['https://t-cat-track.com/', 't-cat', 'token'],
		['https://cathaybk-service.com/', 'cathay-bank', 'keyword'],
		['https://ctbc-verify.com/', 'ctbc-bank', 'token'],
		['https://landbank-tw.com/', 'land-bank', 'token'],
		['https://linepay-refund.com/', 'line-pay', 'token'],
		['https://jkopay-service.net/', 'jkopay', 'keyword'],
		['https://norton-refund.com/', 'norton', 'token'],
		['https://geeksquad-invoice.com/', 'best-buy', 'keyword'],
		['https://disney-plan-refund.com/', 'disney', 'token'],
	])('%s imitates %s (%s)', (url, id, kind) => {
		expect(brandOf(url)).toEqual({ id, kind });
		expect(analyzeUrl(url).level).not.toBe('none');
	});
});

describe('the real sites of the new brands and names close to them', () => {
	it.each([
		['https://www.royalmail.com/track-your-item', 'royal-mail'],
		['https://www.evri.com/track/parcel/H01234567890123', 'evri'],
		['https://www.myhermes.de/empfangen/sendungsverfolgung/', 'hermes-de'],
		['https://www.canadapost-postescanada.ca/track-reperage/en', 'canada-post'],
		['https://auspost.com.au/mypost/track/', 'australia-post'],
		['https://www.poste.it/', 'poste-italiane'],
		['https://www.post.japanpost.jp/index_en.html', 'japan-post'],
		['https://www.hongkongpost.hk/en/mail_tracking/index.html', 'hongkong-post'],
		['https://www.momoshop.com.tw/goods/GoodsDetail.jsp?i_code=123', 'momo'],
		['https://24h.pchome.com.tw/prod/DYAJ12-A900', 'pchome'],
		['https://www.books.com.tw/products/0010912345', 'books-tw'],
		['https://myship.7-11.com.tw/general/detail/GM2311111111111', 'seven-eleven-tw'],
		['https://www.cathaybk.com.tw/cathaybk/personal/', 'cathay-bank'],
		['https://ebank.bot.com.tw/', 'bank-of-taiwan'],
		['https://pay.line.me/portal/tw/main', 'line-pay'],
		['https://www.post.gov.tw/post/internet/Postal/index.jsp', 'chunghwa-post'],
		['https://www.t-cat.com.tw/inquire/trace.aspx', 't-cat'],
		['https://my.norton.com/extspa/dashboard', 'norton'],
		['https://www.bestbuy.com/site/geek-squad/', 'best-buy'],
		['https://www.netflix.com/YourAccount', 'netflix'],
	])('%s is official (%s)', (url, id) => {
		expect(brandForDomain(new URL(url).hostname)?.id).toBe(id);
		const v = analyzeUrl(url);
		expect(v.level).toBe('none');
		expect(v.signals.map((s) => s.id)).toContain('link-official');
	});

	it.each([
		'https://www.linebank.com.tw/',
		'https://line.me/R/ti/p/@linepaytw',
		'https://octopus.energy/',
		'https://www.pchome.net/',
		'https://momo.vn/',
		'https://www.allpay.com.tw/',
		'https://www.family.co.jp/',
		'https://www.correos.cl/',
		'https://www.landbank.com/',
		'https://www.firstbank.com/',
		'https://www.post.ch/de/pakete-empfangen',
		'https://www.tcbbank.com.tw/CreditCard/J_12.html',
		'https://www.hermes.com/us/en/',
		'https://www.cathaypacific.com/',
		'https://www.hct.ac.ae/',
		'https://www.711.com/',
	])('%s is not flagged', (url) => {
		expect(analyzeUrl(url).level).toBe('none');
	});
});

describe('anchors that name the new brands', () => {
	it.each([
		['https://example-refund.top/a', 'momo購物網 退款中心'],
		['https://example.com/a', '蝦皮購物客服'],
		['https://example.com/a', 'Royal Mail redelivery'],
		['https://example.com/a', '國泰世華 網路銀行'],
		['https://example.com/a', 'www.royalmail.com'],
	])('%s shown as "%s" is deceptive', (url, text) => {
		expect(analyzeUrl(url, { text }).signals.map((s) => s.id)).toContain('link-deceptive-anchor');
	});

	it.each([
		['https://www.hermes.com/us/en/', 'Hermès official store'],
		['https://www.shanghaidisneyresort.com/', '上海迪士尼 官方票务'],
		['https://www.example.com/atm', '這台銀行 ATM 的客服'],
		['https://www.kuaidi100.com/', '黑貓 包裹查詢'],
		['https://shopee.tw/help', '蝦皮購物客服'],
	])('%s shown as "%s" is not', (url, text) => {
		expect(analyzeUrl(url, { text }).signals.map((s) => s.id)).not.toContain('link-deceptive-anchor');
	});
});
