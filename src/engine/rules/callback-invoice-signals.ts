import type { TextSignalDefinition } from './signal-definition';

/** Something bought, renewed or charged near a "was this you" line (folded text: i reads as l). */
const CHARGE_NEARBY =
	/扣款|扣费|扣除|续费|续订|订阅|订购|购买|下单|订单|会员|年费|月费|开通|发票|账单|消费|[0-9ol]元|[$¥￥]|order|purchase|charge|renew|subscrlptlon|lnvolce/u;

/**
 * The cancel/"not recognised" line goes on to a phone call within a few characters, with no official route
 * (app, online banking, website, 通过/透过...) before it.
 */
const THEN_BY_PHONE =
	/(?:如需(?:取消|退订)|recognl[sz]e)(?:(?!通过|透过|登录|登入|app|银行|网站|官网|背面|slgnln|logln|vlslt|onllne|webslte|backof|account)[\s\S]){0,24}?(?:致电|拨打|拨|联系|来电|回电|回拨|打给|call|dlal|phone|rlng|contact|reach)/u;

export const CALLBACK_INVOICE_SIGNALS: readonly TextSignalDefinition[] = [
	{
		// "If this order was placed without your permission / you do not recognise it" is the hook that makes the
		// reader call: it turns a receipt into a dispute only the sender's number can settle.
		id: 'invoice-unauthorized-order',
		family: 'callback-invoice',
		kind: 'lure',
		weight: 20,
		patterns: [
			'without your permission',
			'without your consent',
			'without your authorization',
			'without your authorisation',
			'without your knowledge',
			'not authorized by you',
			'not authorised by you',
			'未经您授权',
			'未经您同意',
			'未经本人同意',
			'不是您下的单',
		],
		// Banks write "if you do not recognise this transaction, call us" too: only an order, purchase,
		// subscription or invoice (what a shop or software vendor sells) makes it the call-back script.
		confirm: {
			pattern:
				/order|purchase|subscrlptlon|renewal|lnvolce|membershlp|plan|下单|购买|订购|订单|续费|会员|发票/u,
			window: 60,
		},
		explanation: {
			zh_CN:
				'说有一笔“不是你本人”的订单或扣款，引你打电话处理。有疑问请打开平台 App 或银行卡背面的官方电话自己查。',
			zh_TW:
				'說有一筆「不是你本人」的訂單或扣款，引你打電話處理。有疑問請打開平台 App 或撥卡片背面的官方電話自己查。',
			en: 'Claims an order or charge was made without you, to make you call. Check in the official app or on the number printed on your card instead.',
		},
	},
	{
		// Antivirus and tech-support renewals are the call-back script's favourite costume (Norton, McAfee, Geek
		// Squad...): the product class, in any brand, next to a charge and a number.
		id: 'invoice-antivirus-renewal',
		family: 'callback-invoice',
		kind: 'lure',
		weight: 15,
		patterns: [
			'防毒',
			'杀毒',
			'防病毒',
			'antivirus',
			'anti-virus',
			'virus protection',
			'internet security',
			'total protection',
			'total security',
			'tech support plan',
			'technical support plan',
			'computer protection',
			'pc protection',
		],
		explanation: {
			zh_CN: '以“杀毒软件/技术支持续费”为由的扣款通知。这类通知附上电话要你打过去，是假发票诈骗的常见包装。',
			zh_TW:
				'以「防毒軟體/技術支援續約」為由的扣款通知。這類通知附上電話要你打過去，是假發票詐騙的常見包裝。',
			en: 'A charge for an antivirus or tech-support renewal with a number to call: the favourite costume of call-back invoice scams.',
		},
	},
	{
		// "如非本人操作" is how every bank alert ends (a new login, a card activated): it is the call-back hook only
		// next to something bought, renewed or charged.
		id: 'invoice-not-you-charge',
		family: 'callback-invoice',
		kind: 'lure',
		weight: 20,
		patterns: ['若非本人', '如非本人操作', '如果不是您本人', '不是本人操作'],
		confirm: { pattern: CHARGE_NEARBY, window: 60 },
		explanation: {
			zh_CN:
				'说有一笔扣款或订单“如非本人操作请联系”，引你打电话。有疑问请打开官方 App 或拨卡背面的电话自己查。',
			zh_TW:
				'說有一筆扣款或訂單「若非本人操作請聯絡」，引你打電話。有疑問請打開官方 App 或撥卡片背面的電話自己查。',
			en: 'Says a charge or order "was not you? contact us", to make you call. Check in the official app or on the number on your card instead.',
		},
	},
	{
		// "如需取消, 请致电..." and "don't recognise it? call ..." send the reader to the sender's phone; the same
		// words before the official route (如需取消請透過行動銀行App, don't recognise a charge? sign in to the
		// app) are how genuine bills and bank notices write.
		id: 'invoice-cancel-by-phone',
		family: 'callback-invoice',
		kind: 'lure',
		weight: 20,
		patterns: [
			'如需取消',
			'如需退订',
			'dont recognize',
			'do not recognize',
			'dont recognise',
			'do not recognise',
		],
		confirm: { pattern: THEN_BY_PHONE, window: 48 },
		explanation: {
			zh_CN: '说“如需取消（或不认识这笔扣款）请致电”。这是回拨诈骗的钩子：你打过去，接电话的就是骗子。',
			zh_TW: '說「如需取消（或不認得這筆扣款）請來電」。這是回撥詐騙的鉤子：你打過去，接電話的就是詐騙者。',
			en: '"To cancel, or if you do not recognise this charge, call us." This is the hook of callback scams: the number you call belongs to the scammer.',
		},
	},
];
