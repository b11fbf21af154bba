import type { Locale } from './locale';

/** Texts of the options page. */
export interface OptionsTexts {
	title: string;
	language: { title: string; auto: string; zh_CN: string; zh_TW: string; en: string };
	sensitivity: { title: string; standard: string; standardHint: string; strict: string; strictHint: string };
	scan: {
		title: string;
		shops: string;
		webmail: string;
		messengers: string;
		everywhere: string;
		everywhereHint: string;
	};
	paused: { title: string; empty: string; add: string; placeholder: string; remove: string; invalid: string };
	allow: {
		title: string;
		intro: string;
		empty: string;
		anySender: string;
		remove: string;
		/** {site} */
		removed: string;
		undo: string;
	};
	privacy: { title: string; stored: string[]; never: string };
	counters: {
		title: string;
		intro: string;
		warnings: string;
		pages: string;
		scanTime: string;
		/** {ms} */
		perPage: string;
		/** {date} */
		since: string;
	};
	clear: { title: string; intro: string; button: string; confirm: string; cancel: string; done: string };
	saved: string;
}

export const UI_OPTIONS: Record<Locale, OptionsTexts> = {
	zh_CN: {
		title: '退款防骗卫士设置',
		language: { title: '界面语言', auto: '跟随浏览器', zh_CN: '简体中文', zh_TW: '繁體中文', en: 'English' },
		sensitivity: {
			title: '提醒的灵敏度',
			standard: '标准',
			standardHint: '只在骗局的特征组合出现时提醒，很少打扰。',
			strict: '严格',
			strictHint: '可疑迹象较少时也提醒，适合家中长辈。',
		},
		scan: {
			title: '检查哪些网页',
			shops: '购物网站的聊天和订单（淘宝、京东、拼多多、亚马逊等）',
			webmail: '网页邮箱（QQ 邮箱、163、Outlook、Gmail 等）',
			messengers: '网页版聊天工具（微信、Telegram、WhatsApp 等）',
			everywhere: '其他所有网页（轻量检查）',
			everywhereHint: '先快速看一眼标题和表单，只有出现退款、理赔或付款表单时才完整检查。',
		},
		paused: {
			title: '已暂停的网站',
			empty: '没有暂停的网站。',
			add: '添加',
			placeholder: '例如 example.com',
			remove: '恢复',
			invalid: '请输入网站域名，例如 example.com。',
		},
		allow: {
			title: '标记为“没问题”的发件人',
			intro: '在提醒上点“这没问题”后，同一网站同一发件人的消息不再提醒。',
			empty: '还没有标记过。',
			anySender: '（整个网站）',
			remove: '删除',
			removed: '已删除 {site}。',
			undo: '撤销',
		},
		privacy: {
			title: '保存了什么',
			stored: [
				'您的设置：语言、灵敏度、暂停的网站、标记为“没问题”的发件人（保存在本机浏览器中）。',
				'下面的计数：显示过的提醒数、检查过的网页数、本扩展用掉的时间。',
				'当前打开的标签页里的提醒，以及最近一小时见过的骗局迹象（关闭浏览器后自动清除）。',
			],
			never:
				'不会有任何内容离开您的设备：没有账号、没有服务器、没有统计上报。网页文字、网址和图片只在本机检查。',
		},
		counters: {
			title: '本机计数',
			intro: '这是本扩展在您电脑上的开销和作用，只保存在本机。',
			warnings: '显示过的提醒',
			pages: '检查过的网页',
			scanTime: '检查用掉的时间',
			perPage: '平均每个网页 {ms} 毫秒',
			since: '自 {date} 起',
		},
		clear: {
			title: '清除全部数据',
			intro: '删除设置、名单、计数和所有提醒记录，恢复到刚安装时的样子。',
			button: '清除全部数据',
			confirm: '确定要清除全部数据吗？',
			cancel: '取消',
			done: '已清除。',
		},
		saved: '已保存',
	},
	zh_TW: {
		title: '退款防騙衛士設定',
		language: { title: '介面語言', auto: '跟隨瀏覽器', zh_CN: '简体中文', zh_TW: '繁體中文', en: 'English' },
		sensitivity: {
			title: '提醒的靈敏度',
			standard: '標準',
			standardHint: '只在詐騙的特徵組合出現時提醒，很少打擾。',
			strict: '嚴格',
			strictHint: '可疑跡象較少時也提醒，適合家中長輩。',
		},
		scan: {
			title: '檢查哪些網頁',
			shops: '購物網站的對話和訂單（淘寶、蝦皮、亞馬遜等）',
			webmail: '網頁郵件（Gmail、Outlook、Yahoo 等）',
			messengers: '網頁版聊天工具（LINE、Telegram、WhatsApp 等）',
			everywhere: '其他所有網頁（輕量檢查）',
			everywhereHint: '先快速看一眼標題和表單，只有出現退款、理賠或付款表單時才完整檢查。',
		},
		paused: {
			title: '已暫停的網站',
			empty: '沒有暫停的網站。',
			add: '新增',
			placeholder: '例如 example.com',
			remove: '恢復',
			invalid: '請輸入網站網域，例如 example.com。',
		},
		allow: {
			title: '標記為「沒問題」的寄件人',
			intro: '在提醒上點「這沒問題」後，同一網站同一寄件人的訊息不再提醒。',
			empty: '還沒有標記過。',
			anySender: '（整個網站）',
			remove: '刪除',
			removed: '已刪除 {site}。',
			undo: '復原',
		},
		privacy: {
			title: '儲存了什麼',
			stored: [
				'你的設定：語言、靈敏度、暫停的網站、標記為「沒問題」的寄件人（儲存在本機瀏覽器中）。',
				'下面的計數：顯示過的提醒數、檢查過的網頁數、本擴充功能用掉的時間。',
				'目前開啟的分頁裡的提醒，以及最近一小時見過的詐騙跡象（關閉瀏覽器後自動清除）。',
			],
			never:
				'不會有任何內容離開你的裝置：沒有帳號、沒有伺服器、沒有統計回傳。網頁文字、網址和圖片只在本機檢查。',
		},
		counters: {
			title: '本機計數',
			intro: '這是本擴充功能在你電腦上的開銷和作用，只儲存在本機。',
			warnings: '顯示過的提醒',
			pages: '檢查過的網頁',
			scanTime: '檢查用掉的時間',
			perPage: '平均每個網頁 {ms} 毫秒',
			since: '自 {date} 起',
		},
		clear: {
			title: '清除全部資料',
			intro: '刪除設定、名單、計數和所有提醒紀錄，恢復到剛安裝時的樣子。',
			button: '清除全部資料',
			confirm: '確定要清除全部資料嗎？',
			cancel: '取消',
			done: '已清除。',
		},
		saved: '已儲存',
	},
	en: {
		title: 'RefundGuard settings',
		language: {
			title: 'Language',
			auto: 'Same as the browser',
			zh_CN: '简体中文',
			zh_TW: '繁體中文',
			en: 'English',
		},
		sensitivity: {
			title: 'Sensitivity',
			standard: 'Standard',
			standardHint: 'Warns only when the combination of a scam appears. Rarely in the way.',
			strict: 'Strict',
			strictHint: 'Also warns on fewer signs. Good for a parent or grandparent.',
		},
		scan: {
			title: 'What is checked',
			shops: 'Shop chats and orders (Amazon, eBay, AliExpress, Taobao…)',
			webmail: 'Webmail (Gmail, Outlook, Yahoo, QQ Mail…)',
			messengers: 'Web messengers (WhatsApp, Telegram, Messenger, WeChat…)',
			everywhere: 'Every other page (a light check)',
			everywhereHint:
				'A quick look at the title and forms first; a full check only when refund, claims or payment forms appear.',
		},
		paused: {
			title: 'Paused sites',
			empty: 'No paused sites.',
			add: 'Add',
			placeholder: 'e.g. example.com',
			remove: 'Resume',
			invalid: 'Enter a site name such as example.com.',
		},
		allow: {
			title: 'Senders marked "this is fine"',
			intro:
				'After you press "This is fine" on a warning, messages from that sender on that site are no longer flagged.',
			empty: 'Nothing marked yet.',
			anySender: '(whole site)',
			remove: 'Remove',
			removed: 'Removed {site}.',
			undo: 'Undo',
		},
		privacy: {
			title: 'What is stored',
			stored: [
				'Your settings: language, sensitivity, paused sites and senders marked "this is fine" (kept in this browser).',
				'The counters below: warnings shown, pages checked, time the extension used.',
				'The warnings of tabs that are open now, and scam signs seen in the last hour (cleared when the browser closes).',
			],
			never:
				'Nothing leaves your device: no account, no server, no analytics. Page text, addresses and images are checked here and nowhere else.',
		},
		counters: {
			title: 'On this device',
			intro: "The extension's own cost and effect on your computer, counted here only.",
			warnings: 'Warnings shown',
			pages: 'Pages checked',
			scanTime: 'Time spent checking',
			perPage: '{ms} ms per page on average',
			since: 'Since {date}',
		},
		clear: {
			title: 'Clear all data',
			intro: 'Deletes settings, lists, counters and all warning records, as on the day you installed it.',
			button: 'Clear all data',
			confirm: 'Clear all data?',
			cancel: 'Cancel',
			done: 'Cleared.',
		},
		saved: 'Saved',
	},
};
