import { describe, expect, it } from 'vitest';
import { analyze } from '../index';

/** Genuine texts that carry codes, refund words or scam lines, and why they are benign. */
const QUIET: readonly string[] = [
	// A code SMS's own closing line, not the "not you? call us" of a fake invoice.
	'【中国移动】您正在办理退订业务，验证码：5521，如非本人操作请忽略。',
	'【美团】验证码 930112，您正在进行退款验证操作，请勿告知他人。',
	'【招商銀行】您的動態密碼為732115，請勿洩露給他人，本行不會以任何方式向您索取。',
	// Someone retelling what happened to a relative, to warn others.
	'我妈今天接到一个电话说快递丢了要理赔，让她加QQ，还好她打电话问了我，大家注意了',
	// Third-person narration of someone else's call, and a video about calling a scammer back.
	'昨天邻居阿姨差点中招：对方自称淘宝客服，说她买的面膜有问题要三倍赔偿，让她下载一个会议软件开共享屏幕，然后把支付宝里的钱转到“安全账户”。幸亏她女儿回家及时拦下。',
	"In this video I call back a scammer who sent me a fake Geek Squad invoice. Watch how he tries to get me to install AnyDesk and then 'accidentally' refunds me too much.",
	'我妈刚才接了个电话，对方说她的抖音百万保障要扣费，让她打开支付宝转账取消，我赶紧把电话抢过来挂了。百万保障是免费的！',
	// A scam SMS shown to warn about it, without quotation marks.
	'收到这样的短信要小心：【京东】您的订单退款失败，请添加售后客服微信 jdkf0909 处理。这是假的！',
	// Anti-fraud advice quoting the script.
	'【反诈提醒】骗子常说“加我微信给您退款”“平台处理不了”，凡是要求您离开平台、加好友处理退款的，都是诈骗。',
	'防詐騙提醒：自稱客服要您加LINE辦理退款、或到ATM操作的，都是詐騙，請撥165查證。',
	// Genuine refund notices and customer service pointing to its own routes.
	'【淘宝】您的退款申请已通过，退款89.00元将原路退回至您的支付宝账户，预计1-3个工作日到账。',
	'亲，理赔需要您在订单详情页点击“申请售后”，选择“商品破损”上传照片就可以了，我们审核后会原路退款',
	'支付宝客服热线95188，如对退款有疑问，请在支付宝App内搜索“我的客服”。',
];

/** Genuine replies in threads whose earlier messages mention refunds, scams or chat apps. */
const QUIET_THREADS: ReadonlyArray<{ text: string; context: string[] }> = [
	{
		text: '好的，那您在订单页点一下申请售后，我这边马上同意，钱原路退回',
		context: ['您好，这里是店铺客服', '您买的吹风机这批有质量问题，我们给您全额退款'],
	},
	{
		text: '嗯嗯，我已经在App里申请了，谢谢提醒',
		context: ['妈，最近有人冒充客服打电话说退款，让你加微信、开备用金，千万别信'],
	},
	{ text: '好的，我去银行App看看到账没有', context: ['亲，退款已经同意了，原路退回到您的银行卡'] },
];

describe('benign signals', () => {
	it.each(QUIET_THREADS)('does not flag thread %#: $text', ({ text, context }) => {
		const v = analyze({ text, context });
		expect(v.level, JSON.stringify(v.signals.map((s) => s.id))).toBe('none');
	});
	it.each(QUIET)('does not flag %#: %s', (text) => {
		const v = analyze({ text });
		expect(v.level, JSON.stringify(v.signals.map((s) => s.id))).toBe('none');
	});
	it.each([
		'Is this your order? Sorry, there was a problem with your refund, add me on WhatsApp +1 555 201 3344 to get it.',
		'你好，装的时候手机提示有风险，不用理，直接点继续安装，然后打开共享屏幕给我看。',
		'To verify your identity, please read me the digits on the back of your card.',
	])('takes no benign evidence from a scam line that only resembles the official route: %s', (text) => {
		const v = analyze({ text });
		expect(v.signals.filter((s) => s.kind === 'benign').map((s) => s.id)).toEqual([]);
	});
	it.each([
		'Amazon.com: Your order #112-5528190 has been placed. Not your order? Go to Your Orders to review or cancel it.',
		'Chase: A $412.89 transaction was made on your card ending 4471. If this was not you, call the number on the back of your card.',
	])('still takes the official route as benign evidence: %s', (text) => {
		const v = analyze({ text });
		expect(v.level).toBe('none');
		expect(v.signals.some((s) => s.kind === 'benign')).toBe(true);
	});
});
