import browser from 'webextension-polyfill';
import type { Handlers } from '../shared/messages';
import type { BackgroundService } from './background-service';
import { handleQrDecode } from './qr/qr-handler';

/** The background's one handler map: every message type of `Messages` is answered here. */
export function createHandlers(service: BackgroundService): Handlers {
	return {
		ping: () => ({ pong: true, version: browser.runtime.getManifest().version }),
		...service.handlers,
		'qr/decode': handleQrDecode,
	};
}
