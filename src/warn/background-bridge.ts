import type { FamilyId } from '../engine/types';
import type { BackgroundMessages } from '../shared/message-types';
import { callWith, type Envelope } from '../shared/messages';
import type { WarnBridge } from './types';

interface RuntimeLike {
	id?: string;
	sendMessage(message: unknown): Promise<unknown>;
}

function runtime(): RuntimeLike | null {
	const g = globalThis as { browser?: { runtime?: RuntimeLike }; chrome?: { runtime?: RuntimeLike } };
	const rt = g.browser?.runtime ?? g.chrome?.runtime;
	return rt?.id && typeof rt.sendMessage === 'function' ? rt : null;
}

/**
 * Tells the background what the user did with a warning. Uses the runtime directly (Firefox's `browser` returns
 * promises, and so does Chrome's `chrome.runtime.sendMessage` in MV3) so the warnings need no polyfill in tests.
 */
export function backgroundBridge(): WarnBridge | null {
	const rt = runtime();
	if (!rt) return null;
	const transport = (message: Envelope) => rt.sendMessage(message);
	return {
		async resolve(elementId, state, site, sender) {
			await callWith<'findings/resolve', BackgroundMessages>(transport, 'findings/resolve', {
				elementId,
				state,
				site,
				sender,
			});
		},
		async openTips(family: FamilyId | null) {
			await callWith<'tips/open', BackgroundMessages>(transport, 'tips/open', { family });
		},
	};
}
