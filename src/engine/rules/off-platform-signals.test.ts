import { describeSignalTable, type FlagCase } from '../../../test/unit/signal-table';

/** Moves off the platform behind a refund or platform story: each must reach at least caution. */
const FLAGS: readonly FlagCase[] = [
	// The platform "can't" do it, or it is sold as faster, and a chat app in an evaded spelling.
	{ text: '加薇：tk6680，备注退款，给您走快速通道' },
	{ text: '老闆說這筆退款要私下處理，你加我賴 ID kk0921 比較快' },
	{ text: '你好 关于你投诉的破损件 快递公司同意赔付 你加我企鹅 2287710 我发你赔付流程' },
	{ text: '请您私聊我，平台有关键词屏蔽，退款的事私聊说' },
	{ text: '您好，平台这边审核通道关闭了，理赔需要转到线下办理，加一下扣扣 39120456 找王专员' },
	{ text: '親 這邊平台客服系統在維護，退款要到我們官方Telegram頻道辦理 t.me/tw_refund_help' },
	{
		text: 'Your order qualifies for compensation. Our after-sales team handles this via WeChat only, ID: AS_service2025',
	},
	{
		text: 'Hey, this is the seller. Amazon keeps blocking my replies about your refund, can you email me at refunds.helper2025@gmail.com and I will send it directly?',
	},
	// The platform "can't" send it, a hand-off to a "专属客服", a code word right before a handle.
	{ text: '这边给您申请了补偿，但是平台不给发红包，您加我下 卫星：hb8800 我红包发您' },
	{
		text: '您好，关于您的退货运费补贴，这里发不了链接，麻烦您添加我们的福利专员，手机号就是微信号 13588990011',
	},
	{ text: '亲 您这个理赔金额超出了平台权限 需要主管审批 主管只用钉钉 您搜一下手机号 15011223344 加他' },
	{ text: '您的售后工单已转至专属客服，请在抖音搜索“售后服务中心”并私信，或者添加企业微信：shfw001' },
	{ text: '亲🌸这边理赔要排队三天😭 加一下售后小姐姐的💚信：kf_5520，备注“理赔”，当天就能给您办好哦～' },
	{ text: '宝子们直播间下单要收平台服务费，想要更便宜的私聊加我飞机 @meimei_haohuo，付款直接转给我就行' },
	{
		text: '你好～這台咖啡機還在嗎？我想直接買，但旋轉拍賣的訊息我比較少看，可以加你 LINE 聊嗎？我的 ID 是 amy0307tw，你那邊照著連結操作就能收款。',
	},
	{
		text: "My bank won't let me pay here. Message me on WhatsApp at +1 (213) 555-0177 and I'll send a cashier's check.",
	},
	// A "refund mini-program" reached by a code the other side sends.
	{ text: '退款已经批了，但是要您去“退款小程序”领取，小程序码我发您，微信扫一下就能进去' },
	// The script's own reassurances (为了防止被骗, 谨防诈骗) next to a payout status or an ask told to the reader.
	{ text: '亲，为了防止被骗，我们不在平台上说，您加我们官方微信 gf_kf2026 核实身份后办理退款，谨防假冒。' },
	{ text: '平台客服提醒您谨防诈骗。您的理赔已审核通过，请扫描下方二维码加入理赔群领取。' },
	// The helper's handle searched in a chat app; a manager who will add the reader; Instagram DMs.
	{ text: '亲亲 这里消息有延迟 您加我们售后小助手的号 搜 shzs_2026 就能找到 退款当天到' },
	{ text: '亲，退款这块我们主管负责，我让他加您微信，您通过一下，他直接给您退。' },
	{
		text: 'Dear buyer, Poshmark flagged your refund for manual review. To speed it up, please DM our support on Instagram @posh.refund.help',
	},
	{
		text: '您好，您在咸鱼上的订单出了纠纷，平台介入太慢，我们可以私下解决，加我 vx：xy-seller88，我直接退您',
	},
	// English routes: Signal or Viber, a personal e-mail for bank details, "takes forever", a refund the system "won't release".
	{
		text: "Hi there, your return was approved but Amazon's system won't release the refund. Our refund specialist can help you on Signal: +1 646 555 0199.",
	},
	{
		text: 'Hello! We tried to refund you but the payment bounced. Kindly contact our billing desk on Viber +63 917 555 0100 to resolve.',
	},
	{
		text: 'We apologise for the missing item. Please send a message to our claims officer at claims.desk.uk@outlook.com with your bank details to receive compensation.',
	},
	{
		text: "Hey, eBay takes forever with returns. Just text me at (312) 555-0147 and I'll Zelle you the money back today.",
	},
	// A work handle, 企微, a LINE handle after 的賴, a QQ number in Chinese numerals.
	{ text: '宝，平台这边审核卡住了，您的补偿我们改成线下发放，加我工作号 fl-kefu2025 领一下' },
	{ text: '您好，抖店这边不支持大额退款，请您联系我们品牌方的售后，企微搜索“品牌售后中心”添加即可' },
	{ text: '親～您的退款被系統擋下來了，加我們客服的賴：@kk-service，我們手動退給您' },
	{ text: '您好，京东售后这边给您升级处理了，后续沟通请加我们的QQ：两八八六七三五一零九' },
	// A third party, a DingTalk id, Snapchat, leaving a WeChat, a fake buyer's 'receiving' story.
	{ text: '亲，这单的售后我们外包给第三方了，您加一下第三方客服的微 信：sh-bz0098，他们会给您处理退款' },
	{ text: '您的退货款项需要线下核对，请您添加财务的钉钉号 cw_0022 发送订单截图' },
	{
		text: "Hi, I'm the Vinted seller. Vinted keeps cancelling our chat, so can we sort the refund on Snapchat? My username is sara.shop22",
	},
	{ text: '您好，您的赔付款已经批下来了，因为金额超过500需要走线下流程，您方便留个微信吗？' },
	{ text: '這邊是旋轉拍賣官方客服，您的帳號收款功能未開通，請加官方客服LINE：@carousell-tw 開通後才能收款' },
	// Feishu with a staff id, an Instagram account, Skype.
	{ text: '您好，唯品会这边的退款出现异常，请您下载“飞书”，搜索售后专员工号 VIP0031 联系处理' },
	{ text: '親，您的訂單有一筆補償金待領取，因平台限制，請您私訊我們的IG：@tw.shop.care 領取' },
	{ text: '您好，亚马逊中国客服，您的海外订单退款需要走跨境通道，请添加跨境专员 Skype：amz.refund.cn' },
	{
		text: 'Your refund could not be completed due to a glitch. Please reach out on WhatsApp to our agent: +1 202 555 0114',
	},
	// A personal account, a handle hidden in the profile, a personal PayPal.
	{ text: '亲，您这个退款平台判定为异常订单退不了，我这边用个人号给您退，您加一下我，号码就是下单手机号' },
	{ text: '您好，小红书这边不能发联系方式，我把售后的号放在主页简介里了，您复制去微信搜一下' },
	{
		text: "Hi, sorry for the delay! Etsy won't let me issue partial refunds, so could you send me your PayPal email and I'll refund you from my personal account?",
	},
	// Threads: the refund story in earlier messages, the move in this one.
	{
		text: '您加一下这个号吧 kefu_0912',
		context: ['您好，这里是店铺售后', '您买的吹风机这批有质量问题，我们要给您全额退款', '这边平台上不好操作'],
	},
	{ text: '薇 kfxm778 加这个', context: ['您的退款申请已通过，但系统无法打款', '需要人工处理'] },
	// A "service" app to download for the refund.
	{ text: '您好，由于您的订单异常，需要您下载“售后助手”APP进行退款操作，下载地址我发给您' },
	// The lure in an earlier message, the move in this one.
	{
		text: '我们给您做三倍赔偿，这边不方便操作，您方便加个好友吗？我的号是 19876543210（微信同号）',
		context: ['您好，我是店铺售后，您购买的羽绒服检测出质量问题'],
	},
];

/** Friends and genuine services naming a chat app or a group, with no refund or platform story. */
const QUIET: readonly string[] = [
	'那个卖二手自行车的人是我同事，你加他微信 zhang_bike88 直接问吧',
	'周末聚会的群我建好了，你加我微信我拉你进群，我的微信号是 lily_0521',
	'小区业主群二维码过期了，扫这个新的进群，有问题私聊我',
	'公司团建报名请加HR企业微信，扫描海报上的二维码进群。',
	'店家回复：亲，申请售后后我们这边会直接同意退款，退款会原路返回您的支付账户，不需要加任何微信。',
	'我们不会以任何理由要求您添加微信或QQ处理退款，如有人这样联系您，请立即挂断并拨打官方客服。',
	'明天同学聚会，地址我发群里了，没进群的加我微信我拉你',
	'大家好，我们班家长群的二维码在这里，请家长扫码进群，有问题可以私聊老师。',
	'亲，这个价格是直播间专属价，只能在直播间下单哦，私下交易没有保障的，不要相信任何私聊的人。',
	'亲，平台系统维护中，今晚12点后恢复，退款申请明天处理哦，您不用重新提交',
	'您好，为了更快处理您的售后问题，请您在订单页点击“申请售后”上传破损照片，我们会优先处理',
	'给大家分享一个小技巧：淘宝退款慢可以点“催促商家”，不用加什么微信找客服。',
	'我们的官方客服微信公众号是“XX官方服务号”，可以关注接收物流通知，退款请在App内申请。',
	'你好，我在闲鱼上卖的那个包，买家说要加微信聊，我拒绝了，坚持在闲鱼上交易。',
	'If you want to chat with other buyers, we have a Telegram group for fans. For refunds, always use the order page.',
	'Join our community on Discord for product tips! discord.gg/ourbrand (not for support requests, use the Help Center for orders and refunds)',
	'親，我們的LINE官方帳號只提供出貨通知，退款請在蝦皮App的訂單頁申請，客服不會請您加好友處理退款。',
	'我朋友做代购的，加她微信 daigou_mm 就行，她人很靠谱',
	'加我微信吧，以后团购直接微信下单，我给你拉进群',
	'Reminder: our support team will only contact you through the in-app chat. We never use WhatsApp, Telegram or personal email for refunds.',
	'明天家长会，大家加一下班主任的钉钉，钉钉号在群公告里',
	'这个是我的新微 信号，原来那个不用了，麻烦重新加一下：xiaoli_2026',
	'Vinted reminder: keep all conversations and payments on Vinted. We will never ask you to continue on WhatsApp or Snapchat.',
	'亲，退款后续沟通请在旺旺里进行，扫描店铺首页二维码可以关注店铺领券哦',
	'亲，我们的售后群是给老客户发新品通知的，退款问题请直接在订单里申请。',
	// A genuine invoice's contact line and payment link.
	'Invoice #2231 for web hosting: $120.00 charged to your card on file. Questions? Contact us on 0800 555 0199 or email our billing team.',
	'Invoice INV-88: $450 for design work. Please pay via the payment link below. A deposit is required first for new projects.',
	// A relative's call retold to warn others.
	'我妈今天接到一个电话说快递丢了要理赔，让她加QQ，还好她打电话问了我，大家注意了',
];

describeSignalTable('off-platform signals', FLAGS, QUIET);
