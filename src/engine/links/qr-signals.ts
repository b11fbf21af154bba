import type { Match } from '../types';
import { linkMatch } from './link-match';
import { urlSignals } from './url-signals';

/** Longest payload examined; QR codes hold at most ~7 KB anyway. */
const MAX_PAYLOAD = 8192;

const WECHAT_GROUP = /^(?:https?:\/\/)?weixin\.qq\.com\/g\//i;
const WECHAT_FRIEND =
	/^(?:(?:https?:\/\/)?(?:u\.wechat\.com|weixin\.qq\.com\/r\/|wechat\.com\/u\/)|weixin:\/\/(?:dl\/)?(?:contacts|addfriend|profile|qr))/i;
const WECHAT_PAY =
	/^(?:wxp:\/\/|(?:https?:\/\/)?(?:wx\.tenpay\.com|payapp\.weixin\.qq\.com|weixin\.qq\.com\/pay))/i;
const ALIPAY =
	/^(?:(?:https?:\/\/)?(?:qr\.alipay\.com|render\.alipay\.com\/p\/[a-z]\/fd-|ds\.alipay\.com)|alipays?:\/\/)/i;
const QQ =
	/^(?:(?:https?:\/\/)?(?:qm\.qq\.com|jq\.qq\.com|qun\.qq\.com|w\.url\.cn\/s\/)|mqqapi:\/\/|mqqopensdkapi:\/\/)/i;
const TEL = /^tel:/i;
const WEB = /^(?:https?:\/\/|www\.)/i;
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]{1,20}:/i;

/**
 * Signals of a decoded QR payload (source 'qr', start/end -1, text = the payload). A WeChat, QQ or payment
 * code is an action by itself; a web address gets the URL analysis; plain text comes back as `text` for the
 * text engine.
 */
export function qrSignals(payload: string): { signals: Match[]; text?: string } {
	const p = (payload.length > MAX_PAYLOAD ? payload.slice(0, MAX_PAYLOAD) : payload).trim();
	if (p.length === 0) return { signals: [] };
	const one = (id: string) => ({ signals: [linkMatch(id, payload, 'qr')] });
	if (WECHAT_GROUP.test(p)) return one('qr-wechat-group');
	if (WECHAT_FRIEND.test(p)) return one('qr-wechat-friend');
	if (WECHAT_PAY.test(p)) return one('qr-wechat-pay');
	if (ALIPAY.test(p)) return one('qr-alipay');
	if (QQ.test(p)) return one('qr-qq');
	if (TEL.test(p)) return one('qr-tel');
	if (WEB.test(p)) {
		const signals = urlSignals(p).map((m) => ({ ...m, source: 'qr' as const, text: payload }));
		return { signals };
	}
	// Other schemes (weixin://, alipays://, market://...) not known above: nothing to say about them.
	if (OTHER_SCHEME.test(p) && !/\s/.test(p.slice(0, 40)) && !/^[a-z]+:\s/i.test(p)) return { signals: [] };
	return { signals: [], text: payload };
}
