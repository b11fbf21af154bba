import { describeSignalTable, type FlagCase } from '../../../test/unit/signal-table';

/** A refund or compensation story with an action only a scammer needs: each must reach at least caution. */
const FLAGS: readonly FlagCase[] = [
	// Switching on a way to "receive": a loan line, a receiving permission, the reader's payment code.
	{
		text: '您好，您购买的儿童玩具因涂层检测不合格被下架，我们给您全额退款外加200元补偿，需要您在支付宝里把备用金打开才能到账',
	},
	{ text: '亲，退款金额已经给您申请好了，但是需要您这边先确认一下收款码，您把付款码截图发我' },
	{ text: '您好，由于商品抽检不合格，平台决定给您理赔，请打开微信扫我发的收款码完成认证' },
	// A small "verification" payment, money moved to an account the caller names.
	{ text: '亲，退款需要激活您的账户收款权限，先往这个账户转入1元验证，会和退款一起退给您' },
	// The caller walks the reader through the banking or payment app.
	{ text: '您好，您购买的保健品被查出违规添加，国家要求商家全额退款，需要您打开手机银行，我一步步教你操作' },
	{
		text: '請您打開支付寶，點擊轉帳，我把帳號給您',
		context: ['親您好 您購買的手機殼有品質問題 我們這邊幫您辦理退款'],
	},
	{ text: '亲，由于您的退款金额较大，需要先开通一个收款账户，开通需要缴纳200元激活金，到账后原路返还' },
	{
		text: '您好，您的退款已进入资金审核，审核需要您账户余额不低于5000元，请先充值到余额，审核通过后连同退款一起返还',
	},
	{
		text: '客服：您的退款需要在银行APP里点“我的账户-转账”，收款人填我们财务，金额填退款金额，这是系统核对，钱不会扣',
	},
	// A cent to "bind the receiving account", borrowing the genuine notice's 原路退回.
	{
		text: '亲，麻烦您在手机银行里给我们财务转0.01元，这是绑定收款账户用的，马上原路退回',
		context: ['亲，您的订单被重复扣款了，我们给您退款'],
	},
	{
		text: '您好，您的快递赔付需要验证您的银行账户是否正常，请您把卡里的余额转到您的另一张卡，转账成功就说明账户正常',
	},
	{
		text: 'Hello, regarding your refund for the faulty blender: our finance team will send you a payment link. Enter the code you receive to accept the refund.',
	},
	{
		text: "Your order refund of $67 couldn't be processed to your card. Please tell me the name of your bank and I'll walk you through the transfer in your app.",
	},
	// Threads: the compensation story earlier, the steering to the transfer screen now.
	{
		text: '好的，那您现在打开支付宝，点首页的转账',
		context: ['您好，我是抖音商城客服', '您上周买的面霜检测出重金属超标，我们双倍赔偿', '您有支付宝吧？'],
	},
	{
		text: "Great. Now open your banking app and go to Payments, I'll tell you what to type.",
		context: [
			'Hello, this is Walmart customer care.',
			"We're issuing a recall refund for your air fryer plus $50 for the trouble.",
		],
	},
	{ text: '親您好，退款需要您到網銀設定約定帳戶，設定完成後我們會把款項匯入，帳號我這邊提供給您' },
	{
		text: 'Your compensation is ready. Because your bank flagged the payment, you need to send a $30 unlock deposit first, which will be refunded instantly.',
	},
	{
		text: '您好，由于退款金额超过单日限额，需要您先向我们的结算账户转入同等金额进行额度解锁，十分钟后连本带退款一起返还',
	},
	{
		text: '您的理赔申请已通过，理赔金需要通过“数字人民币”发放，请下载数字人民币App，开通钱包后按客服指引操作',
	},
	{
		text: '您好，由于您的账户被判定为异常交易，退款无法原路退回，需要您提供一张常用银行卡，我们通过网银给您转，转之前需要核实卡内余额',
	},
	{
		text: '亲，理赔款需要您确认一下，我这边发起了一笔“收款确认”，您在支付宝点同意就可以了（注：页面显示的是付款，不用管）',
	},
	{ text: '您好，您的退款已经审核通过，但需要您在京东金融申请一笔“退款备用金”作为担保，退款到账后自动结清' },
	{
		text: 'Your parcel compensation is approved. For anti-money-laundering checks, transfer a matching amount from your account to the verification account below; both will be returned within 1 hour.',
	},
	{
		text: 'Your refund of $129 is pending. To avoid delays, please confirm your bank by sending a test payment of $1.99 through the secure link.',
	},
	// A fee before the payout, in English.
	{
		text: 'We are processing a compensation for your lost parcel. Please pay a $2.99 redelivery and verification charge at the link below to release the funds.',
	},
];

/** Genuine refund and customs notices that mention money, accounts and fees. */
const QUIET: readonly string[] = [
	'主题：您的海外直邮订单已清关 您好，您在天猫国际购买的商品已完成清关，进口税费已在下单时代缴，无需额外支付。',
	'退款会打到我的卡上吗？我申请三天了',
	// Refund notices that send the reader to the bank app to check, or name the account it went to.
	'【工商银行】您的退款89.00元已原路退回，请登录手机银行查看明细。',
	'Your refund of $45 has been returned to your card. Log in to your online banking to see it within 3 days.',
	'退款已经退到您的银行卡了，您打开网银看一下就能看到。',
	'退款已经存入该账户，请注意查收。',
	'运费补贴已发放到您的账户，扫码进群可以领取更多优惠券（非必须）',
	'【顺丰速运】您寄递的快件因运输破损，理赔已审核通过，赔付 150 元已打入寄件时绑定的微信支付账户，可在顺丰 APP“理赔进度”查看。',
	'钱我已经转给你了，你看下到没到账',
	'儿子教我用手机银行转账，一步步教了好几遍我才学会',
	'客服教我一步步在App里申请了退款，很快就到账了，服务不错',
	'【京东】您的价保申请已通过，差价12.00元已退回至原支付账户。',
	'亲，这单差价我扫一下您的收款码退给您，您发一下收款码就行',
	'您购买的商品因质量问题已召回，平台已自动为您退款，款项原路返回，无需您进行任何操作，请勿相信任何要求转账的电话。',
	'Payment terms: 30 days. Please transfer the amount to our account at Northwind Bank, IBAN GB00 0000 0000 0000. Questions? Call 555-0100.',
];

describeSignalTable('refund signals', FLAGS, QUIET);
