import browser from 'webextension-polyfill';
import type { Handlers } from '../shared/messages';

/** The background's one handler map: every message type of `Messages` is answered here. */
export const handlers: Handlers = {
	ping: () => ({ pong: true, version: browser.runtime.getManifest().version }),
};
