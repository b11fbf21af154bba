/**
 * Firefox e2e harness: Debian's firefox-esr (`/usr/bin/firefox-esr`, or `FIREFOX_PATH`) driven by puppeteer-core over
 * WebDriver BiDi, headless, with the built `dist-firefox/` installed as a temporary add-on (BiDi webExtension.install),
 * and the same fixture server as the Chromium harness.
 *
 *   const ff = await launchFirefox();
 *   const page = await ff.openFixture('mail.qq.com', '/inbox.html');     // https://mail.qq.com:<port>/inbox.html
 *   const tabId = await ff.tabIdOf(page.url());
 *   await ff.sendToContentScript(tabId, 'content/reveal', { elementId: 'x' }); // throws when no content script listens
 *   await ff.extensionEval(() => globalThis.browser.action.getBadgeText({})); // runs in an extension page
 *   await ff.close();
 *
 * How it differs from Chromium, and why:
 * - Host names: the pref `network.dns.forceResolve` sends every host to 127.0.0.1, but unlike Chromium's resolver
 *   rule it cannot change the port, so fixture URLs carry the server's port (`url(host, path)` builds them).
 * - Extension pages: Firefox 153 allows WebDriver navigation to moz-extension: URLs only with
 *   `--remote-allow-system-access`; the add-on's internal UUID is fixed through `extensions.webextensions.uuids`
 *   so the URLs are known. BiDi reports no load event for extension pages, so `openExtensionPage` polls the
 *   document instead of awaiting navigation.
 * - Content scripts: BiDi exposes no content-script realm (no isolated-world evaluate as with CDP), so a test
 *   proves a content script runs by messaging it from an extension page (`sendToContentScript`).
 * - Visibility: the content script does no work while its tab is hidden (`document.hidden`; it catches up when the
 *   tab shows), and in Firefox a tab behind another one in the window is hidden, headless included. A foreground tab
 *   opened after a fixture would stall its scan: the extension-API page opens in the background, the welcome tab the
 *   add-on opens on install is waited for and closed before any fixture opens, and `openFixture` brings its tab to
 *   the front.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import { type FixtureServer, startFixtureServer } from './fixture-server';
import { REPO_ROOT } from './harness';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Fixed internal UUID of the add-on in the test profile (any UUID works; fixed so URLs are predictable). */
export const FIREFOX_EXTENSION_UUID = '4b1c7c1e-6f0a-4e43-9d6c-5a0f3e2d9b11';
const GECKO_ID = 'refund-guard@refund-guard.invalid';

export interface FirefoxHarness {
	browser: Browser;
	server: FixtureServer;
	addonId: string;
	errors: string[];
	url(host: string, path: string): string;
	extensionUrl(path: string): string;
	openFixture(host: string, path: string): Promise<Page>;
	openExtensionPage(path: string): Promise<Page>;
	/** Runs fn in an extension page (options page, opened once), where `browser.*` extension APIs exist. */
	extensionEval<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
	tabIdOf(url: string): Promise<number>;
	/** Sends a typed-protocol message to the content script of a tab's top frame; resolves with its reply. */
	sendToContentScript(tabId: number, type: string, request: unknown): Promise<unknown>;
	close(): Promise<void>;
}

export async function launchFirefox(options: { extensionPath?: string } = {}): Promise<FirefoxHarness> {
	// E2E_FIREFOX_EXTENSION_PATH: a private build to test against while others rebuild dist-firefox/.
	const extensionPath =
		options.extensionPath ?? (process.env.E2E_FIREFOX_EXTENSION_PATH || join(REPO_ROOT, 'dist-firefox'));
	const server = await startFixtureServer();
	const profile = mkdtempSync(join(tmpdir(), 'refund-guard-firefox-'));
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX_PATH,
		headless: true,
		userDataDir: profile,
		acceptInsecureCerts: true,
		args: ['--remote-allow-system-access'],
		extraPrefsFirefox: {
			'network.dns.forceResolve': '127.0.0.1',
			'network.proxy.type': 0,
			'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
			'browser.shell.checkDefaultBrowser': false,
			'datareporting.policy.dataSubmissionEnabled': false,
		},
	});
	const errors: string[] = [];
	const addonId = await browser.installExtension(extensionPath);
	const extensionUrl = (path: string) =>
		`moz-extension://${FIREFOX_EXTENSION_UUID}/${path.replace(/^\//, '')}`;

	const openExtensionPage = async (path: string, background = false): Promise<Page> => {
		const page = await browser.newPage({ background });
		page.on('pageerror', (error) =>
			errors.push(`${path}: ${error instanceof Error ? error.message : String(error)}`),
		);
		const target = extensionUrl(path);
		// The navigation never reports completion for moz-extension pages: poll the document instead.
		page.goto(target, { timeout: 0 }).catch(() => {});
		const deadline = Date.now() + 15_000;
		while (Date.now() < deadline) {
			const state = await page
				.evaluate(() => ({ href: location.href, ready: document.readyState }))
				.catch(() => null);
			if (state?.href === target && state.ready === 'complete') return page;
			await new Promise((done) => setTimeout(done, 100));
		}
		throw new Error(`extension page ${path} did not load`);
	};

	let apiPage: Page | null = null;
	const extensionEval = async <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> => {
		// In the background: a foreground tab would hide the fixture tab and stall its content script.
		apiPage ??= await openExtensionPage('src/options/index.html', true);
		return apiPage.evaluate(fn as unknown as (arg: unknown) => R, arg as unknown) as Promise<R>;
	};

	// The add-on opens its welcome page on install, in the foreground, when its event page has started: under load
	// that can be after a test's fixture tab opened, hiding it. Wait for it and close it first.
	const welcome = extensionUrl('src/welcome/index.html');
	const welcomeDeadline = Date.now() + 15_000;
	while (Date.now() < welcomeDeadline) {
		const closed = await extensionEval(async (wanted: string) => {
			const api = (globalThis as unknown as { browser: WebExtensionApi }).browser;
			const ids = (await api.tabs.query({}))
				.filter((tab) => tab.url === wanted && tab.id !== undefined)
				.map((tab) => tab.id as number);
			if (ids.length > 0) await api.tabs.remove(ids);
			return ids.length > 0;
		}, welcome);
		if (closed) break;
		await new Promise((done) => setTimeout(done, 100));
	}

	return {
		browser,
		server,
		addonId,
		errors,
		url: (host, path) => `https://${host}:${server.port}/${path.replace(/^\//, '')}`,
		extensionUrl,
		openFixture: async (host, path) => {
			const page = await browser.newPage();
			await page.goto(`https://${host}:${server.port}/${path.replace(/^\//, '')}`);
			await page.bringToFront();
			return page;
		},
		openExtensionPage: (path) => openExtensionPage(path),
		extensionEval,
		tabIdOf: async (url) => {
			const id = await extensionEval(async (wanted: string) => {
				const api = (globalThis as unknown as { browser: WebExtensionApi }).browser;
				const tabs = await api.tabs.query({});
				return tabs.find((tab) => tab.url === wanted)?.id;
			}, url);
			if (id === undefined) throw new Error(`no tab with ${url}`);
			return id;
		},
		sendToContentScript: (tabId, type, request) =>
			extensionEval(
				({ tabId: id, type: messageType, request: payload }) =>
					(globalThis as unknown as { browser: WebExtensionApi }).browser.tabs.sendMessage(
						id,
						{ protocol: 'refund-guard/1', type: messageType, request: payload },
						{ frameId: 0 },
					),
				{ tabId, type, request },
			),
		close: async () => {
			await browser.close().catch(() => {});
			await server.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}
