import type { Locale } from './locale';

/** Texts of the popup's three views (this tab, safety tips, check it yourself). */
export interface PopupTexts {
	views: { tab: string; tips: string; check: string };
	tab: {
		noPage: string;
		none: string;
		noneHint: string;
		/** {count} */
		count: string;
		paused: string;
		pause: string;
		resume: string;
		show: string;
		gone: string;
		level: { danger: string; caution: string };
		kind: { message: string; page: string; field: string };
		state: { dismissed: string; fine: string };
		from: string;
		seen: string;
		why: string;
	};
	check: {
		intro: string;
		label: string;
		placeholder: string;
		submit: string;
		clear: string;
		qrDrop: string;
		qrPick: string;
		decoding: string;
		qrNone: string;
		/** {payload} */
		qrFound: string;
		empty: string;
		resultNone: string;
		resultNoneHint: string;
		offline: string;
	};
	settings: string;
}

export const UI_POPUP: Record<Locale, PopupTexts> = {
	zh_CN: {
		views: { tab: '当前网页', tips: '防骗提示', check: '自己查一查' },
		tab: {
			noPage: '这个标签页不是普通网页，无需检查。',
			none: '这个网页上没有发现骗局话术。',
			noneHint: '仍然要记住：退款不需要你转账，验证码不告诉任何人。',
			count: '这个网页上有 {count} 处提醒',
			paused: '已在这个网站暂停检查。',
			pause: '在这个网站暂停',
			resume: '恢复检查',
			show: '在网页上显示',
			gone: '这条内容已不在网页上了。',
			level: { danger: '危险', caution: '注意' },
			kind: { message: '消息', page: '整个网页', field: '输入框' },
			state: { dismissed: '已关闭', fine: '已标记为没问题' },
			from: '来自',
			seen: '看到了',
			why: '为什么可疑',
		},
		check: {
			intro: '粘贴一条消息、一个电话号码或链接，或者放入二维码图片。只在本机检查，不会发送到任何地方。',
			label: '要检查的内容',
			placeholder: '例如：您好，我是淘宝客服，您购买的商品有质量问题……',
			submit: '检查',
			clear: '清空',
			qrDrop: '把二维码图片拖到这里',
			qrPick: '选择图片',
			decoding: '正在识别二维码……',
			qrNone: '图片里没有识别出二维码。',
			qrFound: '二维码内容：{payload}',
			empty: '请先粘贴要检查的内容。',
			resultNone: '没有发现已知的骗局话术。',
			resultNoneHint: '这不代表一定安全：对方要你转账、报验证码、加微信或共享屏幕时，请立刻停下。',
			offline: '全部在本机完成，离线也能用。',
		},
		settings: '设置',
	},
	zh_TW: {
		views: { tab: '目前網頁', tips: '防騙提示', check: '自己查一查' },
		tab: {
			noPage: '這個分頁不是一般網頁，不需要檢查。',
			none: '這個網頁上沒有發現詐騙話術。',
			noneHint: '仍然要記住：退款不需要你轉帳，驗證碼不告訴任何人。',
			count: '這個網頁上有 {count} 處提醒',
			paused: '已在這個網站暫停檢查。',
			pause: '在這個網站暫停',
			resume: '恢復檢查',
			show: '在網頁上顯示',
			gone: '這則內容已不在網頁上了。',
			level: { danger: '危險', caution: '注意' },
			kind: { message: '訊息', page: '整個網頁', field: '輸入欄' },
			state: { dismissed: '已關閉', fine: '已標記為沒問題' },
			from: '來自',
			seen: '看到了',
			why: '為什麼可疑',
		},
		check: {
			intro: '貼上一則訊息、一個電話號碼或連結，或放入 QR 碼圖片。只在本機檢查，不會傳送到任何地方。',
			label: '要檢查的內容',
			placeholder: '例如：您好，我是購物平台客服，您的訂單被設定成分期付款……',
			submit: '檢查',
			clear: '清除',
			qrDrop: '把 QR 碼圖片拖到這裡',
			qrPick: '選擇圖片',
			decoding: '正在辨識 QR 碼……',
			qrNone: '圖片裡沒有辨識出 QR 碼。',
			qrFound: 'QR 碼內容：{payload}',
			empty: '請先貼上要檢查的內容。',
			resultNone: '沒有發現已知的詐騙話術。',
			resultNoneHint: '這不代表一定安全：對方要你轉帳、報驗證碼、加好友或分享螢幕時，請立刻停下。',
			offline: '全部在本機完成，離線也能用。',
		},
		settings: '設定',
	},
	en: {
		views: { tab: 'This page', tips: 'Safety tips', check: 'Check it yourself' },
		tab: {
			noPage: 'This tab is not a web page; there is nothing to check.',
			none: 'No scam patterns found on this page.',
			noneHint: 'Still: a refund never needs a payment from you, and a one-time code is for you alone.',
			count: '{count} warnings on this page',
			paused: 'Checking is paused on this site.',
			pause: 'Pause on this site',
			resume: 'Resume checking',
			show: 'Show on page',
			gone: 'This is no longer on the page.',
			level: { danger: 'Danger', caution: 'Caution' },
			kind: { message: 'Message', page: 'Whole page', field: 'Form field' },
			state: { dismissed: 'Dismissed', fine: 'Marked as fine' },
			from: 'From',
			seen: 'Seen',
			why: 'Why it is suspicious',
		},
		check: {
			intro:
				'Paste a message, a phone number or a link, or drop in a QR code image. It is checked on this device only and sent nowhere.',
			label: 'What to check',
			placeholder: 'For example: "Your refund was processed in error, please return the difference…"',
			submit: 'Check',
			clear: 'Clear',
			qrDrop: 'Drop a QR code image here',
			qrPick: 'Choose an image',
			decoding: 'Reading the QR code…',
			qrNone: 'No QR code found in this image.',
			qrFound: 'QR code says: {payload}',
			empty: 'Paste something to check first.',
			resultNone: 'No known scam patterns found.',
			resultNoneHint:
				'That does not prove it is safe: stop the moment anyone asks you to pay, share a code, move to another app or share your screen.',
			offline: 'Runs entirely on this device, even offline.',
		},
		settings: 'Settings',
	},
};
