import type { Locale } from './locale';

/** Texts of the first-run page. */
export interface WelcomeTexts {
	title: string;
	lead: string;
	doesTitle: string;
	does: string[];
	neverTitle: string;
	never: string[];
	exampleTitle: string;
	exampleIntro: string;
	/** A sample scam chat message, judged live by the engine on the page. */
	exampleMessage: string;
	exampleSender: string;
	next: string;
	openTips: string;
	openOptions: string;
}

export const UI_WELCOME: Record<Locale, WelcomeTexts> = {
	zh_CN: {
		title: '欢迎使用退款防骗卫士',
		lead: '冒充客服的“退款”“理赔”“取消会员”骗局，常常就发生在购物聊天、邮件和网页里。退款防骗卫士在那里陪着您。',
		doesTitle: '它会做什么',
		does: [
			'在购物网站的聊天、网页邮箱和网页版聊天工具里，发现骗局话术就在消息旁边提醒您。',
			'告诉您看到了什么、为什么可疑，以及警方的提醒和该怎么做。',
			'遇到假的退款、理赔网页，在您输入银行卡、密码或验证码之前提醒您。',
		],
		neverTitle: '它绝不会做什么',
		never: [
			'不上传您的聊天、邮件、网址或图片。所有检查都在本机完成。',
			'不需要账号，没有服务器，没有统计。',
			'不替您做任何操作，也不改动网页上的其他内容。',
		],
		exampleTitle: '提醒长这样',
		exampleIntro: '下面是一条骗子常发的消息，以及退款防骗卫士在它旁边给出的提醒（由本机实时判断）：',
		exampleMessage:
			'您好，我是淘宝客服。由于我们工作失误，把您升级成了代理商会员，如不取消每月将自动扣费 800 元。请加客服微信 kf2024，配合我们把资金转到安全账户验证流水。',
		exampleSender: '“官方客服”',
		next: '现在就可以照常购物了。想调整语言或检查范围，可以打开设置。',
		openTips: '看看防骗提示',
		openOptions: '打开设置',
	},
	zh_TW: {
		title: '歡迎使用退款防騙衛士',
		lead: '冒充客服的「退款」「理賠」「解除分期」詐騙，常常就發生在購物對話、郵件和網頁裡。退款防騙衛士在那裡陪著你。',
		doesTitle: '它會做什麼',
		does: [
			'在購物網站的對話、網頁郵件和網頁版聊天工具裡，發現詐騙話術就在訊息旁邊提醒你。',
			'告訴你看到了什麼、為什麼可疑，以及警方的提醒和該怎麼做。',
			'遇到假的退款、理賠網頁，在你輸入銀行卡號、密碼或驗證碼之前提醒你。',
		],
		neverTitle: '它絕不會做什麼',
		never: [
			'不上傳你的對話、郵件、網址或圖片。所有檢查都在本機完成。',
			'不需要帳號，沒有伺服器，沒有統計。',
			'不替你做任何操作，也不改動網頁上的其他內容。',
		],
		exampleTitle: '提醒長這樣',
		exampleIntro: '下面是一則騙子常發的訊息，以及退款防騙衛士在它旁邊給出的提醒（由本機即時判斷）：',
		exampleMessage:
			'您好，我是購物平台客服。因為系統設定錯誤，您被升級成經銷商會員，如不解除每月將自動扣款。請加客服 LINE kf2024，配合把資金轉到安全帳戶驗證。',
		exampleSender: '「官方客服」',
		next: '現在就可以照常購物了。想調整語言或檢查範圍，可以打開設定。',
		openTips: '看看防騙提示',
		openOptions: '打開設定',
	},
	en: {
		title: 'Welcome to RefundGuard',
		lead: 'Fake "refund", "claims" and "cancel your membership" scams reach shoppers in shop chats, email and web pages. RefundGuard watches there with you.',
		doesTitle: 'What it does',
		does: [
			'In shop chats, webmail and web messengers, it puts a warning right next to a message that follows a scam script.',
			'It tells you what it saw, why that is a scam pattern, what the police advise and what to do now.',
			'On a fake refund or claims page, it warns you before you type a card number, password or code.',
		],
		neverTitle: 'What it never does',
		never: [
			'It never uploads your chats, mail, addresses or images. Everything is checked on this device.',
			'No account, no server, no analytics.',
			'It never acts for you and never changes anything else on a page.',
		],
		exampleTitle: 'What a warning looks like',
		exampleIntro:
			'Here is a message scammers really send, and the warning RefundGuard puts next to it (judged live, on this device):',
		exampleMessage:
			'Hello, this is Amazon support. Your refund was processed in error and we sent you $1,500 instead of $15. Please return the difference with Google Play gift cards today, or install AnyDesk so we can fix it.',
		exampleSender: '"Amazon Support"',
		next: 'You can shop as usual now. Language and what is checked can be changed in the settings.',
		openTips: 'Read the safety tips',
		openOptions: 'Open settings',
	},
};
