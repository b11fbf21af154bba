import { brandEntry, type FlatBrandEntry } from './directory-entry';
import type { BrandEntry } from './directory-types';

const CHECKED = '2026-11-25';

/** Consumer pages that name the UK couriers of the "redelivery fee" texts and show their look-alike domains. */
const UK_PARCEL_SCAMS = [
	'https://ys.yourscam.org/parcel-delivery-scam-text-uk-royal-mail-dpd-evri/',
	'https://whocalledlookup.co.uk/community/parcel-and-courier',
	'http://fvca.org.uk/notices/delivery-text-messages-and-emails/',
];
/** Consumer pages on the fake renewal invoices (Norton, McAfee, Geek Squad) that ask the reader to call. */
const CALLBACK_INVOICE_SCAMS = [
	'https://scamencyclopedia.org/questions/is-a-geek-squad-or-norton-auto-renewal-email-a-scam',
	'https://canwetrustit.com/check/mcafee-antivirus-renewal-scam',
];

function entry(e: FlatBrandEntry): BrandEntry {
	return brandEntry(e, CHECKED);
}

/**
 * National posts and parcel carriers outside the mainland whose names carry "missed parcel / redelivery fee /
 * customs fee" texts. No hotline is given unless a page showed it.
 */
export const POSTAL_BRANDS: readonly BrandEntry[] = [
	entry({
		id: 'royal-mail',
		kind: 'courier',
		zh: '英国皇家邮政',
		en: 'Royal Mail',
		domains: ['royalmail.com', 'royalmailgroup.com'],
		keywords: ['royalmail'],
		url: 'https://www.royalmail.com/',
		corroboration: [
			'https://www.techadvisor.com/news/security/fake-royal-mail-messages-3802559/',
			'https://conversation.which.co.uk/scams/royal-mail-fake-website-text-scam-warning/comment-page-1/',
			...UK_PARCEL_SCAMS,
		],
		note: 'Royal Mail charges no redelivery fee; it asks for payment by text only for customs fees.',
	}),
	entry({
		id: 'parcelforce',
		kind: 'courier',
		zh: 'Parcelforce',
		en: 'Parcelforce Worldwide',
		aliases: ['Parcelforce'],
		domains: ['parcelforce.com'],
		keywords: ['parcelforce'],
		url: 'https://www.parcelforce.com/',
	}),
	entry({
		id: 'evri',
		kind: 'courier',
		zh: 'Evri（原 Hermes UK）',
		en: 'Evri',
		aliases: ['Evri', 'myHermes'],
		domains: ['evri.com', 'myhermes.co.uk'],
		tokens: ['evri'],
		url: 'https://evri.com/cyber-security',
		corroboration: [
			'https://www.which.co.uk/news/article/evri-hermes-text-delivery-scam-shipping-fee-ahKgx0F8kz9n?utm_medium=email&utm_source=engagingnetworks&utm_campaign=scam_alert&utm_content=Scam+alert+260522+non+FB',
			'https://it3000.co.uk/scam-texts-our-guide-on-how-to-avoid-them/',
		],
		note: 'evri is a token (four letters). myhermes.co.uk is the former Hermes UK address.',
	}),
	entry({
		id: 'hermes-de',
		kind: 'courier',
		zh: 'Hermes（德国）',
		en: 'Hermes Germany',
		aliases: ['Hermes Paket', 'HermesWorld'],
		domains: ['myhermes.de', 'hermesworld.com'],
		keywords: ['hermesworld'],
		tokens: ['myhermes'],
		url: 'https://www.myhermes.de/',
		note: '"hermes" alone is a fashion house and a common name, so only these spelled-out names are brand words.',
	}),
	entry({
		id: 'yodel',
		kind: 'courier',
		zh: 'Yodel',
		en: 'Yodel',
		domains: ['yodel.co.uk'],
		tokens: ['yodel'],
		url: 'https://www.yodel.co.uk/',
		corroboration: UK_PARCEL_SCAMS,
	}),
	entry({
		id: 'canada-post',
		kind: 'courier',
		zh: '加拿大邮政',
		en: 'Canada Post',
		aliases: ['Canada Post', 'Postes Canada'],
		domains: ['canadapost-postescanada.ca', 'canadapost.ca', 'postescanada.ca'],
		hotlines: [{ number: '1-800-267-1177', label: 'Customer service', region: 'intl', unconfirmed: true }],
		keywords: ['canadapost', 'postescanada'],
		url: 'https://www.canadapost-postescanada.ca/',
		corroboration: [
			'https://www.vicnews.com/news/canada-post-aware-of-ongoing-email-text-phishing-scams/',
			'https://naijanews.tdreport.com/psa-watch-out-for-scams-related-to-the-canada-post-strike',
		],
		note: 'Hotline as quoted by a Canada Post spokesperson in one news report.',
	}),
	entry({
		id: 'australia-post',
		kind: 'courier',
		zh: '澳大利亚邮政',
		en: 'Australia Post',
		aliases: ['Australia Post', 'AusPost'],
		domains: ['auspost.com.au'],
		keywords: ['auspost', 'australiapost'],
		url: 'https://auspost.com.au/about-us/about-our-site/online-security-scams-fraud/scam-alerts?fm=search-organic',
		corroboration: ['https://psnews.com.au/?p=27882'],
	}),
	entry({
		id: 'postnl',
		kind: 'courier',
		zh: 'PostNL',
		en: 'PostNL',
		domains: ['postnl.nl', 'postnl.com'],
		tokens: ['postnl'],
		url: 'https://www.postnl.nl/',
	}),
	entry({
		id: 'la-poste',
		kind: 'courier',
		zh: '法国邮政',
		en: 'La Poste',
		aliases: ['La Poste', 'Colissimo'],
		domains: ['laposte.fr', 'laposte.net', 'laposte.com', 'colissimo.fr'],
		keywords: ['colissimo'],
		tokens: ['laposte'],
		url: 'https://www.laposte.fr/',
		note: 'laposte.net is La Poste’s webmail. laposte is a token: the group’s other sites carry it too.',
	}),
	entry({
		id: 'correos',
		kind: 'courier',
		zh: '西班牙邮政',
		en: 'Correos',
		domains: ['correos.es', 'correos.com'],
		tokens: ['correos'],
		url: 'https://www.correos.es/',
		note: 'correos is a token: it is the Spanish word for post and other countries’ posts use it (correos.cl).',
	}),
	entry({
		id: 'poste-italiane',
		kind: 'courier',
		zh: '意大利邮政',
		en: 'Poste Italiane',
		aliases: ['Poste Italiane', 'PostePay'],
		domains: ['poste.it', 'posteitaliane.it', 'postepay.it'],
		keywords: ['posteitaliane', 'postepay'],
		url: 'https://www.poste.it/',
		corroboration: [
			'https://www.picert.it/en/falsa-richiesta-di-verifica-dati-anagrafici/',
			'https://messina.gazzettadelsud.it/articoli/cronaca/2023/01/12/cyber-gang-attacca-messina-truffa-online-ai-clienti-di-poste-ab2c34a1-4277-4fb1-84cb-5dd6e3f00bb4/',
		],
	}),
	entry({
		id: 'japan-post',
		kind: 'courier',
		zh: '日本邮政',
		en: 'Japan Post',
		aliases: ['Japan Post', '日本郵便', 'ゆうパック'],
		domains: ['japanpost.jp'],
		keywords: ['japanpost'],
		url: 'https://www.post.japanpost.jp/',
	}),
];

/**
 * Brands of the callback-invoice ("your renewal of $399 was charged, call us") and subscription-refund scripts.
 */
export const SUBSCRIPTION_BRANDS: readonly BrandEntry[] = [
	entry({
		id: 'norton',
		kind: 'international',
		zh: '诺顿',
		en: 'Norton',
		aliases: ['Norton', 'NortonLifeLock', 'LifeLock', 'Gen Digital', 'Norton 360'],
		domains: ['norton.com', 'nortonlifelock.com', 'lifelock.com', 'gendigital.com'],
		keywords: ['nortonlifelock', 'lifelock'],
		tokens: ['norton'],
		url: 'https://support.norton.com/',
		corroboration: [
			...CALLBACK_INVOICE_SCAMS,
			'https://www.gvnews.com/news/scam-squad-dont-fall-for-internet-security-scams/article_615389e8-0784-11ec-a40e-2b71d76b9d46.html',
		],
		note: 'norton is a token: it is also a surname and place name.',
	}),
	entry({
		id: 'mcafee',
		kind: 'international',
		zh: '迈克菲',
		en: 'McAfee',
		domains: ['mcafee.com'],
		keywords: ['mcafee'],
		url: 'https://www.mcafee.com/',
		corroboration: CALLBACK_INVOICE_SCAMS,
	}),
	entry({
		id: 'best-buy',
		kind: 'international',
		zh: '百思买',
		en: 'Best Buy / Geek Squad',
		aliases: ['Best Buy', 'Geek Squad', 'Totaltech'],
		domains: ['bestbuy.com', 'bestbuy.ca', 'geeksquad.com'],
		keywords: ['geeksquad'],
		tokens: ['bestbuy'],
		url: 'https://www.bestbuy.com/site/geek-squad/geek-squad-services/pcmcat138100050018.c',
		corroboration: [
			...CALLBACK_INVOICE_SCAMS,
			'https://www.openroad.network/post/no-you-didn-t-purchase-norton-office-geek-squad-etc',
		],
	}),
	entry({
		id: 'netflix',
		kind: 'international',
		zh: '网飞',
		en: 'Netflix',
		domains: [
			'netflix.com',
			'netflix.net',
			'netflixtechblog.com',
			'nflxvideo.net',
			'nflximg.net',
			'nflxext.com',
			'nflxso.net',
		],
		keywords: ['netflix'],
		url: 'https://help.netflix.com/',
		corroboration: [
			'https://cybernews.com/malware/netflix-email-scam/',
			'https://www.hoax-slayer.net/netflix-your-auto-payment-cannot-process-phishing-scam-email/',
		],
	}),
	entry({
		id: 'disney',
		kind: 'international',
		zh: 'Disney+',
		en: 'Disney+',
		aliases: ['Disney+', 'Disney Plus'],
		domains: [
			'disneyplus.com',
			'disney.com',
			'disney.co.uk',
			'disney.co.jp',
			'disneystore.com',
			'shopdisney.com',
		],
		keywords: ['disneyplus'],
		tokens: ['disney'],
		url: 'https://help.disneyplus.com/',
		note: 'disney is a token; Disney’s own store domains are listed because "shop" and "store" are scam words. 迪士尼 alone is not an alias: the parks sell through other sites.',
	}),
	entry({
		id: 'spotify',
		kind: 'international',
		zh: 'Spotify',
		en: 'Spotify',
		domains: ['spotify.com', 'scdn.co', 'spotify.link', 'spotify.design', 'spotifycharts.com'],
		keywords: ['spotify'],
		url: 'https://support.spotify.com/',
	}),
];
