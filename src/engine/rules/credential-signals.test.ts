import { describe, expect, it } from 'vitest';
import { analyze } from '../index';

/** Hand-over asks for a secret, in wording the phrase lists never held: each must reach at least caution. */
const FLAGS: ReadonlyArray<{ text: string; context?: string[] }> = [
	// Verb + object in either order, across Simplified, Traditional and English.
	{ text: '亲，刚才系统给您发了一个校验码，您直接回复在聊天框里就可以了，我这边好给您登记赔付。' },
	{ text: '您好，请您将手机收到的动态密码告知客服人员，以便完成身份核验，逾期将无法退款。' },
	{ text: '親，退款需要核對您的身分，請把您剛收到的簡訊驗證碼回覆給我，以及您的網銀帳號密碼。' },
	{ text: 'Please share the verification code with me so I can finish the refund.' },
	{ text: 'send me your password and I will push the refund through' },
	{
		text: 'Thanks for your patience. A 6-digit PIN was just sent to your phone from our system, please type it here in the chat so I can release your refund.',
	},
	// The code asked for as "the message you just received".
	{ text: '好的，那您看一下手机，刚刚收到一条短信，把里面的几位数告诉我就行。' },
	{
		text: '系统刚给您手机发了一条短信，里面有 6 位数字，那个是理赔确认码，您把数字念给我就行。',
		context: ['您好，我是快递理赔专员，您的包裹在运输途中丢失，可以赔偿 486 元。'],
	},
	{
		text: 'Great. You will get a text in a second, just tell me what it says.',
		context: ["Hi, I'm from the resolution center, your refund of $86 is pending."],
	},
	// The balance as the object: a screenshot of it, sent over.
	{
		text: '为了帮您关掉，需要您把银行卡的可用余额截个图发过来，我们核对一下。',
		context: ['我是闲鱼客服，您的店铺被开成了企业店铺，每年扣费6800元。'],
	},
	{ text: '好的，亲，您手机现在应该弹出了一条4位数的短信，您直接把这4位回复给我，系统就能自动给您打款了。' },
	{ text: '您现在会收到一条短信，里面那串号码就是赔付码，您读给我听一下。' },
	{ text: "For verification purposes, what's the one-time passcode we just texted to your phone?" },
	{
		text: 'Agent: You should have just received a text with a six digit number. That is your refund authorisation code. Go ahead and read it to me.',
	},
	{ text: '您好，请问您刚才收到的那个六位数是多少？我这边要录入系统帮您把赔付款打过去。' },
	{ text: '請問您剛剛收到的簡訊裡面的號碼是多少？我幫您核對退款資料。' },
	{
		text: 'Quick thing before I can refund you: can you read off the numbers on the back of your card, just the last three?',
	},
	// The hotline named on the card's back does not hide an ask for the code printed there.
	{ text: '不用打卡背面客服电话了，我就是银行的，您直接把卡号和卡背面的三位数报给我，马上给您退款。' },
	{
		text: 'Please verify you are the account holder by telling me your online banking password and the 8-digit code on your card reader.',
	},
	{ text: '為了確認是本人操作，請將您手機剛收到的一次性密碼輸入在對話框中。' },
	{
		text: 'For your security, please type the six-digit number we just sent to your phone into this chat window.',
	},
	{ text: '您好，我们这边核对信息，请问您绑定的银行卡背后那三个数字是多少呢？' },
];

/** Codes and passwords among friends, code SMS and advice: none of them hands a secret to a stranger. */
const QUIET: readonly string[] = [
	'兄弟，把你家WiFi密码发我一下，我手机流量用完了。',
	'会议密码发我一下，我进不去',
	'行啊，我爱奇艺账号你直接登，验证码发到我手机上我转你，别改密码就行哈',
	'不需要提供验证码，退款会原路退回。',
	'【招商银行】您的验证码为 482913，用于网银登录，5分钟内有效。请勿将验证码告诉他人，银行工作人员不会向您索取。',
	"Don't share the verification code with anyone.",
	'Your verification code is 123456. Do not share it with anyone, including our staff.',
	'输入密码后点确认就行，付款成功了会有短信提醒。',
	'To finish setting up two-step verification, enter the 6-digit code from your authenticator app on this page.',
	'把家里路由器的管理员密码告诉我，我帮你把网设置一下。',
	"Can you tell me the code for the front door? I'm outside your building.",
	"What's the PIN for the shared printer on the second floor?",
	'请把快递取件码发我一下，我下班顺路帮你拿。',
	'小李，你把服务器的测试账号密码发我一下，我这边部署测试环境。',
	'Can you send me the Netflix password again? The TV logged me out.',
	"To reset your password, click the link below. If you didn't request a password reset, you can ignore this email.",
	'你手机收到的那个取件码几位数？快递柜这边要输入。',
	'老公，你把咱家保险箱的密码发我一下，我要拿户口本。',
	"Dad, the code for the garage keypad is 4821, don't tell the neighbours.",
	'宝贝，把你学校的图书馆密码发我，我帮你续借一下那两本书。',
	'Hey, can you read me the numbers on the back of the router? I need the serial to register it.',
	"For your security, we sent a six-digit code to your phone. Enter it on the sign-in page. We'll never ask you for it.",
	'会议室投屏的密码在门上贴着，进去输入就能用。',
	// The card's back as the place of the bank's own hotline, in a genuine instalment notice.
	'【玉山銀行】您申辦之單筆分期已核准，分 6 期。如需取消或提前清償，請透過玉山行動銀行App或撥打信用卡背面客服電話辦理。',
	'【建设银行】您的账单分期已办理成功，如需取消请拨打信用卡背面的服务热线。',
	// A support reply listing what it never asks for: the list shares the negation.
	'Hi, this is PayPal support. Refunds go back to the original funding source. We will never ask you to send money or share your password to receive a refund.',
];

describe('credential signals', () => {
	it.each(FLAGS)('flags %#: $text', ({ text, context }) => {
		const v = analyze(context === undefined ? { text } : { text, context });
		expect(v.level, JSON.stringify(v.signals.map((s) => s.id))).not.toBe('none');
	});
	it('does not read "the digits on the back of your card" as the official number printed there', () => {
		const v = analyze({
			text: 'Can you read me the digits on the back of your card so I can put the refund through?',
		});
		expect(v.signals.map((s) => s.id)).not.toContain('benign-official-number');
		expect(v.level).toBe('danger');
	});
	it.each(QUIET)('does not flag %#: %s', (text) => {
		const v = analyze({ text });
		expect(v.level, JSON.stringify(v.signals.map((s) => s.id))).toBe('none');
	});
});
