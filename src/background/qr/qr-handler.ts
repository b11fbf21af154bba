import browser, { type Runtime } from 'webextension-polyfill';
import type { QrDecodeRequest, QrDecodeResponse } from './qr-request';
import { createQrService } from './qr-service';

/**
 * The background's `qr/decode` handler (registered in the background's handler map). Pixels come from a capture
 * of the visible tab when the sender's tab is the active one, else from the image URL through the HTTP cache.
 */
const service = createQrService({
	capture: (windowId) => browser.tabs.captureVisibleTab(windowId, { format: 'png' }),
	fetchImage: async (url) => {
		const response = await fetch(url, { cache: 'force-cache', credentials: 'omit' });
		if (!response.ok) throw new Error(`image ${response.status}`);
		return response.blob();
	},
	now: () => performance.now(),
});

export function handleQrDecode(
	request: QrDecodeRequest,
	sender: Runtime.MessageSender,
): Promise<QrDecodeResponse> {
	return service.decode(request, {
		tabId: sender.tab?.id,
		windowId: sender.tab?.windowId,
		active: sender.tab?.active,
		url: sender.tab?.url,
	});
}
