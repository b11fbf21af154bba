import type { Locale } from './locale';

/** Texts shared by the popup, options and welcome pages. */
export interface UiCommonTexts {
	productName: string;
	tagline: string;
	popupTitle: string;
	/** Shown once the background answered; `{version}` is replaced. */
	popupReady: string;
	popupConnecting: string;
	openOptions: string;
	optionsTitle: string;
	optionsPrivacy: string;
	welcomeTitle: string;
	welcomeWhat: string;
	welcomeNever: string;
}

export const uiCommon: Record<Locale, UiCommonTexts> = {
	zh_CN: {
		productName: '退款防骗卫士',
		tagline: '识别冒充客服退款、理赔和取消会员的诈骗，当场提醒。',
		popupTitle: '退款防骗卫士',
		popupReady: '保护已开启（版本 {version}）',
		popupConnecting: '正在连接…',
		openOptions: '设置',
		optionsTitle: '退款防骗卫士设置',
		optionsPrivacy: '所有检查都在您的设备上完成，不会把网页内容、网址或图片发送到任何地方。',
		welcomeTitle: '欢迎使用退款防骗卫士',
		welcomeWhat:
			'在购物聊天、邮件和网页中发现“退款”“理赔”“取消会员”等骗局话术时，它会在旁边提醒您，并给出警方的防骗提示。',
		welcomeNever: '它从不上传您的聊天、邮件或浏览记录，也不会替您做任何操作。',
	},
	zh_TW: {
		productName: '退款防騙衛士',
		tagline: '識別冒充客服退款、理賠和取消會員的詐騙，當場提醒。',
		popupTitle: '退款防騙衛士',
		popupReady: '保護已開啟（版本 {version}）',
		popupConnecting: '正在連線…',
		openOptions: '設定',
		optionsTitle: '退款防騙衛士設定',
		optionsPrivacy: '所有檢查都在您的裝置上完成，不會把網頁內容、網址或圖片傳送到任何地方。',
		welcomeTitle: '歡迎使用退款防騙衛士',
		welcomeWhat:
			'在購物聊天、郵件和網頁中發現「退款」「理賠」「取消會員」等詐騙話術時，它會在旁邊提醒您，並提供警方的防騙提示。',
		welcomeNever: '它從不上傳您的聊天、郵件或瀏覽紀錄，也不會替您做任何操作。',
	},
	en: {
		productName: 'RefundGuard',
		tagline: 'Spots fake refund, claims and "cancel your membership" scams and warns you on the spot.',
		popupTitle: 'RefundGuard',
		popupReady: 'Protection is on (version {version})',
		popupConnecting: 'Connecting…',
		openOptions: 'Settings',
		optionsTitle: 'RefundGuard settings',
		optionsPrivacy: 'Everything is checked on your device. No page text, address or image is sent anywhere.',
		welcomeTitle: 'Welcome to RefundGuard',
		welcomeWhat:
			'When a shop chat, an email or a page uses the lines of refund, claims or "cancel your membership" scams, it warns you right there, with the police\'s advice.',
		welcomeNever: 'It never uploads your chats, mail or browsing, and never acts on your behalf.',
	},
};
