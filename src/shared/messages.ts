/**
 * The typed message protocol between the content scripts, the extension pages and the background.
 *
 * - `Messages` maps each message type to its request and response. To add a message: add an entry here, then its
 *   handler to the background's one handler map (a missing handler is a type error there).
 * - Send with `sendMessage(type, request)` from `./send-message` (the browser binding); the promise resolves with the
 *   typed response or rejects with a `RemoteError` carrying the handler's error message.
 * - The background answers through `createMessageListener(handlers)`. A listener answers only the types of its own map
 *   and stays silent on others, so that several listeners (background, an offscreen document) can share the channel.
 *
 * This file holds the mechanism only and no browser binding, so it is unit-testable in Node.
 */
import type { Runtime } from 'webextension-polyfill';
import type { BackgroundMessages, QrMessages } from './message-types';

/** Where a message comes from; lets the background tell a page's frame from the extension's own pages. */
export type MessageOrigin = 'content' | 'popup' | 'options' | 'welcome' | 'test';

/** The product's messages are declared in `./message-types` (documented there); `ping` is the protocol's own. */
export interface Messages extends BackgroundMessages, QrMessages {
	/** Liveness check: answers with the extension's version. */
	ping: { request: { from: MessageOrigin }; response: { pong: true; version: string } };
}

export type MessageType<M = Messages> = keyof M & string;
export type RequestOf<K extends keyof M, M = Messages> = M[K] extends { request: infer Q } ? Q : never;
export type ResponseOf<K extends keyof M, M = Messages> = M[K] extends { response: infer R } ? R : never;

export interface Envelope<K extends string = string, Q = unknown> {
	/** Marks messages of this protocol so listeners ignore anything else on the runtime channel. */
	protocol: typeof PROTOCOL;
	type: K;
	request: Q;
}

export type Reply<R> = { ok: true; value: R } | { ok: false; error: { name: string; message: string } };

export type Handler<K extends keyof M, M = Messages> = (
	request: RequestOf<K, M>,
	sender: Runtime.MessageSender,
) => ResponseOf<K, M> | Promise<ResponseOf<K, M>>;

/** One handler per message type: the background's handler map must cover every entry of `Messages`. */
export type Handlers<M = Messages> = { [K in keyof M]: Handler<K, M> };

export const PROTOCOL = 'refund-guard/1' as const;

/** An error thrown by a handler on the other side, rethrown at the caller with the same name and message. */
export class RemoteError extends Error {
	readonly remoteName: string;
	constructor(remoteName: string, message: string) {
		super(message);
		this.name = 'RemoteError';
		this.remoteName = remoteName;
	}
}

export function envelope<K extends MessageType<M>, M = Messages>(
	type: K,
	request: RequestOf<K, M>,
): Envelope<K, RequestOf<K, M>> {
	return { protocol: PROTOCOL, type, request };
}

export function isEnvelope(message: unknown): message is Envelope {
	return (
		typeof message === 'object' &&
		message !== null &&
		(message as { protocol?: unknown }).protocol === PROTOCOL &&
		typeof (message as { type?: unknown }).type === 'string'
	);
}

/**
 * Builds a runtime.onMessage listener from a handler map. It returns a promise of a `Reply` for the types it knows
 * (handler errors become `{ok: false, error}`), and `undefined` for everything else so other listeners may answer.
 */
export function createMessageListener<M>(
	handlers: Handlers<M>,
): (message: unknown, sender: Runtime.MessageSender) => Promise<Reply<unknown>> | undefined {
	return (message, sender) => {
		if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined;
		const handler = handlers[message.type as keyof M] as (
			request: unknown,
			sender: Runtime.MessageSender,
		) => unknown;
		return (async (): Promise<Reply<unknown>> => {
			try {
				return { ok: true, value: await handler(message.request, sender) };
			} catch (error) {
				return { ok: false, error: toErrorShape(error) };
			}
		})();
	};
}

/** Sends through `transport` (runtime.sendMessage or tabs.sendMessage) and unwraps the reply or rethrows its error. */
export async function callWith<K extends MessageType<M>, M = Messages>(
	transport: (message: Envelope) => Promise<unknown>,
	type: K,
	request: RequestOf<K, M>,
): Promise<ResponseOf<K, M>> {
	const reply = (await transport(envelope<K, M>(type, request))) as Reply<ResponseOf<K, M>> | undefined;
	if (reply === undefined || reply === null || typeof reply !== 'object' || !('ok' in reply)) {
		throw new RemoteError('NoReceiver', `no handler answered the message "${type}"`);
	}
	if (!reply.ok) throw new RemoteError(reply.error.name, reply.error.message);
	return reply.value;
}

function toErrorShape(error: unknown): { name: string; message: string } {
	if (error instanceof Error) return { name: error.name, message: error.message };
	return { name: 'Error', message: String(error) };
}
