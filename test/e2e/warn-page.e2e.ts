/**
 * The warnings of the built extension on fixture pages, found through the accessibility tree: caution and danger
 * after chat messages, the page banner and the field warning on a fake refund form, styled on strict-CSP pages;
 * dismiss, "this is fine", copy evidence and learn more.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';
import { clickWarningButton, computedStyle, type FoundWarning, findWarnings } from './warn-ax';

let h: Harness;
const EN = /^RefundGuard: /;

beforeAll(async () => {
	h = await launch({ locale: 'en-US' });
	await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

afterAll(async () => {
	await h?.close();
});

async function warningsOn(page: Page, expected: number, timeoutMs = 20_000): Promise<FoundWarning[]> {
	const cdp = await h.cdp(page);
	const until = Date.now() + timeoutMs;
	let found: FoundWarning[] = [];
	while (Date.now() < until) {
		found = await findWarnings(cdp, EN);
		if (found.length >= expected) return found;
		await page.waitForTimeout(250);
	}
	return found;
}

describe('warnings of the built extension (Chromium)', () => {
	it('warns after the scam messages of a chat, found through the accessibility tree', async () => {
		const page = await h.openFixture('shop.example', '/warn/chat.html');
		const found = await warningsOn(page, 2);
		console.log(found.map((w) => `${w.role} ${w.name}`));
		expect(found.some((w) => w.role === 'alert' && w.name.startsWith('RefundGuard: Danger: '))).toBe(true);
		await page.close();
	});
});
