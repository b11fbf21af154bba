import type { Locale } from './locale';

/**
 * Safety tips (popup tab and the full tips page). Written for this product from the police's reminders in the
 * founding report and the scam families of the field brief. Keys mirror the engine's FamilyId and ReminderId
 * unions as plain strings (i18n imports nothing outside itself); a test checks every id has a text.
 */
export interface FamilyTip {
	name: string;
	/** How the script goes, in two or three plain sentences. */
	script: string;
	/** The one thing that gives it away. */
	giveaway: string;
}

export interface EmergencyLine {
	/** Digits to dial (tel: link) or '' for advice without a number. */
	number: string;
	label: string;
}

export interface TipsTexts {
	title: string;
	intro: string;
	remindersTitle: string;
	/** Short card titles for the police reminders; the body comes from the engine's reminder texts. */
	reminderTitle: Record<string, string>;
	familiesTitle: string;
	scriptLabel: string;
	giveawayLabel: string;
	families: Record<string, FamilyTip>;
	emergencyTitle: string;
	emergency: EmergencyLine[];
	/** A line about the anti-fraud app, '' when it does not apply in this language. */
	appAdvice: string;
	hotlinesTitle: string;
	hotlinesIntro: string;
	openFullTips: string;
	source: string;
}

export const UI_TIPS: Record<Locale, TipsTexts> = {
	zh_CN: {
		title: '防骗提示',
		intro: '骗子冒充客服时，说的话换来换去，要你做的事却总是那几件。记住下面几条，就能在转账前停下来。',
		remindersTitle: '警方提醒',
		reminderTitle: {
			'verify-via-platform': '自己去平台核实',
			'no-wechat-qq': '官方客服不加微信/QQ',
			'no-transfer-for-refund': '退款不需要你转账',
			'never-transfer-stranger': '不给陌生人转账',
			'never-share-codes': '验证码、密码不告诉任何人',
			'no-unknown-links-qr': '不点陌生链接、不扫陌生二维码',
			'emergency-contacts': '紧急求助',
		},
		familiesTitle: '常见骗局',
		scriptLabel: '套路',
		giveawayLabel: '一眼识破',
		families: {
			'fake-refund': {
				name: '假退款、假理赔',
				script:
					'对方自称客服，说你买的东西有质量问题或快递丢了，要给你“双倍赔偿”。然后发来链接或二维码，让你在“理赔页面”填银行卡、密码和验证码，或者先交一笔“手续费”。',
				giveaway: '真正的退款按原路退回，你什么都不用填，也不用付一分钱。',
			},
			'membership-cancel': {
				name: '取消代理、会员',
				script:
					'对方说操作失误给你开通了代理商、VIP 或“百万保障”，不取消就每月自动扣费。接着要你转账“验证流水”，甚至去借钱“清空记录”。',
				giveaway: '关闭会员在平台 App 里自己就能操作，从来不需要转账或贷款。抖音的百万保障本身就是免费的。',
			},
			'credit-threat': {
				name: '注销学生账户、影响征信',
				script:
					'对方冒充平台或金融监管部门，说你以前开过的学生账户或校园贷没注销，会影响征信。然后让你在借呗、微粒贷、京东金条等借款，再转出去“注销”。',
				giveaway: '注销任何账户都不需要借钱转账。征信问题只能向中国人民银行征信中心查询。',
			},
			'account-anomaly': {
				name: '账户异常、资金冻结',
				script:
					'对方说你的支付宝、微信或银行卡出现异常、资金被冻结，要你把钱转到“安全账户”，或者先交“解冻金”。',
				giveaway: '根本没有“安全账户”。公安、银行和平台都不会让你转账来保护资金。',
			},
			'off-platform': {
				name: '加微信、QQ、进群处理',
				script: '“客服”让你加他的微信或 QQ、进“理赔群”，或者扫码添加“专员”，说这样处理更快。',
				giveaway: '官方客服只在平台自己的聊天里沟通，不会加你好友。离开平台，聊天记录就不受保护了。',
			},
			'remote-control': {
				name: '屏幕共享、远程控制',
				script: '对方让你下载腾讯会议、钉钉、向日葵、ToDesk 等软件，打开屏幕共享，说要“一步步指导你操作”。',
				giveaway: '正规客服从不需要看你的屏幕。共享屏幕，等于把验证码和余额都给对方看。',
			},
			'credential-harvest': {
				name: '索要验证码、密码',
				script: '对方以“核对身份”“办理退款”为由，要你报银行卡号、支付密码、短信验证码或身份证号。',
				giveaway: '验证码只给你本人用。任何向你要验证码或密码的人，都不是真客服。',
			},
			overpayment: {
				name: '“多退了钱，请退回差额”',
				script: '对方说退款时多打了一个零，要你把“差额”退回去，常要求用礼品卡、加密货币或转账。',
				giveaway: '平台多退的钱会自己冲正，从不让你手动退回，更不会要礼品卡。',
			},
			'callback-invoice': {
				name: '假账单、假续费通知',
				script:
					'邮件说你的订阅已自动续费，或订单扣了一大笔钱，“如非本人操作，请拨打客服电话”。电话里再让你装远程软件或付款。',
				giveaway: '电话号码就写在这封邮件里。要核实，只用官网或官方 App 上的号码。',
			},
			'fake-refund-page': {
				name: '假退款、假理赔网页',
				script: '一个看起来像“退款中心”“理赔中心”“注销入口”的网页，要你填银行卡号、密码、验证码和身份证号。',
				giveaway: '网址不是平台的官方域名。官方退款从不需要你输入密码或验证码。',
			},
		},
		emergencyTitle: '紧急求助',
		emergency: [
			{ number: '110', label: '已经转账、正在被骗或遇到危险：立即报警' },
			{ number: '96110', label: '拿不准是不是骗局：拨打全国反诈预警劝阻专线' },
		],
		appAdvice: '安装“国家反诈中心”App，打开来电预警和短信预警。',
		hotlinesTitle: '官方客服电话和网址',
		hotlinesIntro: '核实时只打这些号码，或在官方 App 里找客服；不要用对方给你的号码。',
		openFullTips: '查看全部防骗提示',
		source: '依据公安机关发布的防骗提醒整理。',
	},
	zh_TW: {
		title: '防騙提示',
		intro: '騙子冒充客服時，說詞換來換去，要你做的事卻總是那幾件。記住下面幾條，就能在轉帳前停下來。',
		remindersTitle: '警方提醒',
		reminderTitle: {
			'verify-via-platform': '自己到平台查證',
			'no-wechat-qq': '官方客服不加 LINE、微信或 QQ',
			'no-transfer-for-refund': '退款不需要你轉帳',
			'never-transfer-stranger': '不轉帳給陌生人',
			'never-share-codes': '驗證碼、密碼不告訴任何人',
			'no-unknown-links-qr': '不點陌生連結、不掃陌生 QR 碼',
			'emergency-contacts': '緊急求助',
		},
		familiesTitle: '常見詐騙',
		scriptLabel: '手法',
		giveawayLabel: '一眼識破',
		families: {
			'fake-refund': {
				name: '假退款、假理賠',
				script:
					'對方自稱客服，說你買的商品有瑕疵或包裹遺失，要給你「雙倍賠償」。接著傳來連結或 QR 碼，要你在「理賠頁面」填銀行卡號、密碼和驗證碼，或先付一筆「手續費」。',
				giveaway: '真正的退款會原路退回，你什麼都不用填，也不用付任何錢。',
			},
			'membership-cancel': {
				name: '解除會員、分期設定錯誤',
				script:
					'對方說系統設定錯誤，把你升級成經銷商、VIP 或設成分期付款，不解除就每月扣款。接著要你轉帳「驗證」，甚至去借錢「清除紀錄」。',
				giveaway: '解除會員或分期，在平台 App 裡自己就能操作，從來不需要轉帳或貸款。',
			},
			'credit-threat': {
				name: '註銷學生帳戶、影響信用',
				script:
					'對方冒充平台或金融主管機關，說你以前的學生帳戶或學貸沒註銷，會影響信用紀錄。然後要你借款再轉出去「註銷」。',
				giveaway: '註銷任何帳戶都不需要借錢轉帳。',
			},
			'account-anomaly': {
				name: '帳戶異常、資金凍結',
				script: '對方說你的支付帳戶或銀行卡異常、資金被凍結，要你把錢轉到「安全帳戶」，或先付「解凍金」。',
				giveaway: '根本沒有「安全帳戶」。警察、銀行和平台都不會要你轉帳來保護資金。',
			},
			'off-platform': {
				name: '加 LINE、微信、進群處理',
				script: '「客服」要你加他的 LINE、微信或 QQ、進「理賠群組」，或掃碼加「專員」，說這樣處理比較快。',
				giveaway: '官方客服只在平台自己的對話裡溝通，不會加你好友。離開平台，對話紀錄就不受保護了。',
			},
			'remote-control': {
				name: '螢幕分享、遠端控制',
				script:
					'對方要你下載視訊會議或遠端軟體（如 AnyDesk、TeamViewer、ToDesk），打開螢幕分享，說要「一步步教你操作」。',
				giveaway: '正規客服從不需要看你的螢幕。分享螢幕，等於把驗證碼和餘額都給對方看。',
			},
			'credential-harvest': {
				name: '索取驗證碼、密碼',
				script: '對方以「核對身分」「辦理退款」為由，要你報銀行卡號、密碼、簡訊驗證碼或身分證字號。',
				giveaway: '驗證碼只給你本人使用。任何向你要驗證碼或密碼的人，都不是真客服。',
			},
			overpayment: {
				name: '「多退了錢，請退回差額」',
				script: '對方說退款時多打了一個零，要你把「差額」退回，常要求用禮物卡、加密貨幣或轉帳。',
				giveaway: '平台多退的錢會自行沖正，從不要你手動退回，更不會要禮物卡。',
			},
			'callback-invoice': {
				name: '假帳單、假續約通知',
				script:
					'郵件說你的訂閱已自動續約，或訂單被扣了一大筆錢，「如非本人操作，請撥打客服電話」。電話裡再要你裝遠端軟體或付款。',
				giveaway: '電話號碼就寫在這封郵件裡。要查證，只用官網或官方 App 上的號碼。',
			},
			'fake-refund-page': {
				name: '假退款、假理賠網頁',
				script:
					'一個看起來像「退款中心」「理賠中心」「解除入口」的網頁，要你填銀行卡號、密碼、驗證碼和身分證字號。',
				giveaway: '網址不是平台的官方網域。官方退款從不需要你輸入密碼或驗證碼。',
			},
		},
		emergencyTitle: '緊急求助',
		emergency: [
			{ number: '165', label: '台灣：反詐騙諮詢專線，拿不準就先打' },
			{ number: '110', label: '已經轉帳或遇到危險：立即報警' },
			{ number: '96110', label: '在中國大陸：反詐預警勸阻專線' },
		],
		appAdvice: '在中國大陸可安裝「國家反詐中心」App，開啟來電預警。',
		hotlinesTitle: '官方客服電話和網址',
		hotlinesIntro: '查證時只打這些號碼，或在官方 App 裡找客服；不要用對方給你的號碼。',
		openFullTips: '查看全部防騙提示',
		source: '依據警方發布的防詐提醒整理。',
	},
	en: {
		title: 'Safety tips',
		intro:
			'Fake customer-service scammers change their story, but what they need from you is always the same few things. Know these and you can stop before any money moves.',
		remindersTitle: "The police's advice",
		reminderTitle: {
			'verify-via-platform': 'Check it yourself, on the platform',
			'no-wechat-qq': 'Real support never moves you to a chat app',
			'no-transfer-for-refund': 'A refund never needs a payment from you',
			'never-transfer-stranger': 'Never send money to a stranger',
			'never-share-codes': 'Never share codes or passwords',
			'no-unknown-links-qr': "Don't open unknown links or QR codes",
			'emergency-contacts': 'If it is happening now',
		},
		familiesTitle: 'Common scams',
		scriptLabel: 'How it goes',
		giveawayLabel: 'The giveaway',
		families: {
			'fake-refund': {
				name: 'Fake refund or compensation',
				script:
					'Someone claiming to be customer service says your item was faulty or your parcel was lost and offers compensation. They send a link or QR code to a "claims page" that asks for your card number, password and one-time code, or for a small "fee" first.',
				giveaway:
					'Real refunds go back to your original payment method. You never fill in anything or pay anything.',
			},
			'membership-cancel': {
				name: '"Cancel your membership or be charged"',
				script:
					'They say you were signed up to a paid membership or agent plan by mistake and will be charged every month unless you cancel. Then they ask you to "verify" by moving money, or even to take out a loan to "clear the record".',
				giveaway:
					'You can cancel any membership yourself in the official app. Cancelling never needs a transfer or a loan.',
			},
			'credit-threat': {
				name: '"Your credit record is at risk"',
				script:
					'They pose as the platform or a regulator and say an old student or loan account will damage your credit unless closed. Then they ask you to borrow money and transfer it to "close" the account.',
				giveaway: 'Closing an account never requires borrowing or sending money.',
			},
			'account-anomaly': {
				name: '"Your account is frozen"',
				script:
					'They say your payment or bank account has a problem and your money is frozen, and ask you to move it to a "safe account" or pay an unlock fee.',
				giveaway:
					'There is no such thing as a "safe account". Banks and police never ask you to move money to protect it.',
			},
			'off-platform': {
				name: 'Moving you off the platform',
				script:
					'"Support" asks you to continue on WhatsApp, Telegram, WeChat or another app, or to join a "claims group", to get things done faster.',
				giveaway:
					"Real support stays in the platform's own messages. Off the platform nothing you are told is on record.",
			},
			'remote-control': {
				name: 'Screen sharing and remote access',
				script:
					'They ask you to install AnyDesk, TeamViewer, a meeting app or "their app" and share your screen so they can "guide you".',
				giveaway:
					'Genuine support never needs to see or control your screen. Sharing it hands over your codes and balances.',
			},
			'credential-harvest': {
				name: 'Asking for codes and passwords',
				script:
					'To "confirm your identity" or "process the refund", they ask for your card number, PIN, password, one-time code or ID number.',
				giveaway: 'One-time codes are for you alone. Anyone who asks for one is not real support.',
			},
			overpayment: {
				name: '"We refunded too much, send back the difference"',
				script:
					'They claim a refund was processed in error with an extra zero and ask you to return the difference, often in gift cards, crypto or a wire transfer.',
				giveaway: 'A real company reverses its own mistakes. No one legitimate asks for gift cards.',
			},
			'callback-invoice': {
				name: 'Fake invoice or renewal with a phone number',
				script:
					'An email says your subscription renewed or an order was charged a large amount: "if this wasn\'t you, call support". On the call they ask for remote access or a payment.',
				giveaway:
					"The number comes from the email itself. Only use the number on the company's official site or app.",
			},
			'fake-refund-page': {
				name: 'Fake refund or claims page',
				script:
					'A page that looks like a "refund centre" or "claims portal" asks for your card number, password, one-time code and ID.',
				giveaway:
					"The address is not the platform's official domain, and official refunds never ask for passwords or codes.",
			},
		},
		emergencyTitle: 'If it is happening now',
		emergency: [
			{
				number: '',
				label: 'Money already sent? Call your bank at once, on the number printed on your card.',
			},
			{
				number: '',
				label: 'In danger or being pressured right now: call your local emergency number (911, 999, 112).',
			},
			{ number: '', label: 'Report it to the platform and to the police, with the messages saved.' },
		],
		appAdvice: '',
		hotlinesTitle: 'Official sites and support numbers',
		hotlinesIntro:
			'To check a contact, use only these numbers or the help section of the official app, never a number the other person gave you.',
		openFullTips: 'All safety tips',
		source: "Based on the police's published advice on these scams.",
	},
};
