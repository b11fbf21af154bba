import type { Locale } from './locale';

/**
 * Texts of the warnings shown on pages (src/warn/). Written for this product; the police reminders themselves come
 * from the engine (`reminderText`), these only frame them. Keys of `headline` mirror the engine's FamilyId union
 * (kept as plain strings: i18n imports nothing outside itself).
 */
export interface WarnTexts {
	productName: string;
	levelName: { danger: string; caution: string };
	headline: Record<string, string>;
	/** Used when the verdict names no family. */
	headlineFallback: string;
	/**
	 * Banner headline on a page shortly after a scam contact, by what the page is (keys: `transfer`, `loan`,
	 * `remote-download`, and `money` when the kind is not known): each says what not to do on that page.
	 */
	escalationHeadline: Record<string, string>;
	/** {when} how long ago (`timeAgo`), {where} the contact's site, {what} its family headline, {advice} by page kind. */
	escalationDetail: string;
	/** The closing sentence of `escalationDetail`, keyed like `escalationHeadline`. */
	escalationAdvice: Record<string, string>;
	/** Time since the contact: `justNow` under a minute, else `minutes` with {minutes}. */
	timeAgo: { justNow: string; minutes: string };
	fieldHeadline: string;
	fieldDetail: string;
	sections: { seen: string; why: string; reminders: string; todo: string };
	/** Between a label and its value ("原话：", "Wording: "). */
	labelSep: string;
	seenPhrase: string;
	seenLink: string;
	/** {domain} the registrable domain, {shown} what the link text pretended. */
	seenLinkDomain: string;
	seenLinkMismatch: string;
	seenQr: string;
	seenContact: string;
	todo: {
		stop: string;
		noTransfer: string;
		/** First advice on a remote-control tool's download page after a scam contact. */
		noRemote: string;
		/** {brand} the platform's name, {hotline} its official number. */
		verifyBrand: string;
		verifyBrandApp: string;
		verifyGeneric: string;
		call110: string;
		call96110: string;
		call165: string;
		app: string;
		intlBank: string;
		intlPolice: string;
		intlReport: string;
	};
	actions: {
		details: string;
		hideDetails: string;
		dismiss: string;
		thisIsFine: string;
		thisIsFineHint: string;
		copyEvidence: string;
		copied: string;
		copyFailed: string;
		learnMore: string;
	};
	/** Screen-reader summary when many warnings appear at once; {count}. */
	moreWarnings: string;
	evidence: {
		title: string;
		time: string;
		page: string;
		sender: string;
		verdict: string;
		message: string;
		context: string;
		links: string;
		qr: string;
		signals: string;
		footer: string;
	};
}

export const WARN_TEXTS: Record<Locale, WarnTexts> = {
	zh_CN: {
		productName: '退款防骗卫士',
		levelName: { danger: '危险', caution: '注意' },
		headline: {
			'fake-refund': '这是冒充客服的退款骗局常见话术',
			'membership-cancel': '这是“取消会员/代理、否则扣费”骗局的常见话术',
			'credit-threat': '这是“注销学生账户、否则影响征信”骗局的常见话术',
			'account-anomaly': '这是“账户异常、资金冻结”骗局的常见话术',
			'off-platform': '对方要你离开平台私下联系，这是骗子的常用手法',
			'remote-control': '对方要你共享屏幕或安装远程控制软件，这是骗子的常用手法',
			'credential-harvest': '对方在索要验证码、密码或银行卡信息',
			overpayment: '这是“多退了钱、请退还差额”骗局的常见话术',
			'callback-invoice': '这像是诱导你回电的假账单或假续费通知',
			'fake-refund-page': '这像是假冒的退款/理赔页面',
		},
		headlineFallback: '这段内容有骗局的常见特征',
		escalationHeadline: {
			transfer: '先别转账：刚才的联系有骗局迹象',
			loan: '先别借款：刚才的联系有骗局迹象',
			'remote-download': '先别安装，也别让人看你的屏幕：刚才的联系有骗局迹象',
			money: '先别转账、别借款：刚才的联系有骗局迹象',
		},
		escalationDetail: '{when}在 {where} 看到：{what}。{advice}',
		escalationAdvice: {
			transfer: '真正的客服不会让你转账。',
			loan: '真正的客服不会让你借款或贷款。',
			'remote-download': '真正的客服不会让你安装远程控制软件，不要让任何人看你的屏幕、控制你的手机或电脑。',
			money: '真正的客服不会让你转账或贷款。',
		},
		timeAgo: { justNow: '刚刚', minutes: '{minutes} 分钟前' },
		fieldHeadline: '别在这里填写卡号、密码或验证码',
		fieldDetail: '这个页面不是官方网站，却在索要敏感信息。真正的退款不需要这些。',
		sections: { seen: '看到了什么', why: '为什么可疑', reminders: '警方提醒', todo: '现在该怎么做' },
		labelSep: '：',
		seenPhrase: '原话',
		seenLink: '链接',
		seenLinkDomain: '实际网址：{domain}',
		seenLinkMismatch: '（显示的是 {shown}）',
		seenQr: '二维码指向',
		seenContact: '联系方式',
		todo: {
			stop: '先停下，不要按对方说的继续操作。',
			noTransfer: '不转账、不借款，不告诉任何人验证码、密码或银行卡号。',
			noRemote: '不安装对方让你装的软件，不开屏幕共享，不把共享码或验证码告诉任何人。',
			verifyBrand: '打开{brand}官方 App 自己查订单，或拨打官方客服 {hotline} 核实。',
			verifyBrandApp: '打开{brand}官方 App，在订单页自己核实有没有退款。',
			verifyGeneric: '打开购物平台自己的 App，在订单页核实，不要用对方给的链接或电话。',
			call110: '已经转账或遇到危险：拨打 110',
			call96110: '拿不准：拨打反诈专线 96110',
			call165: '反詐騙諮詢專線 165',
			app: '安装“国家反诈中心”App，开启来电预警。',
			intlBank: '如果已经付款或泄露了卡号，马上用银行卡背面的电话联系银行。',
			intlPolice: '遇到危险请拨打当地报警电话。',
			intlReport: '保存证据，向平台和警方举报。',
		},
		actions: {
			details: '查看详情',
			hideDetails: '收起详情',
			dismiss: '关闭',
			thisIsFine: '这条没问题',
			thisIsFineHint: '以后不再提醒这个网站上这位发送者的消息（可在设置里撤销）',
			copyEvidence: '复制证据',
			copied: '已复制',
			copyFailed: '复制失败，请手动选择文字',
			learnMore: '了解这类骗局',
		},
		moreWarnings: '本页还有 {count} 条防骗警告',
		evidence: {
			title: '退款防骗卫士 证据摘要',
			time: '时间',
			page: '页面',
			sender: '发送者',
			verdict: '判断',
			message: '消息',
			context: '之前的消息',
			links: '链接',
			qr: '二维码内容',
			signals: '可疑特征',
			footer: '此摘要在本机生成，可用于向平台或警方举报。',
		},
	},
	zh_TW: {
		productName: '退款防騙衛士',
		levelName: { danger: '危險', caution: '注意' },
		headline: {
			'fake-refund': '這是冒充客服的退款詐騙常見話術',
			'membership-cancel': '這是「解除會員/分期設定、否則扣款」詐騙的常見話術',
			'credit-threat': '這是「註銷學生帳戶、否則影響信用」詐騙的常見話術',
			'account-anomaly': '這是「帳戶異常、資金凍結」詐騙的常見話術',
			'off-platform': '對方要你離開平台私下聯絡，這是詐騙集團的常用手法',
			'remote-control': '對方要你分享螢幕或安裝遠端控制軟體，這是詐騙集團的常用手法',
			'credential-harvest': '對方在索取驗證碼、密碼或銀行卡資料',
			overpayment: '這是「多退了錢、請退還差額」詐騙的常見話術',
			'callback-invoice': '這像是誘導你回電的假帳單或假續約通知',
			'fake-refund-page': '這像是假冒的退款/理賠頁面',
		},
		headlineFallback: '這段內容有詐騙的常見特徵',
		escalationHeadline: {
			transfer: '先別轉帳：剛才的聯絡有詐騙跡象',
			loan: '先別借款：剛才的聯絡有詐騙跡象',
			'remote-download': '先別安裝，也別讓人看你的螢幕：剛才的聯絡有詐騙跡象',
			money: '先別轉帳、別借款：剛才的聯絡有詐騙跡象',
		},
		escalationDetail: '{when}在 {where} 看到：{what}。{advice}',
		escalationAdvice: {
			transfer: '真正的客服不會要你轉帳。',
			loan: '真正的客服不會要你借款或貸款。',
			'remote-download': '真正的客服不會要你安裝遠端控制軟體，不要讓任何人看你的螢幕、控制你的手機或電腦。',
			money: '真正的客服不會要你轉帳或貸款。',
		},
		timeAgo: { justNow: '剛剛', minutes: '{minutes} 分鐘前' },
		fieldHeadline: '別在這裡填寫卡號、密碼或驗證碼',
		fieldDetail: '這個頁面不是官方網站，卻在索取敏感資料。真正的退款不需要這些。',
		sections: { seen: '看到了什麼', why: '為什麼可疑', reminders: '警方提醒', todo: '現在該怎麼做' },
		labelSep: '：',
		seenPhrase: '原話',
		seenLink: '連結',
		seenLinkDomain: '實際網址：{domain}',
		seenLinkMismatch: '（顯示的是 {shown}）',
		seenQr: 'QR 碼指向',
		seenContact: '聯絡方式',
		todo: {
			stop: '先停下，不要照對方說的繼續操作。',
			noTransfer: '不轉帳、不借款，不告訴任何人驗證碼、密碼或銀行卡號。',
			noRemote: '不安裝對方要你裝的軟體，不開螢幕分享，不把分享碼或驗證碼告訴任何人。',
			verifyBrand: '打開{brand}官方 App 自己查訂單，或撥打官方客服 {hotline} 核實。',
			verifyBrandApp: '打開{brand}官方 App，在訂單頁自己核實有沒有退款。',
			verifyGeneric: '打開購物平台自己的 App，在訂單頁核實，不要用對方給的連結或電話。',
			call110: '已經轉帳或遇到危險：撥打 110',
			call96110: '拿不準：撥打反詐專線 96110',
			call165: '拿不準：撥打反詐騙諮詢專線 165',
			app: '在中國大陸可安裝「國家反詐中心」App，開啟來電預警。',
			intlBank: '如果已經付款或洩露了卡號，馬上用銀行卡背面的電話聯絡銀行。',
			intlPolice: '遇到危險請撥打當地報警電話。',
			intlReport: '保存證據，向平台和警方檢舉。',
		},
		actions: {
			details: '查看詳情',
			hideDetails: '收起詳情',
			dismiss: '關閉',
			thisIsFine: '這則沒問題',
			thisIsFineHint: '以後不再提醒這個網站上這位傳送者的訊息（可在設定裡撤銷）',
			copyEvidence: '複製證據',
			copied: '已複製',
			copyFailed: '複製失敗，請手動選取文字',
			learnMore: '了解這類詐騙',
		},
		moreWarnings: '本頁還有 {count} 則防騙警告',
		evidence: {
			title: '退款防騙衛士 證據摘要',
			time: '時間',
			page: '頁面',
			sender: '傳送者',
			verdict: '判斷',
			message: '訊息',
			context: '之前的訊息',
			links: '連結',
			qr: 'QR 碼內容',
			signals: '可疑特徵',
			footer: '此摘要在本機產生，可用於向平台或警方檢舉。',
		},
	},
	en: {
		productName: 'RefundGuard',
		levelName: { danger: 'Danger', caution: 'Caution' },
		headline: {
			'fake-refund': 'This looks like a fake refund scam',
			'membership-cancel': 'This looks like a fake “cancel your membership or be charged” scam',
			'credit-threat': 'This looks like a fake “your credit record is at risk” scam',
			'account-anomaly': 'This looks like a fake “your account is frozen” scam',
			'off-platform': 'They want you to leave the platform: a common scam move',
			'remote-control': 'They want to see or control your screen: a common scam move',
			'credential-harvest': 'They are asking for your codes, password or card details',
			overpayment: 'This looks like a “we refunded too much, send it back” scam',
			'callback-invoice': 'This looks like a fake invoice that wants you to call them',
			'fake-refund-page': 'This looks like a fake refund page',
		},
		headlineFallback: 'This has the marks of a scam',
		escalationHeadline: {
			transfer: "Don't send money now: a recent contact looked like a scam",
			loan: "Don't take a loan now: a recent contact looked like a scam",
			'remote-download':
				"Don't install this or let anyone see your screen: a recent contact looked like a scam",
			money: 'Stop before you send money or take a loan: a recent contact looked like a scam',
		},
		escalationDetail: '{when} on {where}: {what}. {advice}',
		escalationAdvice: {
			transfer: 'Real customer service never asks you to transfer money.',
			loan: 'Real customer service never asks you to borrow or take a loan.',
			'remote-download':
				'Real customer service never asks you to install a remote-control app. Don’t let anyone see your screen or control your phone or computer.',
			money: 'Real customer service never asks you to transfer money or borrow.',
		},
		timeAgo: { justNow: 'Just now', minutes: '{minutes} min ago' },
		fieldHeadline: "Don't enter your card number, password or code here",
		fieldDetail:
			'This page is not an official site, yet it asks for sensitive details. A real refund never needs them.',
		sections: {
			seen: 'What we saw',
			why: 'Why it is suspicious',
			reminders: 'Police advice',
			todo: 'What to do now',
		},
		labelSep: ': ',
		seenPhrase: 'Wording',
		seenLink: 'Link',
		seenLinkDomain: 'really goes to: {domain}',
		seenLinkMismatch: '(shown as {shown})',
		seenQr: 'QR code leads to',
		seenContact: 'Contact',
		todo: {
			stop: "Stop. Don't follow their steps any further.",
			noTransfer: "Don't send money, gift cards or crypto, and never share codes, passwords or card numbers.",
			noRemote:
				"Don't install what they asked for, don't share your screen, and never read out a session code.",
			verifyBrand: "Check your order in {brand}'s own app, or call their official number {hotline}.",
			verifyBrandApp: "Check your order in {brand}'s own app or website, not through their link.",
			verifyGeneric:
				"Check your order in the shop's own app or website, not through a link or number they sent.",
			call110: 'Already paid or in danger: call 110',
			call96110: 'Not sure: call the anti-fraud line 96110',
			call165: 'Not sure: call the anti-fraud line 165',
			app: 'Install the 国家反诈中心 (National Anti-Fraud Center) app and turn on call warnings.',
			intlBank: 'If you already paid or shared card details, call your bank now on the number on your card.',
			intlPolice: 'If you are in danger, call your local emergency number.',
			intlReport: 'Keep the evidence and report it to the platform and the police.',
		},
		actions: {
			details: 'Show details',
			hideDetails: 'Hide details',
			dismiss: 'Dismiss',
			thisIsFine: 'This is fine',
			thisIsFineHint: 'Stop warning about this sender on this site (you can undo it in the options)',
			copyEvidence: 'Copy evidence',
			copied: 'Copied',
			copyFailed: 'Copy failed, please select the text',
			learnMore: 'Learn about this scam',
		},
		moreWarnings: '{count} more scam warnings on this page',
		evidence: {
			title: 'RefundGuard evidence summary',
			time: 'Time',
			page: 'Page',
			sender: 'Sender',
			verdict: 'Verdict',
			message: 'Message',
			context: 'Earlier messages',
			links: 'Links',
			qr: 'QR codes',
			signals: 'Signals',
			footer: 'Made on this device, for a report to the platform or the police.',
		},
	},
};

/** Fills `{name}` placeholders; unknown names stay visible so a missing value is noticed, not hidden. */
export function fillText(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in values ? String(values[name]) : whole,
	);
}
