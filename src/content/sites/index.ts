import { aliexpress } from './aliexpress';
import { amazon } from './amazon';
import { douyinShop } from './douyin-shop';
import { ebay } from './ebay';
import { gmail } from './gmail';
import { jd } from './jd';
import { messenger } from './messenger';
import { neteaseMail } from './netease-mail';
import { outlook } from './outlook';
import { pinduoduo } from './pinduoduo';
import { qqMail } from './qq-mail';
import type { SiteProfile } from './site-profile';
import { taobao } from './taobao';
import { telegramWeb } from './telegram-web';
import { wechatWeb } from './wechat-web';
import { whatsappWeb } from './whatsapp-web';
import { yahooMail } from './yahoo-mail';

/** Every site profile; the generic profile (in the scanner) covers every page, these add the known sites. */
export const SITE_PROFILES: readonly SiteProfile[] = [
	taobao,
	jd,
	pinduoduo,
	douyinShop,
	amazon,
	ebay,
	aliexpress,
	qqMail,
	neteaseMail,
	outlook,
	gmail,
	yahooMail,
	wechatWeb,
	telegramWeb,
	whatsappWeb,
	messenger,
];

/**
 * The profile for a host, or null. A profile whose code throws is skipped (and logged once by the caller), so
 * one broken profile never takes the others down.
 */
export function profileFor(
	host: string,
	onError: (id: string, error: unknown) => void = () => {},
	profiles: readonly SiteProfile[] = SITE_PROFILES,
): SiteProfile | null {
	for (const p of profiles) {
		try {
			if (p.matchesHost(host)) return p;
		} catch (error) {
			onError(p.id, error);
		}
	}
	return null;
}
