import { describeSignalTable, type FlagCase } from '../../../test/unit/signal-table';

/** "You got too much, send the difference back", from a shop or a buyer: each must reach at least caution. */
const FLAGS: readonly FlagCase[] = [
	{ text: '我們系統重複退款給您兩次，共多退 NT$2,980，請您在今天內以超商代碼繳費方式退回，代碼已簡訊傳送' },
	{
		text: 'Check deposited? Great, now please send the $1,000 difference to the shipper via Zelle today so he can come tomorrow.',
		context: [
			"I'll take the bike. I'm sending $1,450 by check, the bike is $450.",
			'The extra $1,000 is for the shipper.',
		],
	},
	{
		text: 'Regarding your Marketplace sale: I already paid via "Zelle Business" but the money is held until you confirm. Please text me on WhatsApp at +1 (415) 820-7719.',
	},
	{ text: '亲，刚才给您退款的时候手抖多输了一个0，您多收了900，麻烦您支付宝转回给我' },
];

/** Genuine refunds to a gift card balance and advice that quotes the script. */
const QUIET: readonly string[] = [
	'Your Amazon refund of $34.99 has been credited to your gift card balance. You can view it under Your Account > Gift Cards.',
	'Your Venmo payment of $45.00 to Jenny was refunded because it was sent twice. The duplicate has been returned to your balance.',
	'Hi, I am from the moving company. The balance of $300 is due on delivery, you can pay by card or Zelle to our business account listed on the invoice.',
	"Hi! It's the Depop seller. So sorry about the stain - I've sent you a partial refund through Depop. Let me know if you'd like to return it instead.",
	'Western Union alert: Your transfer to Maria G. has been picked up. If you did not make this transfer, call us at the number on our website.',
	"Cash App: You received $89.00 from Tom's Shop (refund). It's in your balance.",
	"If someone says they overpaid you and asks you to send the difference back, it's a scam. Contact the platform directly.",
	'PSA: scammers are sending texts saying "we overpaid your refund, please send back the difference in gift cards". Amazon will never ask you to do this.',
];

describeSignalTable('overpayment signals', FLAGS, QUIET);
