import { describeSignalTable, type FlagCase } from '../../../test/unit/signal-table';

/** Seeing or driving the reader's screen, by any tool or wording: each must reach at least caution. */
const FLAGS: readonly FlagCase[] = [
	{ text: '您的操作太复杂了，我这边教不会，您下载一个“小鱼易连”，进会议后打开屏幕共享，我来帮您点。' },
	{ text: '亲，您用的是苹果手机吗？打开控制中心长按录屏，选择“会议”开始直播，这样我能看到您的操作步骤。' },
	{
		text: 'Please press the Windows key and R, type the address I give you, and allow the connection when it asks.',
		context: [
			'Hello, this is Microsoft technical support, your Windows license has expired and hackers got in.',
		],
	},
	{
		text: 'Agent: Microsoft detected a virus sending your banking data. I\'m going to fix it remotely. Press the Windows key and R, type "quickassist", and enter the security code I give you. Then let me take control.',
	},
	{
		text: "Thanks. Now open your browser and type the address I'll spell for you. Download the small tool there, run it, and tell me the session number it shows. I'll take care of the refund from my side.",
		context: [
			'Your Geek Squad membership renewed today for $389.99. If you want a refund, our agent will assist you.',
		],
	},
	{ text: '打开手机的屏幕共享功能，我这边可以直接帮您一步步把取消流程走完。' },
	{
		text: 'Go to the website I just gave you and click Connect, so our technician can log in to your computer.',
	},
	{ text: '您好，您的手机已经被不法分子植入了木马，我们网警这边需要远程帮您清除，请下载我们发的安全软件。' },
	{ text: '您安装的时候如果提示有风险直接点继续，装好后打开所有权限，我这边就能看到您的进度。' },
	{
		text: "Let's jump on a Microsoft Teams call, then click Share and pick your whole screen so I can walk you through getting the refund.",
	},
	{
		text: 'This is Apple support. Your iCloud has been breached by hackers. Please download the support app from the link and give our engineer control so he can secure your device.',
	},
	{ text: '亲，您这边操作不来的话，我们开个视频会议，您把手机画面分享出来，我告诉您点哪里。' },
	{
		text: "To complete the refund, install the Chrome extension 'Refund Helper' from the link I sent and allow it to read and change data on your bank's website.",
	},
	// "不用理" here tells the reader to ignore the phone's warning: the scam's line, not anti-fraud advice.
	{ text: '你好，装的时候手机提示有风险，不用理，直接点继续安装，然后打开共享屏幕给我看。' },
];

/** Work meetings, IT tickets the reader raised, and ordering food ("帮您点"): no stranger takes the screen. */
const QUIET: readonly string[] = [
	'张工，你提的工单 IT-2026-1182（Outlook 无法同步）我这边接了，下午三点我通过公司内网的远程协助工具连一下你的电脑，连之前会在企业微信上先跟你确认，你在电脑上点“允许”就行。',
	"IT Helpdesk: I'll connect to your laptop via Quick Assist to fix the VPN issue from ticket 5521.",
	'欢迎使用我们的订餐服务，有什么可以帮您点的吗？',
	'明天下午两点的项目评审改成腾讯会议，会议号 765 432 198，大家准备好材料，轮流共享屏幕讲一下。',
	'我能看到你的屏幕了，继续讲吧。',
	'我能看到你的屏幕吗？你共享一下，我看看报表哪里不对。',
	"IT Helpdesk: I'll connect to your laptop via Quick Assist to fix the printer driver, please accept the prompt.",
	'我来帮你点外卖吧，你想吃什么？',
	'妈，你把家里电视的开机密码告诉我一下，我远程帮你设置一下投屏。',
	'我这边能看到你的桌面了，你点一下左下角的开始菜单。',
	'你好，我是新来的IT，这周要给大家装ToDesk方便远程维护，有需要的到我工位来。',
	'欢迎使用打车服务，使用我们的打车服务非常简单。首先，请下载我们的APP并注册账号，在首页点击“我的”进入个人中心。',
	'组会时间改到周四，用Teams，大家轮流share screen讲进度。',
];

describeSignalTable('remote-control signals', FLAGS, QUIET);
