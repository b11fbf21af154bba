import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/shared/findings';
import { type FixtureServer, startFixtureServer } from './fixture-server';
import { CHROME_PATH, CONTENT_STATE_EXPRESSION, REPO_ROOT } from './harness';

/**
 * A hidden tab does no work until it is shown. This file drives Chromium with puppeteer-core instead of the shared
 * playwright harness: playwright turns on focus emulation for every page it attaches to, which keeps background
 * tabs "visible"; puppeteer does not, so a tab opened in the background really is `document.hidden`.
 */

const SESSION = `${CONTENT_STATE_EXPRESSION}?.session`;
let browser: Browser;
let server: FixtureServer;
let worker: WebWorker;
let profile: string;
let extensionOrigin = '';

beforeAll(async () => {
	server = await startFixtureServer();
	profile = mkdtempSync(join(tmpdir(), 'refund-guard-hidden-'));
	const dist = join(REPO_ROOT, 'dist');
	browser = await puppeteer.launch({
		executablePath: CHROME_PATH,
		headless: true,
		userDataDir: profile,
		ignoreDefaultArgs: ['--disable-extensions'],
		args: [
			`--disable-extensions-except=${dist}`,
			`--load-extension=${dist}`,
			'--no-sandbox',
			'--ignore-certificate-errors',
			`--host-resolver-rules=MAP * 127.0.0.1:${server.port}`,
		],
	});
	const target = await browser.waitForTarget(
		(t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
	);
	worker = (await target.worker())!;
	extensionOrigin = `chrome-extension://${new URL(target.url()).host}`;
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Evaluates in the content script's isolated world of the page's top frame. */
async function inContentScript<T>(page: Page, expression: string): Promise<T | undefined> {
	const session = await page.createCDPSession();
	const contexts: { id: number; origin: string; auxData?: { type?: string; frameId?: string } }[] = [];
	session.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
	await session.send('Runtime.enable');
	await new Promise((r) => setTimeout(r, 200));
	const top = page.mainFrame();
	const ctx =
		contexts.find(
			(c) =>
				c.auxData?.type === 'isolated' &&
				c.origin === extensionOrigin &&
				c.auxData.frameId === (top as unknown as { _id: string })._id,
		) ?? contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === extensionOrigin);
	if (!ctx) {
		await session.detach();
		return undefined;
	}
	const reply = await session.send('Runtime.evaluate', {
		expression,
		contextId: ctx.id,
		returnByValue: true,
	});
	await session.detach();
	return reply.result.value as T;
}

async function tabFindings(tabId: number): Promise<Finding[]> {
	return worker.evaluate(async (id: number) => {
		const key = `tab:${id}`;
		const stored = (await chrome.storage.session.get(key))[key] as
			| { frames?: Record<string, { findings?: Record<string, unknown> }> }
			| undefined;
		return Object.values(stored?.frames ?? {}).flatMap((f) => Object.values(f.findings ?? {}));
	}, tabId) as Promise<Finding[]>;
}

describe('hidden tab', () => {
	it('does no work in a hidden tab until it is shown', async () => {
		const front = await browser.newPage();
		await front.goto('https://www.example.com/smoke.html');
		const url = 'https://amos.alicdn.com/chat/scam.html';
		const tabId = await worker.evaluate(
			async (u: string) => (await chrome.tabs.create({ url: u, active: false })).id as number,
			url,
		);
		const target = await browser.waitForTarget((t) => t.url() === url);
		const page = (await target.page())!;
		await page.waitForFunction(() => document.readyState === 'complete');
		expect(await page.evaluate(() => document.visibilityState)).toBe('hidden');
		// Booted, but idle.
		await new Promise((r) => setTimeout(r, 1500));
		expect(await inContentScript(page, `!!${SESSION}`)).toBe(true);
		expect(
			await inContentScript(
				page,
				`({ slices: ${SESSION}.queue.slices, units: ${SESSION}.scanner.unitsJudged })`,
			),
		).toEqual({ slices: 0, units: 0 });
		expect(await tabFindings(tabId)).toEqual([]);

		await worker.evaluate(
			(id: number) => chrome.tabs.update(id, { active: true }).then(() => undefined),
			tabId,
		);
		await expect.poll(() => page.evaluate(() => document.visibilityState)).toBe('visible');
		await expect
			.poll(() => inContentScript<number>(page, `${SESSION}.scanner.unitsJudged`), { timeout: 10_000 })
			.toBeGreaterThan(0);
		await expect
			.poll(async () => (await tabFindings(tabId)).some((f) => f.level === 'danger'), { timeout: 10_000 })
			.toBe(true);
	});
});
