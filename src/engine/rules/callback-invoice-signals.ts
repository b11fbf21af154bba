import type { TextSignalDefinition } from './signal-definition';

/**
 * Call-back invoices (callback-invoice): a charge the reader never made, and a number to call about it. The
 * charge and the number live in overpayment-signals.ts (INVOICE_SIGNALS); this file holds the other ways of
 * saying "this was not you".
 */
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
];
