import type { Level, Locale, LocalizedText, Match, ReminderId } from './types';

/** The police reminders of the founding report, in our own words, meaning kept. */
export const REMINDERS: Readonly<Record<ReminderId, LocalizedText>> = {
	'verify-via-platform': {
		zh_CN: '自称客服的人联系你时，请自己打开平台的官方 App 或网站核实，不要用对方给的电话或链接。',
		zh_TW: '自稱客服的人聯絡你時，請自己打開平台的官方 App 或網站查證，不要用對方給的電話或連結。',
		en: 'When someone says they are customer service, check it yourself in the platform’s own app or website, not through the number or link they give you.',
	},
	'no-wechat-qq': {
		zh_CN: '电商平台的官方客服不会加你的微信或 QQ，所有操作都在平台内完成。',
		zh_TW: '電商平台的官方客服不會加你的微信、LINE 或 QQ，所有操作都在平台內完成。',
		en: 'Official shop support never adds you on WeChat, QQ or other chat apps; everything is done on the platform itself.',
	},
	'no-transfer-for-refund': {
		zh_CN: '真正的退款不需要你转账，更不会让你转到个人账户或“安全账户”。',
		zh_TW: '真正的退款不需要你轉帳，更不會讓你轉到個人帳戶或「安全帳戶」。',
		en: 'A real refund never requires you to send money, least of all to a personal or “safe” account.',
	},
	'never-transfer-stranger': {
		zh_CN: '无论何时何地，都不要给陌生人转账。',
		zh_TW: '無論何時何地，都不要轉帳給陌生人。',
		en: 'Never send money to a stranger, whenever and wherever you are asked.',
	},
	'never-share-codes': {
		zh_CN: '不要把个人信息、银行卡号、密码或验证码告诉任何人。',
		zh_TW: '不要把個人資料、銀行卡號、密碼或驗證碼告訴任何人。',
		en: 'Never give anyone your personal details, card number, password or verification code.',
	},
	'no-unknown-links-qr': {
		zh_CN: '不要点击陌生人发来的链接，也不要扫描陌生人发来的二维码。',
		zh_TW: '不要點擊陌生人傳來的連結，也不要掃描陌生人傳來的 QR Code。',
		en: 'Do not open links or scan QR codes sent by strangers.',
	},
	'emergency-contacts': {
		zh_CN: '遇到紧急情况请拨打 110；反诈预警专线 96110；可安装“国家反诈中心”App。',
		zh_TW:
			'遇到緊急情況請撥打 110；反詐騙諮詢專線 165。中國大陸：110、反詐預警專線 96110、「國家反詐中心」App。',
		en: 'In an emergency call the police (110 in mainland China, 165 anti-fraud line in Taiwan); mainland anti-fraud warning line 96110 and the 国家反诈中心 app.',
	},
};

export function reminderText(id: ReminderId, locale: Locale): string {
	return REMINDERS[id][locale];
}

const TRANSFER_IDS = new Set([
	'account-safe-account',
	'account-transfer',
	'refund-fee-first',
	'member-verify-funds',
	'credit-take-loan',
	'overpay-send-back',
	'overpay-gift-card',
	'overpay-crypto-or-wire',
]);
const CODE_FAMILIES = new Set(['credential-harvest', 'remote-control', 'fake-refund-page']);
const REFUND_FAMILIES = new Set(['fake-refund', 'membership-cancel', 'overpayment', 'fake-refund-page']);

/** Which reminders a verdict shows: the ones that answer the evidence, most relevant first. */
export function selectReminders(level: Level, signals: readonly Match[]): ReminderId[] {
	if (level === 'none') return [];
	// One pass over the lures and actions (a handful per message) instead of a filtered copy and a Set.
	let refundStory = false;
	let transfer = false;
	let codes = false;
	let chatApp = false;
	let linkOrQr = false;
	for (const s of signals) {
		if (s.kind !== 'action' && s.kind !== 'lure') continue;
		if (s.kind === 'lure' && REFUND_FAMILIES.has(s.family)) refundStory = true;
		if (TRANSFER_IDS.has(s.id)) transfer = true;
		if (s.kind === 'action' && CODE_FAMILIES.has(s.family) && s.source !== 'link') codes = true;
		if (s.family === 'off-platform' && s.kind === 'action' && s.id !== 'offp-scan-qr') chatApp = true;
		if (s.source === 'link' || s.source === 'qr' || s.id === 'offp-scan-qr' || s.id === 'refund-follow-link')
			linkOrQr = true;
	}
	const out: ReminderId[] = [];
	if (transfer) out.push(refundStory ? 'no-transfer-for-refund' : 'never-transfer-stranger');
	if (codes) out.push('never-share-codes');
	if (chatApp) out.push('no-wechat-qq');
	if (linkOrQr) out.push('no-unknown-links-qr');
	out.push('verify-via-platform');
	if (level === 'danger') {
		if (!out.includes('never-transfer-stranger')) out.push('never-transfer-stranger');
		out.push('emergency-contacts');
	}
	return out;
}
