import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Finding } from '../../src/shared/findings';
import { CONTENT_STATE_EXPRESSION, type Harness } from './harness';

/** Helpers of the page-scanning e2e files (content-*.e2e.ts). */

/** The top frame's scanning session in the content script's isolated world. */
export const SESSION = `${CONTENT_STATE_EXPRESSION}?.session`;

/** The tab's findings as the background keeps them (storage.session), every frame. */
export async function findingsOf(h: Harness, page: Page): Promise<(Finding & { frameId: string })[]> {
	const tabId = await h.tabIdOf(page);
	return h.evaluateInServiceWorker(async (id) => {
		const key = `tab:${id}`;
		const stored = (await chrome.storage.session.get(key))[key] as
			| { frames?: Record<string, { findings?: Record<string, Finding> }> }
			| undefined;
		return Object.entries(stored?.frames ?? {}).flatMap(([frameId, f]) =>
			Object.values(f.findings ?? {}).map((finding) => ({ ...finding, frameId })),
		);
	}, tabId);
}

/** Waits until the top frame's queue has drained (and a little longer for the report round trip). */
export async function settled(h: Harness, page: Page): Promise<void> {
	await h.waitForContentScript(page);
	await expect
		.poll(() => h.evaluateInContentScript<boolean>(page, `!!${SESSION} && ${SESSION}.queue.idle`), {
			timeout: 10_000,
		})
		.toBe(true);
	await page.waitForTimeout(300);
}

/**
 * Closes the welcome tab the extension opens on install: it opens in front, and a fixture tab that is not the
 * active one gets no capture of the visible tab (the QR path) until it is.
 */
export async function closeWelcomeTab(h: Harness): Promise<void> {
	const welcome = h.extensionUrl('src/welcome/index.html');
	const deadline = Date.now() + 10_000;
	while (Date.now() < deadline) {
		const page = h.context.pages().find((p) => p.url() === welcome);
		if (page) {
			await page.close();
			return;
		}
		await new Promise((done) => setTimeout(done, 100));
	}
}
