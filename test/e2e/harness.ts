/**
 * e2e harness: Debian's Chromium (`/usr/bin/chromium`, or `CHROME_PATH`) driven by playwright-core, headless, with the
 * built extension (`dist/`, run `npm run build` first) loaded, and every host name answered by a local fixture server.
 *
 * Usage in a test file (`test/e2e/<area>-<what>.e2e.ts`, run by `npx vitest run --config vitest.e2e.config.ts`):
 *
 *   import { afterAll, beforeAll, expect, it } from 'vitest';
 *   import { type Harness, launch } from './harness';
 *
 *   let h: Harness;
 *   beforeAll(async () => { h = await launch(); });          // one browser per file; options below
 *   afterAll(async () => { await h?.close(); });
 *
 *   it('...', async () => {
 *     const page = await h.openFixture('mail.qq.com', '/inbox.html');   // https://mail.qq.com/inbox.html
 *     const state = await h.evaluateInContentScript(page, 'globalThis[Symbol.for("refund-guard.content")]');
 *     const badge = await h.badgeText(page);                           // chrome.action.getBadgeText for its tab
 *     const popup = await h.openPopup();                               // popup.html as a normal tab
 *   });
 *
 * launch(options):
 *   locale?: string            UI language, e.g. 'zh-CN', 'zh-TW', 'en-US': `--lang` + env LANGUAGE, so
 *                              chrome.i18n.getUILanguage() and navigator.language follow it. Default 'en-US'.
 *   hosts?: string[]           Host patterns answered by the fixture server (Chromium rule syntax, e.g. '*.taobao.com').
 *                              Default: every host. Unlisted hosts then resolve nowhere (~NOTFOUND).
 *   extensionPath?: string     Default: dist/ of the repository.
 *   headless?: boolean         Default true (the demo passes false).
 *   viewport?: {width, height} Default 1280x800. colorScheme?: 'light' | 'dark'. args?: extra Chromium flags.
 *
 * Harness:
 *   context                    playwright BrowserContext (persistent; pages, CDP, events).
 *   server                     fixture server (fixture-server.ts): `requests` log, `setHeaders(host, path, headers)`,
 *                              `setResponse(host, path, body, headers?)`; sidecar `<file>.headers.json` files also work.
 *   extensionId                the extension's id; `extensionUrl(path)` -> chrome-extension://<id>/<path>.
 *   url(host, path, scheme?)   fixture URL, e.g. url('www.taobao.com', '/chat.html') -> 'https://www.taobao.com/chat.html'.
 *                              Served from test/fixtures/web/<host>/<path>, else test/fixtures/web/_default/<path>.
 *   openFixture(host, path)    new tab at that URL, waits for load.
 *   openExtensionPage(path)    new tab at an extension page (e.g. 'src/options/index.html'); openPopup(), openOptions(),
 *                              openWelcome() are shortcuts. Page errors there are collected in `errors`.
 *   serviceWorker()            the live background service worker (waits for it if it was stopped and is restarting).
 *   evaluateInServiceWorker(fn, arg?)  runs fn in the service worker, e.g. () => chrome.storage.session.get().
 *   stopServiceWorker()        stops the worker through CDP (ServiceWorker.stopWorker) to test a restart.
 *   tabIdOf(page)              the chrome.tabs id of a page (brings it to the front and asks the worker).
 *   badgeText(page) / badgeColor(page)  chrome.action.getBadgeText / getBadgeBackgroundColor for the page's tab.
 *   cdp(page)                  a CDP session for the page (e.g. Emulation.setCPUThrottlingRate, Accessibility.*).
 *   contentScriptFrames(page)  every frame where the content script's isolated world exists (same-process frames and
 *                              out-of-process iframes): [{ frameId, url, evaluate(expression) }].
 *   evaluateInContentScript(page, expression, frameUrl?)  evaluates an expression string in the content script's
 *                              isolated world of the top frame (or of the first frame whose URL matches frameUrl);
 *                              returns the value (JSON-serialisable), undefined when the content script is not there.
 *   waitForContentScript(page, frameUrl?)  resolves once the content script has booted in that frame.
 *   errors                     messages of uncaught errors and console errors in the service worker and extension
 *                              pages since launch (a test may assert it is empty).
 *   close()                    closes the browser, the server and the temporary profile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
	type BrowserContext,
	type CDPSession,
	chromium,
	type Frame,
	type Page,
	type Worker,
} from 'playwright-core';
import { type FixtureServer, startFixtureServer } from './fixture-server';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** Where the content script keeps its state in its isolated world (src/content/content-state.ts). */
export const CONTENT_STATE_EXPRESSION = 'globalThis[Symbol.for("refund-guard.content")]';

export interface LaunchOptions {
	locale?: string;
	hosts?: string[];
	extensionPath?: string;
	headless?: boolean;
	viewport?: { width: number; height: number };
	colorScheme?: 'light' | 'dark';
	args?: string[];
}

export interface ContentScriptFrame {
	frameId: string;
	url: string;
	evaluate<T = unknown>(expression: string): Promise<T>;
}

export interface Harness {
	context: BrowserContext;
	server: FixtureServer;
	extensionId: string;
	errors: string[];
	extensionUrl(path: string): string;
	url(host: string, path: string, scheme?: 'https' | 'http'): string;
	openFixture(host: string, path: string): Promise<Page>;
	openExtensionPage(path: string): Promise<Page>;
	openPopup(): Promise<Page>;
	openOptions(): Promise<Page>;
	openWelcome(): Promise<Page>;
	serviceWorker(): Promise<Worker>;
	evaluateInServiceWorker<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
	stopServiceWorker(): Promise<void>;
	tabIdOf(page: Page): Promise<number>;
	badgeText(page: Page): Promise<string>;
	badgeColor(page: Page): Promise<[number, number, number, number]>;
	cdp(page: Page): Promise<CDPSession>;
	contentScriptFrames(page: Page): Promise<ContentScriptFrame[]>;
	evaluateInContentScript<T = unknown>(
		page: Page,
		expression: string,
		frameUrl?: string | RegExp,
	): Promise<T | undefined>;
	waitForContentScript(page: Page, frameUrl?: string | RegExp, timeoutMs?: number): Promise<void>;
	close(): Promise<void>;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
	const extensionPath = options.extensionPath ?? join(REPO_ROOT, 'dist');
	const locale = options.locale ?? 'en-US';
	const server = await startFixtureServer();
	const target = `127.0.0.1:${server.port}`;
	// The rule rewrites host and port, so https://any.host/ (port 443) reaches the server's random port.
	const resolverRules = options.hosts
		? [...options.hosts.map((host) => `MAP ${host} ${target}`), 'MAP * ~NOTFOUND'].join(', ')
		: `MAP * ${target}`;
	const profile = mkdtempSync(join(tmpdir(), 'refund-guard-profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROME_PATH,
		headless: options.headless ?? true,
		ignoreDefaultArgs: ['--disable-extensions'],
		viewport: options.viewport ?? { width: 1280, height: 800 },
		colorScheme: options.colorScheme ?? 'light',
		locale,
		env: { ...process.env, LANGUAGE: locale.replace('-', '_'), LANG: `${locale.replace('-', '_')}.UTF-8` },
		args: [
			`--disable-extensions-except=${extensionPath}`,
			`--load-extension=${extensionPath}`,
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-quic',
			'--ignore-certificate-errors',
			`--host-resolver-rules=${resolverRules}`,
			`--lang=${locale}`,
			...(options.args ?? []),
		],
	});

	const errors: string[] = [];
	let extensionId = '';
	const isOurWorker = (worker: Worker) =>
		worker.url().startsWith('chrome-extension://') &&
		(extensionId === '' || worker.url().startsWith(`chrome-extension://${extensionId}/`));
	const watched = new WeakSet<Worker>();
	const watchWorker = (worker: Worker) => {
		if (watched.has(worker) || !isOurWorker(worker)) return;
		watched.add(worker);
		worker.on('console', (message) => {
			if (message.type() === 'error') errors.push(`service worker console: ${message.text()}`);
		});
	};
	context.on('serviceworker', watchWorker);
	for (const worker of context.serviceWorkers()) watchWorker(worker);
	const firstWorker =
		context.serviceWorkers().find(isOurWorker) ??
		(await context.waitForEvent('serviceworker', { predicate: isOurWorker, timeout: 30_000 }));
	watchWorker(firstWorker);
	extensionId = new URL(firstWorker.url()).host;

	const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
	const watchExtensionPage = (page: Page) => {
		page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
		page.on('console', (message) => {
			if (message.type() === 'error' && page.url().startsWith(extensionUrl(''))) {
				errors.push(`${page.url()} console: ${message.text()}`);
			}
		});
	};

	const serviceWorker = async (): Promise<Worker> => {
		const live = context.serviceWorkers().find(isOurWorker);
		if (live) return live;
		return context.waitForEvent('serviceworker', { predicate: isOurWorker, timeout: 30_000 });
	};

	const evaluateInServiceWorker = async <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> => {
		const worker = await serviceWorker();
		// playwright's PageFunction typing cannot relate a generic A to its Unboxed<A>.
		return worker.evaluate(fn as unknown as (arg: unknown) => R, arg as unknown);
	};

	const openExtensionPage = async (path: string): Promise<Page> => {
		const page = await context.newPage();
		watchExtensionPage(page);
		await page.goto(extensionUrl(path));
		return page;
	};

	const cdp = (page: Page) => context.newCDPSession(page);

	const tabIdOf = async (page: Page): Promise<number> => {
		await page.bringToFront();
		const id = await evaluateInServiceWorker(async () => {
			const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
			return tab?.id;
		});
		if (id === undefined) throw new Error('no active tab');
		return id;
	};

	const contentScriptFrames = async (page: Page): Promise<ContentScriptFrame[]> => {
		const found: ContentScriptFrame[] = [];
		const origin = `chrome-extension://${extensionId}`;
		// The page's session sees its same-process frames; each out-of-process iframe has its own session.
		const sessions: CDPSession[] = [await context.newCDPSession(page)];
		for (const frame of page.frames()) {
			if (frame === page.mainFrame()) continue;
			const session = await context.newCDPSession(frame as Frame).catch(() => null);
			if (session) sessions.push(session);
		}
		for (const session of sessions) {
			const contexts: { id: number; origin: string; auxData?: { frameId?: string; type?: string } }[] = [];
			session.on('Runtime.executionContextCreated', ({ context: created }) => contexts.push(created));
			await session.send('Runtime.enable');
			const { frameTree } = await session.send('Page.getFrameTree');
			const urls = new Map<string, string>();
			const walk = (node: typeof frameTree) => {
				urls.set(node.frame.id, node.frame.url);
				for (const child of node.childFrames ?? []) walk(child);
			};
			walk(frameTree);
			for (const created of contexts) {
				if (created.auxData?.type !== 'isolated' || created.origin !== origin) continue;
				const frameId = created.auxData.frameId ?? '';
				found.push({
					frameId,
					url: urls.get(frameId) ?? '',
					evaluate: async <T>(expression: string): Promise<T> => {
						const reply = await session.send('Runtime.evaluate', {
							expression,
							contextId: created.id,
							returnByValue: true,
							awaitPromise: true,
						});
						if (reply.exceptionDetails) {
							throw new Error(`content script evaluate: ${reply.exceptionDetails.exception?.description}`);
						}
						return reply.result.value as T;
					},
				});
			}
		}
		return found;
	};

	const evaluateInContentScript = async <T>(
		page: Page,
		expression: string,
		frameUrl?: string | RegExp,
	): Promise<T | undefined> => {
		const frames = await contentScriptFrames(page);
		const mainUrl = page.url();
		const match = frames.find((frame) =>
			frameUrl === undefined
				? frame.url === mainUrl
				: typeof frameUrl === 'string'
					? frame.url === frameUrl
					: frameUrl.test(frame.url),
		);
		return match ? match.evaluate<T>(expression) : undefined;
	};

	const waitForContentScript = async (page: Page, frameUrl?: string | RegExp, timeoutMs = 10_000) => {
		const deadline = Date.now() + timeoutMs;
		while (Date.now() < deadline) {
			if (await evaluateInContentScript(page, CONTENT_STATE_EXPRESSION, frameUrl)) return;
			await new Promise((done) => setTimeout(done, 100));
		}
		throw new Error(`content script did not boot in ${frameUrl ?? page.url()} within ${timeoutMs} ms`);
	};

	return {
		context,
		server,
		extensionId,
		errors,
		extensionUrl,
		url: (host, path, scheme = 'https') => `${scheme}://${host}/${path.replace(/^\//, '')}`,
		openFixture: async (host, path) => {
			const page = await context.newPage();
			await page.goto(`https://${host}/${path.replace(/^\//, '')}`);
			return page;
		},
		openExtensionPage,
		openPopup: () => openExtensionPage('src/popup/index.html'),
		openOptions: () => openExtensionPage('src/options/index.html'),
		openWelcome: () => openExtensionPage('src/welcome/index.html'),
		serviceWorker,
		evaluateInServiceWorker,
		stopServiceWorker: async () => {
			const page = context.pages()[0] ?? (await context.newPage());
			const session = await context.newCDPSession(page);
			await session.send('ServiceWorker.enable');
			const versions: { versionId: string; scriptURL: string; runningStatus: string }[] = [];
			session.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }) => versions.push(...updated));
			await new Promise((done) => setTimeout(done, 200));
			for (const version of versions) {
				if (version.scriptURL.startsWith(extensionUrl('')) && version.runningStatus === 'running') {
					await session.send('ServiceWorker.stopWorker', { versionId: version.versionId });
				}
			}
			await session.detach();
		},
		tabIdOf,
		badgeText: async (page) => {
			const tabId = await tabIdOf(page);
			return evaluateInServiceWorker((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
		},
		badgeColor: async (page) => {
			const tabId = await tabIdOf(page);
			return evaluateInServiceWorker(
				(id) =>
					chrome.action.getBadgeBackgroundColor({ tabId: id }) as Promise<[number, number, number, number]>,
				tabId,
			);
		},
		cdp,
		contentScriptFrames,
		evaluateInContentScript,
		waitForContentScript,
		close: async () => {
			await context.close().catch(() => {});
			await server.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}
