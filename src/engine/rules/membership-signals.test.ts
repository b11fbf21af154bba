import { describeSignalTable, type FlagCase } from '../../../test/unit/signal-table';

/**
 * Membership scripts as mechanics: a tier opened without the reader, a repeating charge, and a way of stopping it
 * that only the caller supplies (their link or channel, the banking app, a "specialist", a call-back, a check of
 * the reader's funds). Each must reach at least caution.
 */
const FLAGS: readonly FlagCase[] = [
	{
		text: '您好，我们是拼多多商家服务部的，后台显示您上个月参加活动时被默认勾选了“金牌会员”，从下月起每期会收取598元，您需要在我们的专属通道里把它关掉，稍后发您链接。',
	},
	{
		text: '亲，您在抖音开通的直播间粉丝团特权今天到期后要续费899元，不想续的话加一下我们售后专员办理退订，不然系统会自动从绑定的卡里划走。',
	},
	{
		text: '这里是京东金融客服，您名下有一个“京东商户会员”是实习生给您误办的，每年要收取3600元服务费，关闭需要您打开手机银行配合我们做一下操作。',
	},
	{
		text: '女士您好，您当时被登记成了淘宝分销商，每月扣会员费500元，我这边帮您撤销，撤销前要核验一下您名下银行卡里的资金是否正常。',
	},
	{
		text: '您好，由於本公司的同仁疏忽，將您的訂單誤設為批發會員，每個月會從您的帳戶扣款，請您提供您的提款卡背後的客服電話，我們請銀行協助您取消。',
	},
	{
		text: '蝦皮客服通知：您的帳號被誤升級為高級賣家方案，每月將扣款2,980元，請於今日內聯絡專員，依專員指示至網路銀行完成取消程序。',
	},
	{
		text: "Your Amazon account was mistakenly enrolled in the Seller Pro program at $349/mo. To reverse the enrollment before tonight's charge, download the Amazon Assist app from the link below and sign in with your bank.",
	},
	{
		text: 'We noticed a premium tier was activated on your TikTok Shop account by our staff. To stop the recurring fee, our cancellation team needs to walk you through a quick verification in your banking app.',
	},
	{ text: '【快手】您的快手超级会员将于今日扣费 1288 元，如需取消请回复 1，客服将与您联系。' },
	{
		text: 'Amazon Notice: your account has been upgraded to Prime Agent Plan ($399/yr), first charge today 11:59 PM. If you did not request this, reply CANCEL and an agent will call you to stop the billing.',
	},
	{
		text: '亲，您的京东白条被默认加入了“年费尊享计划”，年费2400元已经进入扣款流程，需要在我们提供的入口中取消，不然影响您的白条额度。',
	},
	{
		text: '您好，我是小红书电商部的，您的账号上周被误签约成了带货达人，每个月要交1999元的保证金，解约需要您配合我们的财务人员做一个资金核验。',
	},
	{
		text: '您的抖音极速版账户绑定的“百万保障”今天是免费期最后一天，明天起按月扣除保费，关闭请联系我们的保障顾问，她会在视频里教您操作。',
	},
	{
		text: 'This is Walmart+ support. Our records show an annual Walmart+ Assist plan was activated by one of our associates without your consent. I can reverse it now if you open PayPal and follow my steps.',
	},
	{
		text: '您好，我們是露天拍賣，因作業疏失將您設定為分期付款，每月會扣款一次，請問您身上有哪一家銀行的提款卡？我們請銀行客服跟您聯繫。',
	},
	{
		text: '您好，我是饿了么客服，您的超级吃货卡被升级成了商家版，下个月开始每月扣1280，需要我们的专员帮您解除，请问您方便接一下专员的电话吗？',
	},
	{
		text: '您好，您的QQ音乐被开通了豪华绿钻年费，系统每年会扣除1998元，如需关闭请下载我们发您的“退订助手”。',
	},
	{
		text: "Hello, Microsoft billing here. Your Office 365 was switched to an Enterprise plan by our reseller and $299 will be debited every month. I'll connect you to our refunds officer who will help you cancel through your bank.",
	},
	{
		text: 'Notice: Your PayPal account has been enrolled in PayPal Business Pro ($79.99/mo) without your authorisation. To stop future charges, reply STOP and a PayPal agent will call you.',
	},
	{
		text: '亲，您在我们店铺领的会员卡被后台误绑定了您的银行卡，每个月会扣199元，您现在打开微信支付，转1元到我们的核验账户就能解绑。',
	},
	{
		text: 'Hi, this is Uber One support. Our system accidentally signed your account up for Uber One Business at $149/month. Before we can cancel it, I need to verify the card on file, can you tell me the number?',
	},
	{
		text: '您好，您在京东开通的“京东会员商家版”是我们试运营期间误开的，不关闭的话每年扣3980元，您加一下我们负责关闭的同事的微信，他会帮您处理。',
	},
	{
		text: '您好，我是哔哩哔哩客服，您的大会员被设置为了连续包年，年费2998元，需要关掉的话您得先打开支付宝，我给您一个账户，您转一笔钱过来验证身份。',
	},
	{
		text: "Dear member, your Sam's Club Plus upgrade was processed in error and will recur at $110 each year. Our cancellations officer will call you shortly; please keep your banking app open.",
	},
	{
		text: '蝦皮客服通知：您的帳號已升級為企業方案，每月扣款NT$2,990。若需取消請致電專線 02-2658-7731，需備妥提款卡及存摺。',
	},
];

/** Genuine renewals, premiums and price talk: a charge is stated, and nobody supplies a way to stop it. */
const QUIET: readonly string[] = [
	'主旨：國泰人壽保費扣款通知 您的保單 LX-238811 本期保費 NT$3,250 已於 11/25 自動轉帳扣款成功，如有疑問請洽您的業務員或客服專線。',
	'您好，您的京东PLUS会员将于11月30日自动续费149元，如不需要，可在“我的-PLUS会员-自动续费管理”中关闭。',
	'我们的健康管理服务有多种套餐可供选择，基础套餐每月收费一百元，包含基本的健康评估和个性化建议。',
	'您可以考虑是否需要这些服务，如果不需要，可以联系银行取消相关服务。我建议您联系发卡银行的客服热线。',
	'Your Netflix membership will renew on Dec 3 for $15.49. You can cancel anytime in Account settings.',
	'Your account has been upgraded to Gold tier thanks to your purchases this year! Enjoy free shipping.',
	'店长：亲，店铺会员每月会送优惠券，不需要任何费用，退出会员在店铺首页点“退会”就行。',
	'【中国电信】您订购的视频会员每月15元，将于每月1日自动扣费，退订请发送TD到10001。',
	'您好，会员费是每年199元，第一年免费，到期前7天会短信提醒您，您可以在小程序里随时关闭自动续费。',
	'【饿了么】您的超级吃货卡已自动续费 15 元，如需取消可在 App 内“我的-超级吃货卡-管理”中关闭自动续费。',
	'您好，您试听的课程已结束，如需购买年卡可在App内操作，未购买不会产生任何费用。',
	'Uber One: Your membership renews on Dec 10 for $9.99. Manage your membership in the Uber app under Account > Uber One.',
	'您好，您的58同城置顶服务已到期，如需继续置顶可在App内购买，不续费不会扣费。',
	'【浦发银行】您的账户已开通短信通知服务，每月收取服务费2元，如需取消请登录手机银行或致电95528。',
	"Thank you for subscribing to The Daily Ledger. You'll be billed $15.99 per month. To cancel, call our subscriber services at 1-888-555-0133.",
	'Receipt: Verizon Wireless Unlimited Plus, $80.00, charged monthly by AutoPay. Questions about your bill? Call 1-800-922-0204.',
];

describeSignalTable('membership signals', FLAGS, QUIET);
