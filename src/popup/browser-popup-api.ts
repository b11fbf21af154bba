import browser from 'webextension-polyfill';
import { sendMessage } from '../shared/send-message';
import type { PopupApi } from './popup-api';

export function browserPopupApi(): PopupApi {
	return {
		getFindings: (tabId) => sendMessage('findings/get', { tabId }),
		reveal: async (tabId, frameId, elementId) =>
			(await sendMessage('findings/reveal', { tabId, frameId, elementId })).found,
		setPaused: async (site, paused) => {
			await sendMessage('site/pause', { site, paused });
		},
		openTips: async (family) => {
			await sendMessage('tips/open', { family });
		},
		openOptions: () => browser.runtime.openOptionsPage(),
	};
}
