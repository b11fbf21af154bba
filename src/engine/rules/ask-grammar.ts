/**
 * The grammar request signals are written in: an ask verb next to an object class, in a bounded window.
 * Word classes are listed here once and composed into confirmation expressions, so a new verb or object
 * reaches every signal that uses its class instead of being one more phrase.
 *
 * Confirmation expressions run on the folded window: separators and spaces dropped, upper case lowered,
 * Traditional read as Simplified, i and 1 read as l, 0 as o, clause breaks (，。！？,;!? and new lines) as '\n'.
 * `words()` folds a class the same way, so classes are written as ordinary words.
 */

/** Folds a word as the matcher's window does (spaces, hyphens and apostrophes dropped; i/1 as l, 0 as o). */
export function foldWord(word: string): string {
	return word
		.toLowerCase()
		.replace(/[\s\-'’.]/g, '')
		.replace(/[i1]/g, 'l')
		.replace(/0/g, 'o');
}

/** A non-capturing alternation of folded words, longest first (so 支付密码 is tried before 密码). */
export function words(list: readonly string[]): string {
	const folded = [...new Set(list.map(foldWord))].sort((a, b) => b.length - a.length);
	return `(?:${folded.join('|')})`;
}

/**
 * A negation a few characters before an ask turns it into advice (不需要你提供, never share); such asks do not
 * count. (The matcher negates the first of two signals on one anchor only, so the grammar checks for itself.)
 */
const NEGATIONS = words([
	'不要',
	'不需要',
	'无需',
	'不用',
	'不能',
	'不会',
	'不可',
	'不得',
	'别',
	'勿',
	'莫',
	'禁止',
	'拒绝',
	'never',
	'dont',
	'do not',
	'not',
	'nobody',
	'no one',
	'wont',
]);
/** After an ask: to whom. An ask "to anyone / others" is advice, not a request to the reader. */
const NOT_TO_OTHERS = `(?!${words(['他人', '任何人', '别人', '陌生人', '其他人', '给他人', '给任何人', '给别人', 'anyone', 'others', 'to anyone', 'with anyone', 'a stranger'])})`;
/** The gap between an object and the ask after it holds no negation (验证码千万别告诉别人). */
const GAP_AFTER_OBJECT = '[^\\n不勿别莫禁]{0,8}?';

/** Verbs that hand something over to the asker (said or sent to them), before the object. */
export const HANDOVER_BEFORE_WORDS: readonly string[] = [
	'告诉',
	'告知',
	'发给',
	'发送给',
	'发我',
	'发过来',
	'发一下',
	'发到这',
	'发在',
	'传给',
	'传过来',
	'报给',
	'报一下',
	'报下',
	'报出',
	'报个',
	'念给',
	'念一下',
	'念出',
	'读给',
	'读一下',
	'读出',
	'说一下',
	'说出',
	'说给',
	'回复给',
	'回复到',
	'回复在',
	'回复一下',
	'私信',
	'转发给',
	'转发一下',
	'复制给',
	'复制发',
	'截图给',
	'截图发',
	'提供',
	'给我',
	'给客服',
	'交给',
	'口述',
	'tell me',
	'tell us',
	'telling me',
	'telling us',
	'giving me',
	'sending me',
	'reading me',
	'reading out',
	'tell the agent',
	'read me',
	'read out',
	'read off',
	'read it',
	'read back',
	'read us',
	'send me',
	'send us',
	'give me',
	'give us',
	'share',
	'provide',
	'forward',
	'reply with',
	'text me',
	'type it here',
	'type here',
	'type them here',
	'type in the chat',
	'paste',
	'confirm',
	'what is your',
	'whats your',
	'what is the',
	'whats the',
	'let me know',
	'i need your',
	'i need the',
	'just need',
	'we need your',
	'we need the',
	'need you to read',
];
export const HANDOVER_BEFORE = words(HANDOVER_BEFORE_WORDS);

/** The same hand-over, after the object (验证码发我, 密码报一下, the code to me). */
export const HANDOVER_AFTER_WORDS: readonly string[] = [
	'发给',
	'发我',
	'发过来',
	'发一下',
	'发在',
	'发送给',
	'传给',
	'告诉',
	'告知',
	'报给',
	'报一下',
	'报下',
	'念给',
	'念一下',
	'读给',
	'读一下',
	'说一下',
	'回复给',
	'回复到',
	'回复在',
	'回复一下',
	'私信',
	'转发',
	'截图',
	'给我',
	'给客服',
	'to me',
	'to us',
	'是多少',
	'是什么',
	'是几',
	'对话框',
	'聊天框',
	'聊天窗口',
	'here in the chat',
	'in the chat',
	'in this chat',
	'here so',
	'back to me',
	'over the phone',
];
export const HANDOVER_AFTER = words(HANDOVER_AFTER_WORDS);

/**
 * What only the owner may know: one-time codes, passwords and PINs, the card's security code, and the digits
 * of a message just received. A genuine business never needs any of it said or sent to a person.
 */
const SECRET_OBJECT = words([
	'验证码',
	'校验码',
	'动态码',
	'短信码',
	'简讯码',
	'认证码',
	'授权码',
	'确认码',
	'识别码',
	'动态密码',
	'动态口令',
	'口令',
	'赔付码',
	'理赔码',
	'退款码',
	'赔偿码',
	'密码',
	'安全码',
	'背面三位',
	'背面的三位',
	'背面末三位',
	'末三位',
	'末三码',
	'后三码',
	'背面三码',
	'几位数',
	'几个数字',
	'那串数字',
	'这串数字',
	'那几个数字',
	'六位数',
	'6位数',
	'四位数',
	'4位数',
	'cvv',
	'cvc',
	'otp',
	'verification code',
	'verification number',
	'security code',
	'one time code',
	'one time password',
	'one time passcode',
	'confirmation code',
	'authorization code',
	'authorisation code',
	'login code',
	'sms code',
	'text code',
	'passcode',
	'password',
	'pin',
	'code',
	'digits',
	'digit number',
	'numbers on the back',
	'number on the back',
]);

/** Things with a password or code that friends and colleagues pass on (WiFi, a meeting, a locker, a parcel). */
const EVERYDAY_WORDS: readonly string[] = [
	'wifi',
	'wi fi',
	'无线',
	'热点',
	'会议',
	'入会',
	'门禁',
	'门锁',
	'房间',
	'开机',
	'锁屏',
	'保险箱',
	'压缩包',
	'解压',
	'文件',
	'附件',
	'取件',
	'取餐',
	'提货',
	'邀请',
	'推荐',
	'优惠',
	'兑换',
	'promo',
	'discount',
	'coupon',
	'zip',
	'postal',
	'post',
	'area',
	'dress',
	'qr',
	'gift',
	'referral',
	'invite',
	'door',
	'gate',
	'locker',
	'source',
	'error',
	'bar',
	'tax',
	'tracking',
	'pickup',
	'meeting',
	'network',
	'router',
	'discord',
	'game',
	'room',
	'printer',
	'图书馆',
	'校园网',
	'教务',
	'服务器',
	'测试',
	'server',
	'staging',
	'database',
	'数据库',
	'netflix',
	'spotify',
	'disney',
	'hulu',
	'hbo',
	'爱奇艺',
	'优酷',
	'腾讯视频',
	'芒果',
	'steam',
	'游戏',
	'电视',
	'tv',
	'管理员',
	'路由',
	'打印机',
	'储物柜',
	'车库',
	'快递柜',
];

/** After the secret: what it opens ("the code for the front door", "the PIN for the shared printer"). */
const EVERYDAY_SECRET_AFTER = `(?![^\\n]{0,14}?${words(['door', 'gate', 'building', 'wifi', 'wi fi', 'printer', 'locker', 'garage', 'alarm', 'lobby', 'office', 'house', 'apartment', 'room', 'parking', 'bike', 'lock', 'safe', 'router', 'network', 'meeting', 'zoom', 'class', 'course', 'discount', 'coupon', 'promo', 'voucher', 'game', '门', '柜', '打印机', '会议', '教室', '车库', '网络', 'wifi'])})`;

/**
 * A secret that is not an everyday one (no WiFi, door or meeting word in the few characters before it). The
 * look-behind sits after the object so that it runs only where an object matched: a look-behind at every
 * position of the window is what made such expressions slow.
 */
const SECRET = `(?:${SECRET_OBJECT}|${words(['背面', '背后', '反面'])}[^\\n]{0,4}?[三3]${words(['个', '位'])}?${words(['数字', '码', '位数', '位'])})(?<!${words(EVERYDAY_WORDS)}[^\\n]{1,14})${EVERYDAY_SECRET_AFTER}`;
/** A hand-over verb with no negation in the few characters before its end (不需要你提供, never share). */
const ASK_BEFORE = `${HANDOVER_BEFORE}(?<!${NEGATIONS}[^\\n]{1,10})`;

/** True when no secret in the window belongs to everyday things (the WiFi password, a meeting's code). */
export const NO_EVERYDAY_SECRET = new RegExp(
	`^(?![\\s\\S]*(?:${words(EVERYDAY_WORDS)}|${words(['reset', 'change', 'forgot', 'forgotten', 'new', 'update', 'create', '重置', '修改', '找回', '忘记', '新'])})[^\\n]{0,6}?${words(['密码', 'password', 'passcode', 'pin'])})`,
	'',
);

/**
 * The secret named once and then asked for by pronoun, a sentence or a reply later ("...that's your
 * authorisation code. Go ahead and read it to me."): English only, where "it" carries the object.
 */
export const PRONOUN_HANDOVER_WORDS: readonly string[] = [
	'read it to me',
	'read it back',
	'read it out',
	'read them to me',
	'read them back',
	'tell me what it says',
	'give it to me',
	'send it to me',
	'send it over',
	'type it here',
	'type it in the chat',
	'paste it here',
	'paste it in the chat',
	'reply with it',
	'what is it',
	'whats it',
	'what was it',
	'what does it say',
	'what number did you get',
	'tell me the number',
	'read me the number',
	'whats the number',
	'what is the number',
	'give me the number',
	'into this chat',
	'into the chat',
	'in this chat',
	'chat window',
	'in the chat box',
];
const PRONOUN = words(PRONOUN_HANDOVER_WORDS);

/**
 * A hand-over of a secret: an ask verb at most 12 characters before it, or one right after it (nothing but a
 * few characters between, no negation), and not "to anyone else".
 */
export const SECRET_HANDOVER = new RegExp(
	`${ASK_BEFORE}[^\\n]{0,24}?${SECRET}|${SECRET}${GAP_AFTER_OBJECT}${HANDOVER_AFTER}${NOT_TO_OTHERS}`,
	'',
);

/** A secret named and then asked for by pronoun within a few sentences (see PRONOUN_HANDOVER_WORDS). */
export const PRONOUN_HANDOVER = new RegExp(
	`(?:${SECRET}|${words(['card on file', 'card number', 'your card', 'debit card', 'credit card'])})[\\s\\S]{0,120}?${PRONOUN}`,
	'',
);

/** The message the reader just received (the code arrives by SMS: its content is the secret). */
const RECEIVED = words([
	'收到',
	'发到',
	'发来',
	'发给您',
	'发您',
	'发了',
	'发送了',
	'弹出',
	'进来',
	'来了',
	'received',
	'receive',
	'get',
	'got',
	'should have',
	'just sent',
	'sent you',
	'sent to your',
	'comes',
	'arrives',
	'pops up',
	'pop up',
]);
const MESSAGE = words(['短信', '简讯', '信息', '消息', 'text', 'message', 'sms']);
const CONTENT = words([
	'里面',
	'里的',
	'上面',
	'上的',
	'中的',
	'内容',
	'数字',
	'几位',
	'号码',
	'码',
	'原样',
	'原文',
	'全部',
	'截图',
	'截个图',
	'what it says',
	'what does it say',
	'the number',
	'the numbers',
	'the code',
	'the digits',
	'it to me',
	'it back',
	'read it',
	'type it',
	'paste it',
	'forward it',
	'screenshot',
]);
const CONTENT_ASK = words([
	'告诉',
	'告知',
	'发给',
	'发我',
	'发过来',
	'发一下',
	'发到',
	'报给',
	'报一下',
	'报下',
	'念给',
	'念一下',
	'读给',
	'读一下',
	'说一下',
	'回复',
	'私信',
	'转发',
	'复制',
	'给我',
	'tell me',
	'tell us',
	'read',
	'send',
	'forward',
	'type',
	'paste',
	'give me',
	'what it says',
	'what does it say',
	'是多少',
	'是什么',
]);

/**
 * Asking for the content of a message the reader just received (刚收到的短信里的数字告诉我, tell me what the
 * text says): the one-time code without naming it.
 */
export const MESSAGE_CONTENT_HANDOVER = new RegExp(
	`${RECEIVED}[^\\n]{0,10}${MESSAGE}[\\s\\S]{0,24}?(?:${CONTENT}|[0-9ol一二三四五六七八九十几]位)${GAP_AFTER_OBJECT}(?:\\n[^\\n不勿别莫禁]{0,6}?)?${CONTENT_ASK}${NOT_TO_OTHERS}|${MESSAGE}[^\\n]{0,4}${words(['里面', '里', '上面', '上', '中'])}的?${words(['数字', '号码', '码', '内容', '几位'])}${GAP_AFTER_OBJECT}${CONTENT_ASK}${NOT_TO_OTHERS}|${RECEIVED}[^\\n]{0,24}${MESSAGE}[\\s\\S]{0,30}?${words(['tell me', 'read me', 'read it', 'read out', 'send me', 'type it', 'paste it', 'forward it', 'what it says'])}`,
	'',
);

/** A paid status or tier the reader supposedly holds (the object of the membership script). */
export const TIER = words([
	'会员',
	'代理',
	'分销',
	'经销',
	'商户',
	'商家',
	'卖家',
	'店铺',
	'特权',
	'方案',
	'套餐',
	'资格',
	'保险',
	'保障',
	'权益',
	'粉丝团',
	'vip',
	'svip',
	'plus',
	'membership',
	'member',
	'plan',
	'tier',
	'program',
	'subscription',
	'seller',
	'merchant',
	'business',
	'premium',
	'pro',
	'agent',
]);

/** Who or what made the change without the reader: a mistake, a default, staff. */
const UNASKED = words([
	'被',
	'误',
	'错误地',
	'错',
	'默认',
	'擅自',
	'私自',
	'不小心',
	'疏忽',
	'疏失',
	'失误',
	'实习生',
	'工作人员',
	'同事',
	'同仁',
	'员工',
	'客服人员',
]);
/** Opening or changing a status. */
const OPENED = words([
	'开通',
	'开了',
	'开成',
	'开启',
	'升级',
	'升为',
	'设置',
	'设定',
	'设为',
	'设成',
	'登记',
	'勾选',
	'激活',
	'办理',
	'办了',
	'办成',
	'办的',
	'加入',
	'注册',
	'签约',
	'改成',
	'改为',
	'转为',
	'转成',
	'植为',
	'列为',
	'选为',
	'成为',
]);
const OPENED_EN = words([
	'signed you up',
	'signed up',
	'upgrade',
	'enrolled',
	'activated',
	'upgraded',
	'added',
	'switched',
	'converted',
	'opted you in',
	'registered',
	'subscribed',
	'moved',
	'set up',
]);
const UNASKED_EN = words([
	'by mistake',
	'in error',
	'mistakenly',
	'accidentally',
	'erroneously',
	'wrongly',
	'by our staff',
	'by an employee',
	'by a staff',
	'by staff',
	'by our agent',
	'by our reseller',
	'by our partner',
	'by a reseller',
	'by our team',
	'by our system',
	'without your',
	'by default',
	'did not request',
	'didnt request',
	'did not authorize',
	'didnt authorize',
	'did not sign up',
	'didnt sign up',
]);

/** 被开通, 误办, 默认勾选...: the unasked opening as literal anchors (the product of two small classes). */
export const UNASKED_OPENINGS: readonly string[] = [
	...['被', '被误', '被默认', '默认', '擅自', '私自'].flatMap((u) =>
		[
			'开通',
			'开成',
			'升级',
			'设置成',
			'设置为',
			'设定',
			'设为',
			'设成',
			'登记',
			'勾选',
			'激活',
			'办理',
			'办成',
			'加入',
			'注册',
			'签约',
			'改成',
			'转为',
		].map((o) => u + o),
	),
	...[
		'开',
		'办',
		'签',
		'设',
		'升',
		'加',
		'绑',
		'植',
		'开通',
		'办理',
		'签约',
		'升级',
		'注册',
		'登记',
		'勾选',
	].map((o) => `误${o}`),
];

/**
 * A status opened for the reader without asking: 被默认勾选了金牌会员, 实习生给您误办的商户会员, was activated on
 * your account by our staff. The tier is within a few characters of the opening.
 */
export const OPENED_UNASKED = new RegExp(
	`${words(['给您', '给你', '帮您', '帮你', '为您'])}${words(['自动', '默认'])}${words(['开', '开通', '开了', '升级', '续', '办'])}|${UNASKED}[^\\n]{0,8}?${OPENED}|误${words(['办', '开', '设', '升', '加', '绑', '注册', '登记', '勾选', '植'])}|${OPENED_EN}[^\\n]{0,64}?${UNASKED_EN}|${UNASKED_EN}[^\\n]{0,6}?${OPENED_EN}|${words(['staff', 'employee', 'agent', 'system', 'intern'])}[^\\n]{0,14}?${OPENED_EN}`,
	'',
);

/** A charge that repeats (每期会收取, 每年要收取服务费, 每月要扣保证金, billed $129 monthly). */
export const PERIODIC_CHARGE = new RegExp(
	`${words(['每月', '每个月', '每年', '每期', '每季', '每周', '按月', '按年', '按期', '逐月', '月月'])}[^\\n]{0,8}?${words(['扣', '收取', '划'])}|${words(['扣', '收取', '收费', '划走', '划扣'])}[^\\n]{0,10}?${words(['每月', '每个月', '每年', '每期', '按月', '按年'])}|${words(['charge', 'charged', 'charging', 'bill', 'billed', 'billing', 'deduct', 'deducted', 'debit', 'debited', 'recur', 'recurs', 'renew', 'renews'])}[^\\n]{0,16}?${words(['monthly', 'every month', 'each month', 'per month', 'a month', 'yearly', 'annually', 'every year', 'per year', 'a year', 'mo', 'yr'])}(?![a-z])|${words(['monthly', 'yearly', 'annual', 'recurring'])}${words(['fee', 'charge', 'billing', 'payment', 'deduction'])}|${words(['会', '将', '要', '继续', '持续', '一直', '还会', '就会'])}[^\\n]{0,4}?${words(['自动', '直接'])}[^\\n]{0,12}?${words(['扣款', '扣费', '扣钱', '扣除', '划走', '划扣', '扣走'])}(?!成功)`,
	'',
);

/** Stopping the membership or its charges. */
const STOP = words([
	'关闭',
	'取消',
	'注销',
	'解除',
	'撤销',
	'退订',
	'关掉',
	'停掉',
	'撤掉',
	'退保',
	'退出',
	'解约',
	'cancel',
	'reverse',
	'opt out',
	'unsubscribe',
	'stop',
	'turn off',
	'remove',
	'undo',
	'close',
]);

/**
 * Routes that only the caller can supply: a link, QR code, tool or "exclusive channel" they send, the reader's
 * banking app or an ATM, a "specialist" to add, or steps dictated by them.
 */
const SUPPLIED_ROUTE = `(?:${[
	`${words(['我', '我们', '客服', '专员', '工作人员', '稍后', '马上', '待会'])}[^\\n]{0,3}${words(['发', '给', '推送', '发送', '提供', '指定'])}${words(['您', '你'])}?的?[^\\n]{0,6}${words(['链接', '网址', '二维码', '工具', 'app', '软件', '页面', '小程序', '入口', '助手', '程序', '插件', '客户端'])}`,
	`${words(['专属', '专用', '内部', '指定', '特殊'])}${words(['通道', '链接', '渠道', '入口', 'app', '软件', '系统', '专员', '客服', '页面'])}`,
	`扫${words(['一下', '一扫', '码', '二维码', '这个'])}`,
	// The reader's banking app only with the caller's guidance (打开手机银行配合我们): a bank's own notice names its app
	// as the genuine way to stop its own service (如需取消请登录手机银行). An ATM or 云闪付 is never a cancellation route.
	`${words(['手机银行', '网银', '网上银行', '网路银行', '网络银行', '银行app', '银行的app'])}[^\\n]{0,10}?${words(['配合', '按我', '按照我', '跟着我', '听我', '我教', '我带', '我一步', '我们一步', '专员', '指示', '指导'])}`,
	`${words(['操作', '通过', '使用', '利用'])}${words(['手机银行', '网银', '网上银行', '网路银行', '网络银行', '银行app'])}`,
	words(['云闪付', 'atm', '提款机', '柜员机']),
	`${words(['联系', '联络', '添加', '加一下', '加', '找', '对接', '配合'])}[^\\n]{0,8}${words(['专员', '经理', '办理人员', '顾问', '财务', '老师', '银行人员', '技术人员', '同事'])}`,
	// A specialist doing it for the reader, or calling (专员帮您解除, 接一下专员的电话).
	`${words(['专员', '经理', '顾问', '财务', '技术人员', '银行人员', '工作人员'])}[^\\n]{0,4}?${words(['帮', '替', '为', '给', '教', '带', '协助'])}${words(['您', '你'])}|${words(['专员', '经理', '顾问'])}的?电话`,
	// A group the caller pulls the reader into (把您拉进退费群).
	`拉${words(['您', '你'])}?进?[^\\n]{0,6}群`,
	// Steps taught or led by the caller (教您操作, 带您一步步, 在视频里教您).
	`${words(['教', '带', '指导', '领'])}${words(['您', '你'])}[^\\n]{0,6}${words(['操作', '关闭', '取消', '解除', '设置', '一步步', '一步一步', '处理'])}`,
	`${words(['银行人员', '银行专员', '银行的人'])}[^\\n]{0,6}${words(['来电', '联系', '打给', '协助'])}`,
	// Asking the bank is the genuine route (联系发卡银行取消); the bank being sent in by the caller is not.
	`${words(['请', '让', '由', '通知', '转给', '转接'])}${words(['银行', '银联', '金融机构', '合作银行'])}`,
	`${words(['按', '按照', '依', '依照', '跟着', '听', '配合', '根据'])}${words(['我', '我们', '专员', '客服', '工作人员', '技术人员', '银行'])}[^\\n]{0,4}${words(['指示', '步骤', '指导', '提示', '说的', '操作', '要求'])}`,
	// Cancelling by being called back: 如需取消请回复1，客服将与您联系; reply CANCEL and an agent will call you.
	`${words(['客服', '专员', '工作人员', '经理', 'agent', 'specialist', 'representative', 'officer', 'team', 'we'])}[^\\n]{0,6}?${words(['将', '会', '稍后', '马上', 'will', 'shall'])}[^\\n]{0,4}?${words(['与您联系', '与你联系', '联系您', '联系你', '致电您', '致电', '回电', '给您回电', '打给您', '打电话给您', '来电', 'call you', 'contact you', 'reach out', 'ring you', 'phone you'])}`,
	words([
		'walk you through',
		'follow my steps',
		'follow my instructions',
		'follow our instructions',
		'follow the steps i',
		'do exactly as i say',
		'transfer you to our',
		'connect you to our',
		'connect you with our',
		'guide you through',
		'screen by screen',
		'banking app and i',
		'banking app and follow',
		'bank app and i',
		'step by step',
		'cancellation team',
		'cancellation department',
		'our specialist',
		'the link i',
		'the link we',
		'link i sent',
		'link we sent',
		'link i am sending',
		'link im sending',
		'app we sent',
		'download',
		'install',
		'scan the',
		'gift card',
	]),
].join('|')})`;

/** Stopping a membership through a route the caller supplies, in either order, within one or two clauses. */
export const STOP_BY_SUPPLIED_ROUTE = new RegExp(
	`${STOP}[\\s\\S]{0,40}?${SUPPLIED_ROUTE}|${SUPPLIED_ROUTE}[\\s\\S]{0,40}?${STOP}`,
	'',
);

/** The reader's money as an object: balance, funds, statement, deposits, what is on the card. */
const FUNDS = words([
	'资金',
	'余额',
	'可用余额',
	'流水',
	'存款',
	'积蓄',
	'银行卡里',
	'卡里',
	'卡内',
	'账户里',
	'账户内',
	'balance',
	'funds',
	'savings',
	'statement',
]);

/**
 * Checking the reader's own funds (核验一下您名下银行卡里的资金, verify your balance): the pretext for the
 * transfer of the membership and safe-account scripts. The reader's money is the object: 您/你 follows the verb.
 */
export const VERIFY_YOUR_FUNDS = new RegExp(
	`${words(['核验', '核实', '核对', '验证', '认证', '检验', '检测', '审核', '查验', '确认', '冻结', '验资'])}${words(['一下', '下'])}?${words(['您', '你'])}[^\\n]{0,10}?${FUNDS}|${words(['verify', 'check', 'confirm', 'validate'])}${words(['your', 'the'])}${words(['funds', 'balance', 'savings', 'account balance'])}|${words(['资金', '余额', '流水', '存款'])}[^\\n]{0,2}${words(['核验', '核实', '核对', '验证', '认证', '审核', '检验', '核查', '查验'])}`,
	'',
);

/** A screenshot or photo of the balance or statement, sent to the asker. */
export const FUNDS_HANDOVER = new RegExp(
	`${FUNDS}[^\\n]{0,8}?${words(['截图', '截个图', '截屏', '拍照', '拍个照', '拍给', '发给', '发我', '发过来', '报给', '报一下', '告诉', '念给'])}|${words(['截图', '截个图', '截屏', '拍照', '发给我', '告诉我', '报一下'])}[^\\n]{0,8}?${FUNDS}|${words(['screenshot', 'photo', 'picture', 'tell me', 'send me', 'read me'])}[^\\n]{0,12}?${words(['balance', 'statement', 'funds'])}`,
	'',
);

/** Someone on the caller's side seeing or driving the reader's screen or device. */
export const SEE_OR_DRIVE_YOUR_SCREEN = new RegExp(
	`${words(['我', '我们', '技术', '工程师', '专员', '客服', '老师', '同事', '后台', 'we', 'i', 'technician', 'engineer', 'agent', 'team'])}[^\\n]{0,8}?${words(['看到', '看见', '看着', '查看', '看', '控制', '操控', '接管', '操作', 'see', 'view', 'watch', 'control', 'take over', 'access', 'connect to', 'get into', 'remote into', 'log in to', 'login to', 'log into', 'sign in to', 'get on'])}${words(['您', '你', 'your'])}的?${words(['屏幕', '萤幕', '画面', '手机', '电脑', '桌面', '界面', '页面', '操作', '步骤', '设备', '进度', 'screen', 'phone', 'computer', 'pc', 'device', 'desktop', 'laptop', 'mac', 'system'])}|${words(['帮', '替', '带'])}${words(['您', '你'])}${words(['一步步', '一步一步'])}|${words(['告诉', '教', '指导'])}${words(['您', '你'])}${words(['点哪', '点哪里', '怎么点', '点什么', '按哪'])}|${words(['帮', '替', '代'])}${words(['您', '你'])}${words(['点一下', '点击', '按一下', '点', '按', '操作手机', '操作电脑'])}(?!${words(['的', '什么', '些', '外卖', '餐', '菜', '单', '赞', '歌', '杯', '份', '个', '了', '奶茶', '咖啡'])})`,
	'',
);

/** Broadcasting the phone's screen (控制中心长按录屏, 开始直播, broadcast your screen). */
export const SCREEN_BROADCAST = new RegExp(
	`录屏[^\\n]{0,14}?${words(['直播', '会议', '共享', '分享', '广播'])}|屏幕直播|${words(['控制中心', '控制面板'])}[^\\n]{0,10}?录屏|broadcast[^\\n]{0,16}?${words(['screen', 'meeting', 'to me'])}|screen[^\\n]{0,6}?broadcast`,
	'',
);

/** The reader's device or account said to be infected or broken into (the remote script's opening). */
export const DEVICE_COMPROMISED = new RegExp(
	`${words(['您', '你', 'your'])}的?[^\\n]{0,8}?${words(['电脑', '手机', '设备', '账户', '账号', '系统', '网络', '路由器', 'computer', 'pc', 'laptop', 'device', 'phone', 'account', 'system', 'network', 'router', 'windows', 'mac', 'ip', 'banking', 'data'])}|${words(['检测到', '监测到', '发现', '显示', 'detected', 'found', 'flagged', 'noticed', 'shows', 'reported'])}[^\\n]{0,10}?${words(['病毒', '木马', '黑客', '入侵', '盗号', 'virus', 'malware', 'hacker', 'spyware', 'trojan', 'infection', 'intrusion', 'breach'])}`,
	'',
);

/** An app or tool the caller sends or names to install (下载我们发的安全软件, install the tool I sent you). */
export const OUR_APP = new RegExp(
	`${words(['下载', '安装', '装一下', '装'])}[^\\n]{0,4}?${words(['我们', '我', '客服', '专员', '官方'])}${words(['发', '给', '提供', '推送', '指定'])}的?[^\\n]{0,6}?${words(['软件', 'app', '应用', '安装包', '程序', '工具', '链接', '插件', '助手', '客户端'])}|${words(['download', 'install', 'run'])}[^\\n]{0,16}?${words(['app', 'tool', 'software', 'program', 'file', 'apk', 'helper', 'assistant', 'extension', 'add on', 'plugin'])}[^\\n]{0,16}?${words(['i sent', 'we sent', 'i texted', 'we texted', 'i shared', 'i gave', 'we gave', 'from the link', 'from my link', 'at the link', 'on the site i'])}`,
	'',
);

/** The bank sent in by the caller: asking which bank's card the reader holds, or having "the bank" call. */
export const BANK_HANDOFF = new RegExp(
	`备妥${words(['您的', '你的'])}?${words(['提款卡', '金融卡', '银行卡', '存折'])}|${words(['准备', '准备好', '备好'])}${words(['您的', '你的'])}?提款卡|${words(['哪一家', '哪家', '哪个', '什么'])}银行的?${words(['卡', '提款卡', '金融卡', '银行卡', '账户', '账号'])}|${words(['请', '让', '由', '通知', '转接', '安排'])}${words(['银行', '银联'])}[^\\n]{0,6}?${words(['跟', '和', '与', '给', '联系', '联络', '打给', '来电'])}${words(['您', '你'])}?`,
	'',
);

/** Installing past the phone's own warning (提示有风险直接点继续, install anyway). */
export const BYPASS_WARNING = new RegExp(
	`${words(['风险', '危险', '警告', '安全提示', '报毒', '提示', '病毒'])}[^\\n]{0,8}?(?:\\n[^\\n]{0,4}?)?${words(['不用管', '别管', '忽略', '直接点', '点继续', '继续安装', '仍要安装', '不用理', '不要管', '没关系'])}|${words(['ignore', 'dismiss', 'skip'])}${words(['the', 'any', 'all'])}?${words(['warning', 'warnings', 'alert', 'alerts', 'prompt'])}|${words(['install anyway', 'run anyway', 'proceed anyway', 'keep anyway', 'allow from this source'])}`,
	'',
);

/** Closing a record "as instructed" (依指示辦理结清注销): the credit script's step before the loans. */
export const CLOSE_AS_INSTRUCTED = new RegExp(
	`${words(['注销', '结清', '销户', '清除', '消除', '关闭', '解除'])}[\\s\\S]{0,24}?${words(['依', '按', '按照', '依照', '根据', '听从', '配合'])}${words(['我', '我们', '专员', '客服', '工作人员'])}?的?${words(['指示', '提示', '要求', '步骤', '指导'])}|${words(['依', '按', '按照', '依照', '根据', '听从', '配合'])}${words(['我', '我们', '专员', '客服', '工作人员'])}?的?${words(['指示', '提示', '要求', '步骤', '指导'])}[\\s\\S]{0,12}?${words(['注销', '结清', '销户', '清除', '消除', '关闭', '解除', '办理', '操作'])}`,
	'',
);

/** Money moved into an account the caller names (转1元到我们的核验账户, 汇入监管账户). */
export const INTO_THEIR_ACCOUNT = new RegExp(
	`${words(['转', '打', '汇', '存', '充', '移'])}[^\\n]{0,8}?${words(['到', '入', '进', '给', '至'])}[^\\n]{0,4}?${words(['我们', '指定', '这个', '我给您', '我给你', '核验', '验证', '安全', '监管', '清算', '对公', '临时', '保护', '清查', '审查'])}[^\\n]{0,4}?${words(['账户', '账号', '卡号', '卡上', '卡里'])}`,
	'',
);

/** Things whose numbers or codes are read out among friends (the serial on the back of the router). */
export const NO_EVERYDAY_DEVICE_NEARBY = new RegExp(
	`^(?![\\s\\S]*${words(['router', 'modem', 'printer', 'wifi', 'wi fi', 'tv', 'serial', 'model number', 'locker', 'garage', 'door', 'gate', '路由', '电视', '打印机', '序列号', '型号', '快递柜', '储物柜', '取件', '门禁'])})`,
	'',
);

/** A regulator's name with the reader's own account "to be closed" (银保监会 ... 您的账户 ... 需要注销). */
export const REGULATOR_CLOSURE = new RegExp(
	`^(?=[\\s\\S]*${words(['银保监', '金融监管', '金管会', '银监会', '证监会', '人民银行', '征信中心', '监管局', 'regulator', 'federal', 'government'])})(?=[\\s\\S]*${words(['您的', '你的', 'your'])})[\\s\\S]*${words(['需要', '必须', '要', '请', '得', '应', 'must', 'need to', 'have to'])}[^\\n]{0,10}?${words(['注销', '关闭', '清理', '销户', '结清', 'close', 'cancel', 'deactivate'])}`,
	'',
);

/** A caller who supplies the account or asks for the money to come to them (我给您一个账户, 转一笔钱过来). */
export const THEIR_ACCOUNT_SUPPLIED = new RegExp(
	`${words(['我', '我们'])}${words(['给', '发'])}${words(['您', '你'])}[^\\n]{0,4}?${words(['账户', '账号', '卡号'])}|${words(['转', '打', '汇'])}[^\\n]{0,6}?${words(['过来', '给我们'])}`,
	'',
);
