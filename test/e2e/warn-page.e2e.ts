/**
 * The warnings of the built extension on fixture pages, found through the accessibility tree (which Chromium builds
 * across closed shadow roots): warnings after the scam messages of a chat, one per message; dismiss, "this is fine",
 * copy evidence and learn more; styled on a strict-CSP page; the page banner and the field warning of a fake refund
 * form.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settled } from './content-helpers';
import { type Harness, launch } from './harness';
import { clickWarningButton, computedStyle, type FoundWarning, findWarnings } from './warn-ax';

let h: Harness;
const PRODUCT = /^RefundGuard: /;

beforeAll(async () => {
	h = await launch({ locale: 'en-US' });
	await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

afterAll(async () => {
	await h?.close();
});

async function warningsOn(page: Page, atLeast: number, timeoutMs = 20_000): Promise<FoundWarning[]> {
	const cdp = await h.cdp(page);
	const until = Date.now() + timeoutMs;
	let found: FoundWarning[] = [];
	while (Date.now() < until) {
		found = await findWarnings(cdp, PRODUCT);
		if (found.length >= atLeast) return found;
		await page.waitForTimeout(250);
	}
	return found;
}

async function waitFor<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
	const until = Date.now() + timeoutMs;
	let v = await fn();
	while (!ok(v) && Date.now() < until) {
		await new Promise((r) => setTimeout(r, 200));
		v = await fn();
	}
	return v;
}

/** Warning hosts the page can see: unnamed, class-less elements right after or inside a message bubble. */
function hostsPerMessage(page: Page): Promise<number[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('.msg')].map((msg) => {
			const own = [...msg.children].filter((c) => c.tagName === 'DIV' && !c.className).length;
			const next = msg.nextElementSibling;
			return own + (next && next.tagName === 'DIV' && !next.className ? 1 : 0);
		}),
	);
}

describe('warnings of the built extension (Chromium)', () => {
	it('warns after the scam messages of a chat, one warning per message, named by the product', async () => {
		const page = await h.openFixture('shop.example', '/warn/chat.html');
		const found = await warningsOn(page, 2);
		expect(found.some((w) => w.role === 'alert' && w.name.startsWith('RefundGuard: Danger: '))).toBe(true);
		expect(found.every((w) => (w.role === 'alert') === w.name.startsWith('RefundGuard: Danger'))).toBe(true);
		const perMessage = await hostsPerMessage(page);
		expect(Math.max(...perMessage)).toBe(1);
		// The user's own messages are not warned.
		expect(perMessage[0]).toBe(0);
		// The matched phrases are highlighted in the message itself, through the CSS Custom Highlight API.
		expect(
			await page.evaluate(() => (CSS as unknown as { highlights: { size: number } }).highlights.size),
		).toBeGreaterThan(0);
		await page.close();
	});

	it('is reachable with the keyboard, with a visible focus ring', async () => {
		const page = await h.openFixture('keys.example', '/warn/chat.html');
		const cdp = await h.cdp(page);
		await warningsOn(page, 1);
		await page.bringToFront();
		let inWarning = false;
		for (let i = 0; i < 12 && !inWarning; i++) {
			await page.keyboard.press('Tab');
			inWarning = await page.evaluate(() => {
				const el = document.activeElement;
				return (
					!!el &&
					el.tagName === 'DIV' &&
					!el.className &&
					!!el.previousElementSibling?.matches('.msg, .msg *')
				);
			});
		}
		expect(inWarning).toBe(true);
		type Node = {
			backendDOMNodeId?: number;
			role?: { value?: string };
			properties?: { name: string; value: { value?: unknown } }[];
		};
		const focusedNode = async () => {
			const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Node[] };
			return nodes.find(
				(n) =>
					n.role?.value !== 'RootWebArea' &&
					n.properties?.some((p) => p.name === 'focused' && p.value.value === true),
			);
		};
		const focused = await waitFor(focusedNode, (n) => n !== undefined, 3000);
		// The first stop inside a danger warning is its first link (tel:110), then its buttons.
		expect(['link', 'button']).toContain(focused?.role?.value);
		const style = await computedStyle(cdp, focused as never, ['outline-style', 'outline-width']);
		expect(style).toEqual({ 'outline-style': 'solid', 'outline-width': '3px' });
		await page.close();
	});

	it('backs off on a page that removes foreign nodes instead of fighting it', async () => {
		const page = await h.openFixture('hostile.example', '/warn/chat-removes-foreign.html');
		await page.waitForFunction(
			() => (window as unknown as { removedForeign: number }).removedForeign > 0,
			null,
			{
				timeout: 20_000,
			},
		);
		await page.waitForTimeout(3000);
		const removed = await page.evaluate(
			() => (window as unknown as { removedForeign: number }).removedForeign,
		);
		await page.waitForTimeout(2000);
		// Each warning is put back at most once, then left alone: the count stops growing.
		expect(await page.evaluate(() => (window as unknown as { removedForeign: number }).removedForeign)).toBe(
			removed,
		);
		expect(removed).toBeLessThanOrEqual(2 * 4);
		await page.close();
	});

	it('a chat that re-renders its thread keeps one warning per message', async () => {
		const page = await h.openFixture('rerender.example', '/warn/chat-rerenders.html');
		await warningsOn(page, 2);
		await page.waitForFunction(() => document.documentElement.dataset.renders === '2', null, {
			timeout: 20_000,
		});
		const found = await warningsOn(page, 2);
		expect(found.length).toBeGreaterThanOrEqual(2);
		expect(Math.max(...(await hostsPerMessage(page)))).toBe(1);
		await page.close();
	});

	it('dismiss removes the warning and lowers the badge', async () => {
		const page = await h.openFixture('shop.example', '/warn/chat.html');
		const cdp = await h.cdp(page);
		await warningsOn(page, 2);
		// Every warning of the page placed (they are mounted per frame, so a slice's later ones may still come).
		await settled(h, page);
		const before = await findWarnings(cdp, PRODUCT);
		const badgeBefore = Number(
			await waitFor(
				() => h.badgeText(page),
				(t) => t !== '',
			),
		);
		await clickWarningButton(page, cdp, before[0]!, 'Dismiss');
		const after = await waitFor(
			() => findWarnings(cdp, PRODUCT),
			(f) => f.length === before.length - 1,
		);
		expect(after).toHaveLength(before.length - 1);
		expect(
			Number(
				await waitFor(
					() => h.badgeText(page),
					(t) => Number(t) < badgeBefore,
				),
			),
		).toBe(badgeBefore - 1);
		await page.close();
	});

	it('copy evidence puts a plain-text summary on the clipboard', async () => {
		const page = await h.openFixture('shop.example', '/warn/chat.html');
		const cdp = await h.cdp(page);
		const [first] = await warningsOn(page, 1);
		await clickWarningButton(page, cdp, first!, 'Copy evidence');
		const text = await waitFor(
			() => page.evaluate(() => navigator.clipboard.readText()),
			(t) => t.includes('RefundGuard evidence summary'),
		);
		expect(text).toContain('Page: https://shop.example/warn/chat.html');
		expect(text).toMatch(/Time: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d/);
		expect(text).toContain('Signals:');
		await page.close();
	});

	it('learn more opens the tips page at the scam family in a new tab', async () => {
		const page = await h.openFixture('shop.example', '/warn/chat.html');
		const cdp = await h.cdp(page);
		const [first] = await warningsOn(page, 1);
		const opened = h.context.waitForEvent('page', { timeout: 15_000 });
		await clickWarningButton(page, cdp, first!, 'Learn about this scam');
		const tips = await opened;
		await tips.waitForLoadState('domcontentloaded');
		expect(tips.url()).toMatch(new RegExp(`^chrome-extension://${h.extensionId}/.*tips.*#`));
		await tips.close();
		await page.close();
	});

	it('"this is fine" removes the warnings of that sender and remembers the site in storage.local', async () => {
		const page = await h.openFixture('fine.example', '/warn/chat.html');
		const cdp = await h.cdp(page);
		const before = await warningsOn(page, 2);
		await clickWarningButton(page, cdp, before[0]!, 'This is fine');
		const stored = await waitFor(
			() =>
				h.evaluateInServiceWorker(async () => {
					const { settings } = await chrome.storage.local.get('settings');
					return (
						(settings as { allowList?: { site: string; sender: string }[] } | undefined)?.allowList ?? []
					).filter((e) => e.site === 'fine.example');
				}),
			(list) => list.length > 0,
		);
		expect(stored).toHaveLength(1);
		const after = await findWarnings(cdp, PRODUCT);
		expect(after.length).toBeLessThan(before.length);
		await page.close();
	});

	it('renders styled warnings on a strict-CSP page', async () => {
		const page = await h.openFixture('strict.example', '/warn/chat-strict-csp.html');
		// The page's own inline style is blocked: the CSP is in force.
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
			'rgba(0, 0, 0, 0)',
		);
		const found = await warningsOn(page, 1);
		const danger = found.find((w) => w.role === 'alert')!;
		expect(danger).toBeTruthy();
		const style = await computedStyle(await h.cdp(page), danger.node, [
			'background-color',
			'border-left-width',
			'font-size',
		]);
		expect(style).toEqual({
			'background-color': 'rgb(254, 243, 242)',
			'border-left-width': '5px',
			'font-size': '14px',
		});
		await page.close();
	});

	it('a fake refund form gets a page banner, and a field warning when the card field gets focus', async () => {
		const page = await h.openFixture('tb-refund-center.top', '/warn/refund-form.html');
		const banner = (await warningsOn(page, 1)).find((w) => /fake refund page/.test(w.name));
		expect(banner?.role).toBe('alert');
		await page.focus('#card');
		const withField = await warningsOn(page, 2);
		const field = withField.find((w) => w.name !== banner?.name || withField.length > 1);
		expect(withField.length).toBeGreaterThanOrEqual(2);
		expect(field?.role).toBe('alert');
		// The banner is in the flow at the top: the page's own header starts below it, uncovered.
		const layout = await page.evaluate(() => {
			const top = document.querySelector('.top')!.getBoundingClientRect();
			const first = document.body.firstElementChild!.getBoundingClientRect();
			return { headerTop: top.top, bannerBottom: first.bottom };
		});
		expect(layout.headerTop).toBeGreaterThanOrEqual(layout.bannerBottom - 1);
		await page.close();
	});
});
