import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { type Harness, REPO_ROOT } from './harness';

export const SCREENSHOTS = join(REPO_ROOT, 'test/e2e/__screenshots__');
export const SITE = 'popup-e2e.example.com';
/** A private build to test against while others rebuild dist/ (unset: the harness's default, dist/). */
export const EXTENSION_PATH = process.env.E2E_EXTENSION_PATH || undefined;

/** Polls outside a test body (expect.poll only works inside one). */
export async function waitFor<T>(read: () => Promise<T>, want: T, timeoutMs = 10_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	let last: T | undefined;
	while (Date.now() < deadline) {
		last = await read();
		if (last === want) return;
		await new Promise((r) => setTimeout(r, 150));
	}
	throw new Error(`waited ${timeoutMs} ms for ${String(want)}, last saw ${String(last)}`);
}

/** The warnings on a page as assistive technology sees them: alert/status nodes in every frame (closed shadow roots included). */
export async function warningsInAxTree(h: Harness, page: Page): Promise<number> {
	const cdp = await h.cdp(page);
	const { frameTree } = (await cdp.send('Page.getFrameTree')) as {
		frameTree: { frame: { id: string }; childFrames?: unknown[] };
	};
	const ids: string[] = [];
	const walk = (node: { frame: { id: string }; childFrames?: unknown[] }) => {
		ids.push(node.frame.id);
		for (const child of node.childFrames ?? []) walk(child as typeof node);
	};
	walk(frameTree);
	let count = 0;
	for (const frameId of ids) {
		const { nodes } = (await cdp.send('Accessibility.getFullAXTree', { frameId })) as {
			nodes: { role?: { value?: string }; ignored?: boolean }[];
		};
		count += nodes.filter(
			(n) => !n.ignored && (n.role?.value === 'alert' || n.role?.value === 'status'),
		).length;
	}
	await cdp.detach();
	return count;
}

/**
 * Opens the popup as a page for the given tab (the toolbar popup cannot be driven headless). With `newWindow`
 * it opens in its own window so the page stays visible, as it does behind the real popup.
 */
export async function openPopupFor(
	h: Harness,
	tabId: number,
	view = 'tab',
	newWindow = false,
): Promise<Page> {
	const path = `src/popup/index.html?tabId=${tabId}&view=${view}`;
	let popup: Page;
	if (newWindow) {
		const anyPage = h.context.pages()[0]!;
		const cdp = await h.context.newCDPSession(anyPage);
		const opened = h.context.waitForEvent('page');
		await cdp.send('Target.createTarget', { url: h.extensionUrl(path), newWindow: true });
		popup = await opened;
		await popup.waitForLoadState();
		await cdp.detach();
	} else {
		popup = await h.openExtensionPage(path);
	}
	await popup.setViewportSize({ width: 380, height: 640 });
	await expect.poll(() => popup.locator('main.popup').count()).toBe(1);
	return popup;
}

export async function shoot(page: Page, name: string): Promise<void> {
	mkdirSync(SCREENSHOTS, { recursive: true });
	await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export async function checkText(popup: Page, text: string): Promise<void> {
	await popup.locator('#check-text').fill(text);
	await popup.locator('form button[type="submit"]').click();
}

/** The level of the warning check-it-yourself shows, or 'none' when it shows the all-clear text. */
export async function checkResult(popup: Page): Promise<string> {
	await expect
		.poll(() => popup.locator('[data-testid="check-result"] > *').count(), { timeout: 5000 })
		.toBeGreaterThan(0);
	return popup.evaluate(() => {
		const host = document.querySelector('[data-testid="warning-host"]');
		const level = host?.shadowRoot?.querySelector('[data-level]')?.getAttribute('data-level');
		if (level) return level;
		return document.querySelector('[data-testid="check-result"] .none') ? 'none' : 'unknown';
	});
}
