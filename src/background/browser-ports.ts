import browser from 'webextension-polyfill';
import type { FamilyId } from '../engine/types';
import type { BadgeState } from '../shared/findings';
import type { ContentMessages } from '../shared/message-types';
import { callWith, type Envelope } from '../shared/messages';
import type { StorageAreaLike } from '../shared/storage-item';
import type { BackgroundPorts } from './background-service';

/** Badge colours: white on red for danger, black on amber for caution (both above 4.5:1 contrast). */
const BADGE_COLORS = {
	red: { background: '#C62828', text: '#FFFFFF' },
	amber: { background: '#FFB300', text: '#000000' },
} as const;

/** The extension page a warning's "learn more" opens; `#family-id` jumps to that family's card. */
export const TIPS_PAGE = 'src/popup/tips.html';

async function setBadge(tabId: number, badge: BadgeState): Promise<void> {
	try {
		await browser.action.setBadgeText({ tabId, text: badge.text });
		if (badge.color) {
			const colors = BADGE_COLORS[badge.color];
			await browser.action.setBadgeBackgroundColor({ tabId, color: colors.background });
			// setBadgeTextColor is missing in older browsers; the default white text is acceptable there.
			await browser.action.setBadgeTextColor?.({ tabId, color: colors.text });
		}
	} catch {
		// The tab was closed between the report and the paint: nothing to show.
	}
}

export function browserPorts(): BackgroundPorts {
	return {
		local: browser.storage.local as unknown as StorageAreaLike,
		session: browser.storage.session as unknown as StorageAreaLike,
		setBadge,
		sendToFrame: (tabId, frameId, type, request) =>
			callWith<typeof type, ContentMessages>(
				(message: Envelope) => browser.tabs.sendMessage(tabId, message, { frameId }),
				type,
				request,
			),
		tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
		openTab: async (url) => {
			await browser.tabs.create({ url });
		},
		tipsUrl: (family: FamilyId | null) => browser.runtime.getURL(TIPS_PAGE) + (family ? `#${family}` : ''),
		now: () => Date.now(),
	};
}
