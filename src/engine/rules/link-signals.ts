import type { SignalDefinition } from './signal-definition';

/**
 * Signals of the link, contact and QR analysers. Weights are calibrated so that, on the engine's 0-100
 * scale: a brand-impersonating domain alone (45+) reaches caution; an unknown domain alone (`link-unofficial`,
 * 8) is nothing; context signals (shortener, free hosting, odd TLD) add up but stay below caution together
 * (10+15+10); an official domain or hotline is benign evidence.
 */
export const LINK_SIGNAL_DEFINITIONS: readonly SignalDefinition[] = [
	// ── links ──
	{
		id: 'link-brand-impersonation',
		family: 'fake-refund-page',
		kind: 'action',
		weight: 45,
		explanation: {
			zh_CN:
				'链接的网址里带着知名平台、银行或快递邮政的名字，但并不是它的官方网站。骗子常用这种仿冒网址做假的“退款中心”或“补交运费”页面。',
			zh_TW:
				'連結的網址含有知名平台、銀行或物流郵政的名稱，但並不是它的官方網站。詐騙者常用這種仿冒網址做假的「退款中心」或「補繳運費」頁面。',
			en: 'The link’s address contains the name of a well-known shop, payment service, bank or courier, but it is not that brand’s official site. Fake “refund centres” and “redelivery fee” pages use such look-alike addresses.',
		},
	},
	{
		id: 'link-brand-typo',
		family: 'fake-refund-page',
		kind: 'action',
		weight: 45,
		explanation: {
			zh_CN: '网址把知名品牌的名字拼错了一点（例如把 o 换成 0），这是仿冒网站的常见手法。',
			zh_TW: '網址把知名品牌的名稱拼錯了一點（例如把 o 換成 0），這是仿冒網站的常見手法。',
			en: 'The address misspells a well-known brand slightly (for example 0 instead of o), a common trick of look-alike sites.',
		},
	},
	{
		id: 'link-official-domain-in-subdomain',
		family: 'fake-refund-page',
		kind: 'action',
		weight: 50,
		explanation: {
			zh_CN: '网址开头看起来是官方网址，但真正的网站在后面（如 paypal.com.xxx.xyz）。请看网址最后一段。',
			zh_TW: '網址開頭看起來是官方網址，但真正的網站在後面（如 paypal.com.xxx.xyz）。請看網址最後一段。',
			en: 'The address starts like an official one, but the real site is what follows (as in paypal.com.example.xyz). Read the end of the address.',
		},
	},
	{
		id: 'link-homograph',
		family: 'fake-refund-page',
		kind: 'action',
		weight: 50,
		explanation: {
			zh_CN: '网址里混入了外观相似的外文字母（如西里尔字母 а 冒充 a），看起来像官方网址，其实是另一个网站。',
			zh_TW: '網址裡混入了外觀相似的外文字母（如西里爾字母 а 冒充 a），看起來像官方網址，其實是另一個網站。',
			en: 'The address mixes in look-alike letters from another alphabet (such as Cyrillic а for a); it looks official but is another site.',
		},
	},
	{
		id: 'link-idn',
		family: 'fake-refund-page',
		kind: 'context',
		weight: 8,
		explanation: {
			zh_CN: '这是一个国际化（非英文字母）域名，请确认它确实是你要访问的网站。',
			zh_TW: '這是一個國際化（非英文字母）網域，請確認它確實是你要造訪的網站。',
			en: 'This is an internationalised domain name; make sure it is really the site you mean to visit.',
		},
	},
	{
		id: 'link-userinfo',
		family: 'fake-refund-page',
		kind: 'action',
		weight: 40,
		explanation: {
			zh_CN: '网址里有“@”：@ 前面的部分只是装饰，浏览器实际打开的是 @ 后面的网站。',
			zh_TW: '網址裡有「@」：@ 前面的部分只是裝飾，瀏覽器實際開啟的是 @ 後面的網站。',
			en: 'The address contains “@”: everything before it is decoration; the browser opens the site after the @.',
		},
	},
	{
		id: 'link-ip-host',
		family: 'fake-refund-page',
		kind: 'context',
		weight: 20,
		explanation: {
			zh_CN: '链接直接指向一串数字地址（IP），正规平台和银行不会让你访问这种网址。',
			zh_TW: '連結直接指向一串數字位址（IP），正規平台和銀行不會讓你造訪這種網址。',
			en: 'The link goes to a bare numeric (IP) address; real shops and banks do not send such links.',
		},
	},
	{
		id: 'link-shortener',
		family: 'fake-refund-page',
		kind: 'context',
		weight: 10,
		explanation: {
			zh_CN: '这是短网址，看不出真正会打开哪个网站。',
			zh_TW: '這是短網址，看不出真正會開啟哪個網站。',
			en: 'This is a shortened link; it hides which site it really opens.',
		},
	},
	{
		id: 'link-free-hosting',
		family: 'fake-refund-page',
		kind: 'context',
		weight: 15,
		explanation: {
			zh_CN: '网页放在任何人都能免费搭建的托管平台上，正规平台的退款、理赔页面不会放在这里。',
			zh_TW: '網頁放在任何人都能免費架設的託管平台上，正規平台的退款、理賠頁面不會放在這裡。',
			en: 'The page is on a free hosting or site-builder service anyone can use; real refund or claim pages are not hosted there.',
		},
	},
	{
		id: 'link-suspicious-tld',
		family: 'fake-refund-page',
		kind: 'context',
		weight: 10,
		explanation: {
			zh_CN: '网址的后缀（如 .xyz、.top）注册便宜，常被诈骗网站使用。',
			zh_TW: '網址的後綴（如 .xyz、.top）註冊便宜，常被詐騙網站使用。',
			en: 'The address ends in a cheap domain ending (such as .xyz or .top) often used by scam sites.',
		},
	},
	{
		id: 'link-brand-in-path',
		family: 'fake-refund-page',
		kind: 'context',
		weight: 12,
		explanation: {
			zh_CN: '网址路径里写着平台名字，但网站本身不是该平台的。',
			zh_TW: '網址路徑裡寫著平台名稱，但網站本身不是該平台的。',
			en: 'The path of the address names a brand, but the site itself is not that brand’s.',
		},
	},
	{
		id: 'link-deceptive-anchor',
		family: 'fake-refund-page',
		kind: 'action',
		weight: 40,
		explanation: {
			zh_CN: '链接上显示的是一个网址或平台，点开后去的却是另一个网站。',
			zh_TW: '連結上顯示的是一個網址或平台，點開後去的卻是另一個網站。',
			en: 'The link shows one address or brand, but opens a different site.',
		},
	},
	{
		id: 'link-download-app',
		family: 'remote-control',
		kind: 'action',
		weight: 30,
		explanation: {
			zh_CN: '链接会直接下载安装包（如 .apk、.exe）。“客服”让你装的软件可能用来控制手机或电脑、偷看验证码。',
			zh_TW:
				'連結會直接下載安裝檔（如 .apk、.exe）。「客服」讓你裝的軟體可能用來控制手機或電腦、偷看驗證碼。',
			en: 'The link downloads an installer (such as .apk or .exe). An app a “support agent” asks you to install can take over your device and read your codes.',
		},
	},
	{
		id: 'link-download-untrusted',
		family: 'remote-control',
		kind: 'action',
		weight: 40,
		explanation: {
			zh_CN:
				'安装包来自一串数字地址、短网址或免费托管网站。正规 App 只从应用商店或官方网站下载，这种安装包很可能是木马或远程控制软件。',
			zh_TW:
				'安裝檔來自一串數字位址、短網址或免費託管網站。正規 App 只從應用商店或官方網站下載，這種安裝檔很可能是木馬或遠端控制軟體。',
			en: 'The installer comes from a bare IP address, a link shortener or a free hosting site. Real apps come from app stores or official sites; this is likely malware or a remote-control tool.',
		},
	},
	{
		id: 'link-remote-control',
		family: 'remote-control',
		kind: 'action',
		weight: 30,
		explanation: {
			zh_CN:
				'这是远程控制软件（如 AnyDesk、TeamViewer、向日葵、ToDesk）。退款从来不需要别人远程操作你的手机或电脑。',
			zh_TW:
				'這是遠端控制軟體（如 AnyDesk、TeamViewer、向日葵、ToDesk）。退款從來不需要別人遠端操作你的手機或電腦。',
			en: 'This is remote-control software (AnyDesk, TeamViewer, Sunlogin, ToDesk...). No refund ever needs someone to control your phone or computer.',
		},
	},
	{
		id: 'link-screen-share',
		family: 'remote-control',
		kind: 'context',
		weight: 15,
		explanation: {
			zh_CN: '这是视频会议的入会链接。骗子会让你在会议里“共享屏幕”，从而看到验证码和余额。',
			zh_TW: '這是視訊會議的入會連結。詐騙者會讓你在會議裡「分享螢幕」，從而看到驗證碼和餘額。',
			en: 'This is a video-meeting link. Scammers ask victims to share their screen in a meeting to see codes and balances.',
		},
	},
	{
		id: 'link-unofficial',
		family: 'fake-refund-page',
		kind: 'action',
		weight: 8,
		explanation: {
			zh_CN:
				'链接指向的不是任何已知平台、银行或快递公司的官方网站。退款、理赔只在平台自己的 App 或网站里办理。',
			zh_TW:
				'連結指向的不是任何已知平台、銀行或快遞公司的官方網站。退款、理賠只在平台自己的 App 或網站裡辦理。',
			en: 'The link does not go to the official site of any known shop, bank or courier. Refunds and claims are only handled in the platform’s own app or site.',
		},
	},
	{
		id: 'link-official',
		family: 'fake-refund-page',
		kind: 'benign',
		weight: 20,
		explanation: {
			zh_CN: '链接指向官方网站。',
			zh_TW: '連結指向官方網站。',
			en: 'The link goes to an official site.',
		},
	},
	// ── contacts in text ──
	{
		id: 'contact-mobile',
		family: 'off-platform',
		kind: 'context',
		weight: 10,
		explanation: {
			zh_CN: '消息里给了一个个人手机号。平台客服不会让你打私人手机联系。',
			zh_TW: '訊息裡給了一個個人手機號碼。平台客服不會讓你打私人手機聯絡。',
			en: 'The message gives a personal mobile number. Platform support does not ask you to call a private mobile.',
		},
	},
	{
		id: 'contact-official-hotline',
		family: 'off-platform',
		kind: 'benign',
		weight: 15,
		explanation: {
			zh_CN: '这是官方公布的客服或反诈热线。',
			zh_TW: '這是官方公佈的客服或反詐專線。',
			en: 'This is an officially published service or anti-fraud line.',
		},
	},
	{
		id: 'contact-400',
		family: 'off-platform',
		kind: 'context',
		weight: 5,
		explanation: {
			zh_CN: '这是一个 400/800 企业号码，但不是已知平台或银行的官方热线。请到官方 App 里核实客服电话。',
			zh_TW: '這是一個 400/800 企業號碼，但不是已知平台或銀行的官方熱線。請到官方 App 裡核實客服電話。',
			en: 'This is a 400/800 business number, not a known official hotline. Look the number up in the official app.',
		},
	},
	{
		id: 'contact-overseas',
		family: 'off-platform',
		kind: 'context',
		weight: 15,
		explanation: {
			zh_CN: '这是境外电话号码。冒充国内客服的诈骗电话常来自境外。',
			zh_TW: '這是境外電話號碼。冒充客服的詐騙電話常來自境外。',
			en: 'This is an overseas phone number; fake “local support” calls often come from abroad.',
		},
	},
	{
		id: 'contact-overseas-risky',
		family: 'off-platform',
		kind: 'action',
		weight: 25,
		explanation: {
			zh_CN: '这是东南亚等诈骗高发地区的境外号码（如 +63、+855、+95）。国内平台客服不会用这样的号码联系你。',
			zh_TW: '這是東南亞等詐騙高發地區的境外號碼（如 +63、+855、+95）。平台客服不會用這樣的號碼聯絡你。',
			en: 'This is a number from a region where scam call centres operate (such as +63, +855, +95). Platform support does not call from these.',
		},
	},
	{
		id: 'contact-us-tollfree',
		family: 'callback-invoice',
		kind: 'context',
		weight: 12,
		explanation: {
			zh_CN: '这是美国免费电话号码。假发票、假续费邮件常让你打这种号码“取消订单”。',
			zh_TW: '這是美國免付費電話號碼。假發票、假續費郵件常讓你打這種號碼「取消訂單」。',
			en: 'This is a US toll-free number. Fake invoices and renewal notices ask you to call such numbers to “cancel”. Look the number up on the company’s own site instead.',
		},
	},
	{
		id: 'contact-qq',
		family: 'off-platform',
		kind: 'action',
		weight: 25,
		explanation: {
			zh_CN: '对方给了 QQ 号或 QQ 群。官方客服不会让你加 QQ 处理退款，离开平台后的对话没有任何保障。',
			zh_TW: '對方給了 QQ 號或 QQ 群。官方客服不會讓你加 QQ 處理退款，離開平台後的對話沒有任何保障。',
			en: 'The message gives a QQ number or group. Official support never moves a refund to QQ; off the platform nothing protects you.',
		},
	},
	{
		id: 'contact-wechat',
		family: 'off-platform',
		kind: 'action',
		weight: 25,
		explanation: {
			zh_CN: '对方给了微信号。官方客服不会让你加微信处理退款或理赔。',
			zh_TW: '對方給了微信號。官方客服不會讓你加微信處理退款或理賠。',
			en: 'The message gives a WeChat id. Official support never asks you to add them on WeChat to handle a refund.',
		},
	},
	{
		id: 'contact-telegram',
		family: 'off-platform',
		kind: 'action',
		weight: 25,
		explanation: {
			zh_CN: '对方给了 Telegram 账号或链接，这是把你带离平台的常见手法。',
			zh_TW: '對方給了 Telegram 帳號或連結，這是把你帶離平台的常見手法。',
			en: 'The message gives a Telegram handle or link, a common way to move you off the platform.',
		},
	},
	{
		id: 'contact-whatsapp',
		family: 'off-platform',
		kind: 'action',
		weight: 25,
		explanation: {
			zh_CN: '对方给了 WhatsApp 号码或链接，这是把你带离平台的常见手法。',
			zh_TW: '對方給了 WhatsApp 號碼或連結，這是把你帶離平台的常見手法。',
			en: 'The message gives a WhatsApp number or link, a common way to move you off the platform.',
		},
	},
	{
		id: 'contact-email',
		family: 'off-platform',
		kind: 'context',
		weight: 5,
		explanation: {
			zh_CN: '消息里有一个邮箱地址，请确认它属于官方。',
			zh_TW: '訊息裡有一個電子郵件地址，請確認它屬於官方。',
			en: 'The message contains an e-mail address; check that it belongs to the company.',
		},
	},
	{
		id: 'contact-email-impersonation',
		family: 'off-platform',
		kind: 'action',
		weight: 35,
		explanation: {
			zh_CN: '邮箱地址冒用了知名平台或银行的名字，但不是它的官方域名。',
			zh_TW: '電子郵件地址冒用了知名平台或銀行的名稱，但不是它的官方網域。',
			en: 'The e-mail address uses a well-known brand’s name on a domain that is not the brand’s.',
		},
	},
	// ── QR payloads ──
	{
		id: 'qr-wechat-friend',
		family: 'off-platform',
		kind: 'action',
		weight: 30,
		explanation: {
			zh_CN: '这个二维码会让你添加一个微信好友。官方客服不会让你扫码加微信。',
			zh_TW: '這個 QR 碼會讓你加入一個微信好友。官方客服不會讓你掃碼加微信。',
			en: 'This QR code adds a WeChat contact. Official support never asks you to scan a code to add them on WeChat.',
		},
	},
	{
		id: 'qr-wechat-group',
		family: 'off-platform',
		kind: 'action',
		weight: 35,
		explanation: {
			zh_CN: '这个二维码会让你加入一个微信群。“理赔群”“退款群”都是骗局。',
			zh_TW: '這個 QR 碼會讓你加入一個微信群組。「理賠群」「退款群」都是騙局。',
			en: 'This QR code joins a WeChat group. “Claims groups” and “refund groups” are scams.',
		},
	},
	{
		id: 'qr-wechat-pay',
		family: 'fake-refund',
		kind: 'action',
		weight: 35,
		explanation: {
			zh_CN: '这是微信付款码，扫了是你给对方付钱，不是收退款。',
			zh_TW: '這是微信付款碼，掃了是你付錢給對方，不是收退款。',
			en: 'This is a WeChat Pay code: scanning it pays the other side; it never receives a refund.',
		},
	},
	{
		id: 'qr-alipay',
		family: 'fake-refund',
		kind: 'action',
		weight: 35,
		explanation: {
			zh_CN: '这是支付宝收款/付款码，扫了是你给对方付钱，不是收退款。',
			zh_TW: '這是支付寶收款／付款碼，掃了是你付錢給對方，不是收退款。',
			en: 'This is an Alipay payment code: scanning it pays the other side; it never receives a refund.',
		},
	},
	{
		id: 'qr-qq',
		family: 'off-platform',
		kind: 'action',
		weight: 30,
		explanation: {
			zh_CN: '这个二维码会让你添加 QQ 好友或加入 QQ 群。官方客服不会让你扫码加 QQ。',
			zh_TW: '這個 QR 碼會讓你加入 QQ 好友或 QQ 群組。官方客服不會讓你掃碼加 QQ。',
			en: 'This QR code adds a QQ contact or group. Official support never asks you to scan a code to add them on QQ.',
		},
	},
	{
		id: 'qr-tel',
		family: 'callback-invoice',
		kind: 'context',
		weight: 10,
		explanation: {
			zh_CN: '这个二维码会拨打一个电话号码。请只拨打官方 App 或网站上公布的号码。',
			zh_TW: '這個 QR 碼會撥打一個電話號碼。請只撥打官方 App 或網站上公佈的號碼。',
			en: 'This QR code dials a phone number. Only call numbers published in the official app or site.',
		},
	},
];
