import { type SiteProfile, senderWithin } from './site-profile';

/** WeChat web (wx.qq.com / wx2.qq.com): incoming bubbles `.you`, text in `.js_message_plain`. */
export const wechatWeb: SiteProfile = {
	id: 'wechat-web',
	category: 'messengers',
	matchesHost: (h) => /^(wx|wx2|wx8|web|szfilehelper|weixin)\.qq\.com$/.test(h) || h === 'wx.qq.com',
	role: () => 'chat',
	message: '.js_message_plain, .bubble_cont .plain',
	thread: '.chat_bd, #chatArea',
	sender: (m) => senderWithin(m, '.message', '.nickname, .avatar[title]'),
};
