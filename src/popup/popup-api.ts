import type { FamilyId } from '../engine/types';
import type { BackgroundMessages } from '../shared/message-types';
import type { ResponseOf } from '../shared/messages';

export type TabReport = ResponseOf<'findings/get', BackgroundMessages>;

/** What the popup and the tips page ask of the extension; the page binds it to the background, tests to fakes. */
export interface PopupApi {
	getFindings(tabId: number): Promise<TabReport>;
	reveal(tabId: number, frameId: number, elementId: string): Promise<boolean>;
	setPaused(site: string, paused: boolean): Promise<void>;
	openTips(family: FamilyId | null): Promise<void>;
	openOptions(): Promise<void>;
}
