import browser from 'webextension-polyfill';
import {
	callWith,
	type Envelope,
	type Messages,
	type MessageType,
	type RequestOf,
	type ResponseOf,
} from './messages';

/** Sends a typed message to the background (and any extension page listening) and returns its typed response. */
export function sendMessage<K extends MessageType<Messages>>(
	type: K,
	request: RequestOf<K, Messages>,
): Promise<ResponseOf<K, Messages>> {
	return callWith<K, Messages>((message: Envelope) => browser.runtime.sendMessage(message), type, request);
}
