import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from './index';
import type { FamilyId } from './types';

/** Scam messages: each must reach at least caution, with the expected family. */
const FLAGS: ReadonlyArray<readonly [FamilyId, string]> = [
	[
		'fake-refund',
		'您好，我是淘宝客服，您购买的面霜存在质量问题，我们给您办理三倍赔偿，请提供一下收到的验证码。',
	],
	['fake-refund', '您的快递在运输途中丢失了，我们给您理赔，请点击链接填写银行卡号和密码。'],
	['fake-refund', '您好，您的快遞在運輸途中遺失，我們幫您辦理理賠，請先支付手續費。'],
	[
		'fake-refund',
		'Hi, your package was lost in transit. To claim your refund, click the link and enter your card number.',
	],
	[
		'membership-cancel',
		'您好，由于工作失误把您升级成了代理商会员，每月会自动扣费800元，需要您配合取消，先把钱转到指定账户验证流水。',
	],
	[
		'membership-cancel',
		'您好，因為系統設定錯誤，您被設定成批發商會員，每月將自動扣款，需要解除分期付款設定，請到ATM操作轉帳。',
	],
	[
		'membership-cancel',
		'抖音客服：您开通的百万保障每月扣费600元，需要关闭，请按提示把余额转到指定账户做资金验证。',
	],
	[
		'membership-cancel',
		'您好，抖音客服，您之前开通了抖音商城的尊享会员，明天开始每月扣费598元，需要帮您关闭吗？关闭需要验证一下您银行卡的流水。',
	],
	[
		'credit-threat',
		'您在校期间开通了学生账户，需要注销，否则影响征信，请在借呗和微粒贷把额度借出来转到安全账户。',
	],
	['credit-threat', '銀保監會通知：您的學生帳戶未註銷，影響徵信，請把備用金額度提出來轉到指定帳戶。'],
	// Steering the reader to a loan product by searching for it (no verb of borrowing) is the loan step.
	[
		'fake-refund',
		'您好，这边是官方售后，您买的电热毯被检测出质量问题，平台给您做召回退款，需要您配合一下，先打开支付宝首页搜索一下备用金。',
	],
	['fake-refund', '親，您購買的商品有品質問題，我們給您辦理理賠退款，請打開支付寶搜尋備用金，照我說的操作。'],
	['account-anomaly', '您的支付宝账户异常，资金已被冻结，请立即将资金转移到安全账户。'],
	['account-anomaly', '您的帳戶異常，資金已被凍結，請把錢轉到安全帳戶。'],
	[
		'account-anomaly',
		'Unusual activity on your account: your funds will be frozen. Move your money to a safe account now.',
	],
	['off-platform', '亲，您的包裹丢失了，加我V信abc123，给您双倍赔偿。'],
	['off-platform', '您的订单退款失败，请扫码进理赔群，由专员为您处理。'],
	['remote-control', '为了给您办理退款，请下载向日葵并打开远程控制，我来帮您操作。'],
	['remote-control', 'To process your refund, please install AnyDesk and give me remote access.'],
	['credential-harvest', '您的账户存在异常，为了核实身份，请把收到的验证码和银行卡号告诉我。'],
	[
		'overpayment',
		'We refunded $50 but an extra zero was added and you were overpaid $500. Please send back the difference with Google Play gift cards.',
	],
	['overpayment', 'Your refund was processed in error. Return the difference in Bitcoin at the crypto ATM.'],
	[
		'callback-invoice',
		'Your Norton subscription has been renewed for $499.99. If you did not authorize this charge, call toll free +1 888 555 0199 immediately.',
	],
	[
		'callback-invoice',
		'Geek Squad invoice: you have been charged $389. If this was not you, call us at 1-800-555-0100 to cancel this order.',
	],
	// A call transcript: the target's own doubts do not cancel the caller's ask.
	[
		'credential-harvest',
		'来电方：您好，我是某银行风控中心的，系统发现您的卡上有一笔可疑交易，需要您提供一下身份证号码和银行卡后四位核实。\n用户：你不会是骗子吧？现在诈骗很多，我还是打官方电话核实一下。\n来电方：来不及了，请您现在告诉我身份证号码，我们马上帮您拦截。',
	],
	[
		'callback-invoice',
		'Dear customer, your annual Norton 360 plan has been successfully renewed for USD 299.00. To stop the renewal, reach our support team at 1 888 555 0199.',
	],
	[
		'callback-invoice',
		'We noticed a charge of $499.00 to your card for an iPhone 15 order. Not you? Ring our fraud line on 1 877 555 0188 immediately.',
	],
	[
		'membership-cancel',
		'Your Walmart+ membership was accidentally set to the business plan; a monthly fee of $199 will be deducted. To cancel, our representative will guide you to install an app.',
	],
	[
		'account-anomaly',
		'来电方：您好，我是某银行客服中心的工作人员，系统检测到您的账户出现了异常，需要您配合做一次安全验证。\n用户：怎么回事？我是不是遇到骗子了？\n来电方：请您放心，我们马上帮您核实一下。',
	],
	[
		'fake-refund',
		'来电方：您好，这里是快递客服中心，您的包裹在运输过程中出现了问题，需要收取额外处理费才能继续派送。\n用户：要多少钱？\n来电方：一百元，请先支付，我发您付款方式。',
	],
	[
		'fake-refund',
		'来电方：您好，我是来自某宝的客服，您最近购买的商品存在质量问题，厂家决定召回并全额退款。\n用户：真的吗？你们是官方的吗？\n来电方：是的，请您提供一下购买时的订单号和账号信息，我们核实一下。',
	],
	[
		'account-anomaly',
		'来电方：您好，这里是某某银行的客服中心，我们发现您的银行卡可能存在异常交易，需要您配合我们进行核实。\n用户：我听说过这种诈骗，你真的是银行的吗？\n来电方：请放心，您也可以拨打官方客服电话，我们绝不会让您转账，谨防不法分子。',
	],
	// Family follows the story: a refund told through a code request stays a fake refund.
	[
		'fake-refund',
		'您购买的商品存在质量问题，我们为您办理三倍赔偿，请告诉我您收到的验证码、银行卡号和支付密码。',
	],
	[
		'fake-refund-page',
		'某平台官方退款通道 订单退款待验证，请输入绑定银行卡的取款密码及短信验证码，验证通过后退款。',
	],
	['remote-control', '亲，退款操作比较复杂，您开个视频会议点一下共享屏幕，我看着您的手机一步一步教您操作。'],
	['fake-refund-page', '淘宝退款中心：请输入银行卡号、取款密码和短信验证码，提交信息后即可退款。'],
	// A code asked for without the word 验证码, and a bare ask to read a code out.
	['credential-harvest', '亲爱的顾客，刚才发到您手机上的四位数字是编码，请报一下，这个是用来确认收款人的。'],
	[
		'credential-harvest',
		"I just sent it, but your bank needs you to confirm. You'll get a code from your bank, just tell me the number.",
	],
	// Off-platform: a chat handle after a reason to leave the platform chat, spaced app names.
	['off-platform', '亲，您的售后这边处理不了，加一下我们的退款专员 ｖ：ｔｋ－８８６１，那边今天就能到账。'],
	[
		'off-platform',
		'賣場聊天室不能傳帳號，我們加個 L I N E 好不好？ID 是 mimi_shop77，退款在那邊比較好說明。',
	],
	[
		'off-platform',
		'Hello, this is the refund team. Please add our LINE official account: shop_refund_th to continue your claim.',
	],
	// Call-back: a charge nobody made and a number to call, in Chinese and with a brand never billing by phone.
	[
		'callback-invoice',
		'【某宝】您的订单已支付成功：手机 x2，合计 ¥17,998。如非本人购买，请速拨 0755-2339-0871 取消订单。',
	],
	[
		'callback-invoice',
		'Your Kaspersky license was renewed and $318.56 was debited from your account. If you wish to discontinue, reach our cancellation team at 1.833.719.4420.',
	],
	[
		'membership-cancel',
		'【某購物網】您的訂單誤設為批發商會員，每月將自動扣款 NT$3,200，請速撥 02-2771-8830 由客服協助解除設定。',
	],
	// A call-back invoice without any self-service route stays a call-back invoice.
	[
		'callback-invoice',
		"Amazon: Your Prime Platinum membership ($299.99/yr) auto-renews today. Didn't authorise? Press 1 or call 1-888-412-7730 to cancel now.",
	],
	[
		'credential-harvest',
		'您好，您的花呗退款需要在我们发给您的页面输入支付宝账号和登录密码完成校验，校验完成后款项自动退回。',
	],
	// Membership scripts: the hand-off to a 'bank specialist' at the ATM, a balance check, cashing out a credit line.
	[
		'membership-cancel',
		'客服：您好，這邊是網購中心，您上次取貨時被誤設為 VIP 會員，每個月會扣款 2,980 元。\n我：我要取消。\n客服：好的，請您持金融卡到附近的 ATM，我們的銀行專員會在電話上協助您解除。',
	],
	[
		'membership-cancel',
		'亲，由于我们的实习生操作失误，把您设置成了“金牌代理”，今晚系统会自动扣您第一期代理费 1500 元，您现在打开您的手机银行，查一下余额有多少。',
	],
	[
		'membership-cancel',
		'PayPal: Your account has been enrolled in PayPal Premium ($99.99/mo). To cancel before the first charge, call 1-877-651-0023 now.',
	],
	[
		'credential-harvest',
		"I've started the refund. Your bank will text you a code now. It's only for verification, just paste it here in the chat.",
	],
	[
		'remote-control',
		'請您先不要掛電話，打開 Zoom 輸入會議號，進去以後按「分享畫面」，然後登入您的網路銀行，我們的專員會指導您。',
	],
	[
		'membership-cancel',
		'您好，您在某平台开通了“推广会员”，每月扣费 990 元，如需关闭请下载“云闪付”，我这边教您在上面操作解除绑定。',
	],
	[
		'off-platform',
		'这边平台客服权限不够，您的理赔要高级客服处理，请您加我们高级客服 Q 号：35 88 21 0097，验证消息填“理赔”。',
	],
	['fake-refund', '收到了吧？把那 6 个数字告诉我，我这边输入就能给您退款。'],
	['credential-harvest', 'It should say something like "your code is". Just read me the numbers.'],
	[
		'off-platform',
		'亲，您的好评返现已经审核通过了，平台不让直接发红包，您加一下 v x：fan-xian-88，我微信上给您转。',
	],
	[
		'membership-cancel',
		"Caller: Hi, this is seller services. Your buyer account was converted to a Premium Store at $349 a month.\nMe: I didn't ask for that.\nCaller: To reverse it, we'll need to verify your bank. I'm sending you a code, please read it back to me.",
	],
	[
		'off-platform',
		"Hi! I'm interested in your couch on Marketplace. Can we move to WhatsApp? I'll pay you through my bank and you just need to confirm on a link I send there.",
	],
	[
		'remote-control',
		'Thanks for calling our refund desk. As discussed, please enter the session code 448 912 and click "Allow" when asked. Our agent will then process your refund directly on your computer.',
	],
	// An emoji between the characters of 微信 and a private refund.
	['off-platform', '亲，加下我的 微💬信：kf_8891，平台这边退不了，我私下退给您。'],
	[
		'membership-cancel',
		'您好，這裡是車隊客服，您的乘車付款被設定成月費會員，每月扣款 NT$1,500，請到最近的 ATM 依照我們的指示解除。',
	],
	[
		'off-platform',
		'亲，您的售后已经转到“售后服务群”处理了，群号 772 381 992，您用QQ搜一下加群，进群后@管理员就行。',
	],
	[
		'fake-refund',
		'按照规定给您退一赔三，一共 1,560 元。不过您的支付宝需要开通“商家收款”才能收到，我给您一个二维码，您用支付宝扫一下，输入 1560，再输入密码确认就开通了。',
	],
	// A code described only as 'the string of digits in the text'.
	[
		'credential-harvest',
		'系统已经给您发送了一条短信，里面有一串数字，您把那串数字发给我，我就能帮您把退款转到您卡上了。',
	],
	[
		'remote-control',
		'Ok, now open the Teams link I emailed you, click "Share" and choose your entire screen. Then log in to your bank so I can see the refund landing.',
	],
	[
		'off-platform',
		"Hi, I'm the buyer. My bank doesn't work with this site. Let's continue on Telegram (@mike_buys_88) and I'll pay you there with a bit extra.",
	],
	// Screen sharing through a video call while looking at the reader's online banking.
	['remote-control', '麻煩您打開 LINE 視訊，然後開啟「分享畫面」，我幫您看一下網銀裡面的設定要怎麼解除。'],
	[
		'fake-refund-page',
		'Refund portal: enter your card number, your PIN and the verification code to receive your refund.',
	],
];

/** Genuine texts and advice: must stay quiet. */
const QUIET: readonly string[] = [
	// 备用金 as an office's petty cash, not the loan product.
	'财务通知：部门备用金下周统一发放，大家先搜一下报销系统里的单据，找到备用金申请表填好交给我。',
	// Support asking for a statement screenshot with the card number covered is not asking for the card number.
	"Agent: If the refund still isn't showing, you can send a screenshot of your card statement here (please cover the card number) and I'll check it against our records.",
	'Team: if someone on the buyer side asks you to move the chat to Telegram or WhatsApp "for faster payment", say no and keep everything on the marketplace.',
	// 'QQ' as a brand (QQ音乐) is no QQ number to add.
	'【QQ音乐】您的绿钻豪华版将于 2026-12-01 自动续费 ¥18，可在 QQ音乐-我的-会员中心-自动续费 中取消。客服热线 0755-86013388。',
	// A question and answer about a call-back e-mail.
	"FAQ: I got an email saying my PayPal account will be charged $499 for a crypto purchase and to call a number. What should I do?\nAnswer: Don't call. It's a callback phishing email. Log in to PayPal directly and check your activity.",
	// Quoted requests (請提供網銀帳密) inside an advice text do not make it a conversation.
	'【刑事局提醒】假網拍客服常說：「系統錯誤把您設定成高級會員」「請提供網銀帳密」「請加 LINE 處理退款」。聽到這些話，請直接掛斷並撥打 165。',
	// Genuine renewal notices that name a self-service route next to their number.
	'Costco: Your Executive Membership ($130) auto-renews on 12/01. To cancel or change, visit costco.com/membership or call 1-800-774-2678.',
	'【某视频】您的会员将于明日自动续费 ¥25.00，如需取消自动续费，可在App内操作或致电客服 4008-118-811 咨询。',
	'主旨：會員年費續約通知\n您的會員將於 12 月 10 日自動續約，年費 NT$1,350 將由您綁定的信用卡扣款。如不續約，請於到期前致電會員服務中心 0800-006-088 或親洽賣場會員服務台。',
	// Advice that describes the pretext (以…为由) and what the bank will not do.
	'【安全中心】“百万保障”为免费服务，没有任何费用，不需要关闭。若有人以“关闭百万保障”“取消会员扣费”为由联系您，并要求您转账、共享屏幕、下载会议软件，都是诈骗。',
	'Reminder from your credit union: We will not contact you to "verify a refund" or ask you to move funds, buy gift cards, or install software. If you receive such a request, do not respond.',
	// A news report told in the third person, quoting the invoice, the call and the gift cards.
	'The victim told investigators she received an email invoice for a $399 Geek Squad renewal, called the listed number, and was told to download AnyDesk to get a refund. The caller then claimed $3,999 had been refunded by mistake and demanded she return the difference in gift cards.',
	// Money already sent back by the other person is no request to send it back.
	'房东：小李，你这个月房租多转了 500，我已经给你转回去了，你看一下微信。',
	// A work meeting where the reader presents.
	'Can you share your screen in the 3pm Zoom? I want to walk the client through the refund dashboard we built for them.',
	// A gift card received, not one to buy and read out.
	'You\'ve received an Amazon gift card from Aunt Linda! Amount: $50.00. Message: "Happy birthday!" Redeem it at amazon.com/redeem.',
	// A one-time code delivered, with 'ignore this if it was not you'.
	'【微信支付】验证码 218830，用于绑定银行卡，5 分钟内有效。如非本人操作，请忽略本短信。',
	// A bank's transfer notice with its own number (如非本人交易请撥打) is not a callback invoice.
	'【某銀行】您於 11/25 14:10 轉出 NT$5,000 至 808-*****2231，如非本人交易請立即撥打 02-2745-5000。',
	'扫码点餐 请使用微信或支付宝扫描桌上二维码点餐，支付成功后厨房自动出单。如需开发票请在订单完成页面申请。',
	// Customs duty paid in the carrier's own app or on delivery.
	'【EMS】您的国际包裹已清关，需缴纳进口税 ¥86.00，请登录中国邮政App“海关税费”页面或在投递时现场缴纳。',
	// Third-person reports and warnings that quote the script.
	'近日，一名女子在闲鱼出售二手包时，“买家”称平台收不到款，让她添加“官方客服”微信，随后又要求她缴纳“保证金”解冻账户，她先后转账 1.2 万元才发现被骗。',
	'媽，如果有人打電話說要你去 ATM 解除分期，不要理他，ATM 沒有那個功能，有問題打給我或打 165。',
	'Police warn of a text scam where messages claim "Your Amazon order of iPhone 15 for $1,399 has been placed, call this number if you didn\'t order it."',
	'PSA: I got a call about "your Amazon Prime renewal of $399", the guy wanted me to download AnyDesk. Hung up and checked my account, nothing there.',
	'申请贷款需要提供近六个月的银行流水，用于核实您的收入情况，可在网银自助打印。',
	'我们工厂的流水线今天检修，您的订单会晚一天发货，给您添麻烦了。',
	'退款',
	'您的退款已原路退回，请注意查收。',
	'您好，您申请的退款已处理，款项将在1-3个工作日原路退回到您的支付账户。',
	'亲，您可以在订单详情页点击申请售后，选择退货退款，我们收到货后会尽快处理。',
	'【某银行】验证码123456，您正在进行转账操作，切勿告知他人。',
	'民警提醒：不要转账，切勿透露验证码，官方客服不会添加你的微信。',
	'Never share your verification code with anyone. We will never ask for it.',
	'Your refund of $25.00 has been issued to your original payment method.',
	'你的会员将于下月自动续费，可在App内“我的-会员”中随时关闭。',
	'您的快递已到驛站，請憑取件碼取件。',
	'Your order has shipped. Track your package in the app.',
	'我们会尽快为您处理退款，请耐心等待。',
	'【反诈案例还原】以下是一段真实诈骗通话：\n诈骗者：您好，这里是某某银行客服中心，您的账户出现异常交易，需要您配合核实。\n受害人：怎么了？\n诈骗者：请您提供一下身份证号码和银行卡号。\n民警提醒：银行不会打电话索要身份证号和卡号，遇到此类电话请立即挂断，拨打96110。',
	'【某银行】您的信用卡账单已出，请打开手机银行App查看并按时还款。',
	'亲，如果您觉得有质量问题，可以在订单页面重新提交售后，上传问题图片，也可以申请平台客服介入处理。',
	'来电方：客服小张为您服务，有什么问题我可以帮忙解决呢？\n用户：我之前买的台灯有质量问题，想问问售后。\n来电方：请您提供一下订单号，我帮您在系统里申请售后，退款会原路退回。',
	'来电方：客服为您服务，请问有什么问题需要我帮您解决？\n用户：我上个月的账单金额好像不对。\n来电方：请您提供一下账单编号，我帮您核实一下，其中包含了餐厅收取的服务费和税费等额外费用。',
	'Your Costco membership renews on Dec 1 for $65. Questions? Call Member Services at 1-800-774-2678.',
	'Hotel booking receipt: Total: $320.00 charged to your card. For any questions about your stay, call the front desk at +1 212 555 0100.',
	'Reminder: your car insurance will renew on Jan 5. Premium: $640. Questions? Speak to an agent at 1-800-555-0134 or visit our website.',
	'来电方：您好，这里是快递公司，您的包裹明天上午派送，请问家里有人吗？\n用户：有人，不过最近骗子很多，你不会让我转账吧？\n来电方：不会的，派送不收任何费用，有问题请拨打官方客服电话。',
	'客服：您好，您申请的退款已经原路退回，请在支付账户查看。\n用户：好的，我还担心是诈骗电话。\n客服：请放心，我们不会要求您提供验证码或转账。',
];

describe('families: flags', () => {
	it.each(FLAGS)('%s: %s', (family, text) => {
		const v = analyzeText(text);
		expect(v.level).not.toBe('none');
		expect(v.family).toBe(family);
	});
});

describe('families: does not flag', () => {
	it.each(QUIET)('%s', (text) => {
		expect(analyzeText(text).level).toBe('none');
	});
});

describe('anti-fraud articles', () => {
	it.each([
		'反诈小课堂：如果有人自称电商客服，说您误开通了会员要每月扣费，让您下载会议软件共享屏幕，或者把钱转到所谓安全账户，请立即挂断，这都是诈骗。',
		'Tip: If someone calls saying you were overpaid a refund and asks you to send back the difference in gift cards, hang up. It is a scam.',
		'官方提醒：京东客服不会让您加微信办理退款，也不会索要验证码。遇到自称客服要求转账的，请拨打110。',
	])('advice quoting a script stays quiet: %s', (text) => {
		expect(analyzeText(text).level).toBe('none');
	});

	it.skipIf(!existsSync(join(__dirname, '../../../shared/seeds/000_40a992b9f77e5cdc.txt')))(
		'the founding police report is not a warning',
		() => {
			const report = readFileSync(join(__dirname, '../../../shared/seeds/000_40a992b9f77e5cdc.txt'), 'utf8');
			expect(analyzeText(report).level).toBe('none');
		},
	);

	it('an advice text quoting scam lines is never danger', () => {
		const article =
			'警方提醒：近期多发冒充电商客服诈骗。骗子自称客服，称您被误开通代理商会员，每月自动扣费，要求转账到安全账户。民警提醒：官方客服不会添加微信，不要转账，不要透露验证码。';
		expect(analyzeText(article).level).not.toBe('danger');
	});
});

describe('call-back invoice in a thread', () => {
	it('a reply that pushes the number of a never-bills-by-phone brand after a comma warns', () => {
		const v = analyzeText(
			'Yes, just call the number on the invoice, 1-888-402-7733, and our billing team will cancel it.',
			{
				context: [
					'Hi, I received an invoice for a $549 Norton renewal, but I never ordered it.',
					'Is this from you?',
				],
			},
		);
		expect(v.level).not.toBe('none');
	});
});

describe('loans opened on the spot', () => {
	it('a membership story that ends in cashing out a credit line warns', () => {
		const v = analyzeText(
			'您好，我是金融客服，您之前开通了白条“分期会员”，每个月会扣 398 元会员费，今天是免费取消的最后一天，您需要配合我把白条额度套出来做一下注销。',
		);
		expect(v.level).not.toBe('none');
	});

	it('a refund story that ends in borrowing from a loan app warns', () => {
		const v = analyzeText('您的退款失败了，我现在教您开通收款功能，您打开支付宝，点开“备用金”，先借500元。');
		expect(v.level).not.toBe('none');
	});
});

describe('conversation context', () => {
	it('a refund lure earlier in the thread makes a request for the code count', () => {
		const alone = analyzeText('麻烦把手机收到的验证码发给我');
		const withContext = analyzeText('麻烦把手机收到的验证码发给我', {
			context: ['您好，您购买的商品存在质量问题', '我们给您三倍赔偿', '好的'],
		});
		// Asking for the code is the harvest itself (caution); the refund story before it makes it danger.
		expect(alone.level).toBe('caution');
		expect(withContext.level).toBe('danger');
		expect(withContext.score).toBeGreaterThan(alone.score);
	});

	it('an ask made earlier does not turn a later message that points to the genuine route into the scam', () => {
		const context = [
			'您好，我是淘宝官方客服，您在我们店铺购买的商品因质量问题被召回',
			'我们将为您办理三倍赔偿，需要您配合操作',
			'请添加客服微信 kf-tb8899 进群，扫码填写银行卡号和验证码领取理赔款',
			'亲，明天发货哦',
		];
		expect(analyzeText('七天无理由退货，运费险会自动理赔，您在订单页申请售后就可以', { context }).level).toBe(
			'none',
		);
	});

	it("a buyer retelling the scam's ask (advice-like wording) does not quiet the other party's next ask", () => {
		const context = [
			'您好，您的退款申请已同意',
			'款项将在1-3个工作日原路退回到您的支付账户',
			'客服说我的商品因质量问题可以三倍赔偿，让我加微信 kf-tb8899 扫码填写银行卡号和验证码领取理赔款，这是真的吗？',
		];
		expect(analyzeText('是的，请加一下微信 kf-tb8899 给您处理', { context }).level).not.toBe('none');
	});

	it('context alone does not warn about a harmless message', () => {
		expect(analyzeText('好的谢谢', { context: ['请把钱转到安全账户，验证码发给我'] }).level).toBe('none');
	});
});

describe('quotation marks', () => {
	// Advice and news quote the scammer's lines: inside the quotes of a framed text they count as quoted speech.
	it.each([
		'#反诈# 接到“客服”电话：“您好，您的快递丢失，我们给您 3 倍赔偿，请加我微信，把收到的验证码报给我。”请立即挂断！',
		'Heads up: the text said "Your Norton subscription renewed for $499.99. If you did not authorize this charge, call +1 888 555 0199". Do not call it.',
	])('a framed text quoting a scam line stays quiet: %s', (text) => {
		expect(analyzeText(text).level).toBe('none');
	});

	// Quotation marks alone change nothing: scammers quote too, and their reassurances are no framing of a quote.
	it.each([
		[
			'fake-refund',
			'您好，淘宝客服，您的快递丢失了，我们给您三倍赔偿，转账时备注填写“理赔”，请提供一下收到的验证码。',
		],
		['fake-refund', '您的快递丢失了，我们给您理赔，请点击链接填写“银行卡号”和“密码”。'],
		[
			'fake-refund',
			'您好，我是淘宝客服，您购买的商品有质量问题，给您办理“三倍赔偿”，请把收到的“验证码”报给我，切勿透露给他人。',
		],
		[
			'remote-control',
			'This is "Amazon Support". Your refund failed. Please install AnyDesk so I can help you.',
		],
	] as const)('a scam that quotes still warns: %s: %s', (family, text) => {
		const v = analyzeText(text);
		expect(v.level).not.toBe('none');
		expect(v.family).toBe(family);
	});
});

describe('bare domains in a message', () => {
	// Fake claim SMS name their site without a scheme: it is judged like any link.
	it.each([
		['【京东】您的订单商品存在质量问题，可获赔付，请登录 jd-peifu.top 填写信息领取。'],
		['Your parcel refund is ready: taobao-tuikuan.com/claim. Enter your card number to receive it.'],
		['【拼多多】您购买的商品被抽检不合格，可申请三倍赔付，请访问pdd-tuikuan.vip办理。'],
	])('a claim SMS with a lookalike domain warns: %s', (text) => {
		expect(analyzeText(text).level).not.toBe('none');
	});

	// Genuine domains, reporting sites and public bodies written in a message stay quiet.
	it.each([
		'您的退款已原路退回，请在 jd.com 或京东App的订单详情查看。',
		'淘宝官方网站是 taobao.com，官方客服不会让您加微信退款。举报诈骗请登录 12321.cn 或拨打96110。',
		'Your refund of $23.99 has been issued to your original payment method. See amazon.com/orders for details.',
		'Your next federal student loan payment is due on December 15. Log in at studentaid.gov to review your plan.',
		'I read about the refund on zhihu.com yesterday, the seller already sent it back.',
	])('%s', (text) => {
		expect(analyzeText(text).level).toBe('none');
	});
});

describe('fourteenth batch: pretexts found missing', () => {
	it.each([
		[
			'credential-harvest',
			"Agent: This is Apple Support, someone tried to sign in to your Apple ID from abroad. I'll need your Apple ID password and then the code that shows up on your phone.",
		],
		[
			'membership-cancel',
			'【某購物網】您的訂單被誤植為12期分期付款，將連續扣款12個月，解除請加LINE客服 @shop-fix01。',
		],
		[
			'credential-harvest',
			'【郵局】您的包裹因地址不全無法投遞，請至 post-redeliver-tw.com 輸入信用卡號與驗證碼補繳運費。',
		],
		[
			'off-platform',
			"I can't use Marketplace checkout right now, text me on WhatsApp +44 7700 900 555 and I'll pay by bank transfer.",
		],
	] as const)('%s: %s', (_family, text) => {
		expect(analyzeText(text).level).not.toBe('none');
	});
	it.each([
		'【某購物網】您選擇的12期分期付款已成立，每月扣款NT$1,200，明細請至App訂單頁查詢。',
		'【郵局】您的包裹因地址不全無法投遞，請撥打投遞局電話或至郵局App更新收件地址。',
		'We noticed someone tried to sign in to your account from a new device. If this was you, no action is needed. If not, change your password in Settings.',
	])('%s', (text) => {
		expect(analyzeText(text).level).toBe('none');
	});
});

describe('fifteenth batch', () => {
	it.each([
		['off-platform', '亲，这个问题在平台里说不清楚，您加一下我的 QQ 号 2231 8876 90，我直接帮您把款退了。'],
		[
			'off-platform',
			"My bank won't let me pay here. Message me on WhatsApp at +1 (213) 555-0177 and I'll send a cashier's check.",
		],
		['off-platform', '平台的担保交易要等好几天，你加我 V：buyer-zz88，我直接给你转账。'],
	] as const)('%s: %s', (_family, text) => {
		expect(analyzeText(text).level).not.toBe('none');
	});
	// A bare domain that is merely unknown (no lookalike, no risky suffix, no made-up hyphenated name) is named,
	// not pushed; news naming a fake site and warning against it is advice.
	it.each([
		'Your Executive Membership renews automatically on January 3 for $130. You can turn off auto-renew at costco.com/membership or at any warehouse.',
		'本报讯 近日，市民收到短信称其“快递破损可获赔付”，并附有 jd-peifu.top 的网址。民警提醒，正规理赔只在官方 App 内办理，不要点击短信中的陌生网址。',
	])('%s', (text) => {
		expect(analyzeText(text).level).toBe('none');
	});
});

describe('remote sessions found missing in dev', () => {
	it.each([
		'请加入腾讯会议，打开屏幕共享，我们财务在会议里核对您的银行流水，核对完才能解除代理身份。',
		'这是内部系统，应用商店搜不到，您点链接下载，手机提示有风险不用管，装好告诉我。',
	])('warns: %s', (text) => {
		expect(analyzeText(text).level).not.toBe('none');
	});
	it.each([
		"IT Helpdesk: I'll connect to your laptop via Quick Assist to fix the printer driver, please accept the prompt.",
		'会计：月底了，请大家核对一下公司银行流水和发票，有问题周五前反馈。',
	])('stays quiet: %s', (text) => {
		expect(analyzeText(text).level).toBe('none');
	});
});

describe('sixteenth batch (SMS)', () => {
	it.each([
		'【某平台】您的账号已被开通商家版，每月收取服务费 398 元，自动从绑定银行卡扣除。若非本人申请，请回复 TD 并等待专员来电协助注销。',
		'Post office: compensation of £20.00 is ready for your lost item. Log in with your online banking details at post-comp-claims.uk to receive it.',
	])('warns: %s', (text) => {
		expect(analyzeText(text).level).not.toBe('none');
	});
	it.each([
		'【某平台】您的会员将于12月10日自动续费25元，如需取消可在App「我的-会员-管理自动续费」中操作。',
		'Scam alert from your bank: texts saying "your parcel compensation is ready, log in with your banking details" are fake. Never enter your banking login from a text link.',
	])('stays quiet: %s', (text) => {
		expect(analyzeText(text).level).toBe('none');
	});
});
