import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { callWith, createMessageListener, envelope, type Handlers, RemoteError } from './messages';

interface TestMessages {
	double: { request: { n: number }; response: { n: number } };
	fail: { request: Record<string, never>; response: never };
}

const sender = {} as Runtime.MessageSender;

const handlers: Handlers<TestMessages> = {
	double: ({ n }) => ({ n: n * 2 }),
	fail: async () => {
		throw new TypeError('bad input');
	},
};

describe('message protocol', () => {
	const listener = createMessageListener(handlers);
	const transport = async (message: unknown) => listener(message, sender);

	it('round-trips a typed request to its handler and back', async () => {
		await expect(callWith<'double', TestMessages>(transport, 'double', { n: 21 })).resolves.toEqual({
			n: 42,
		});
	});

	it('carries a handler error across and rethrows it at the caller', async () => {
		const call = callWith<'fail', TestMessages>(transport, 'fail', {});
		await expect(call).rejects.toBeInstanceOf(RemoteError);
		await expect(call).rejects.toMatchObject({ remoteName: 'TypeError', message: 'bad input' });
	});

	it('stays silent on foreign messages and on types outside its map', () => {
		expect(listener({ type: 'double', request: { n: 1 } }, sender)).toBeUndefined();
		expect(listener('hello', sender)).toBeUndefined();
		expect(listener(envelope('unknown' as never, {} as never), sender)).toBeUndefined();
		expect(listener(envelope('toString' as never, {} as never), sender)).toBeUndefined();
	});

	it('rejects when nobody answers', async () => {
		await expect(
			callWith<'double', TestMessages>(async () => undefined, 'double', { n: 1 }),
		).rejects.toMatchObject({
			remoteName: 'NoReceiver',
		});
	});
});
