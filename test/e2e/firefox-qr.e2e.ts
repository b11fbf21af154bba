import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import type { Finding } from '../../src/shared/findings';
import { type FirefoxHarness, launchFirefox } from './firefox-harness';
import { REPO_ROOT } from './harness';

/**
 * The QR path in Firefox: the content script finds the candidate, the background event page gets the pixels
 * (a capture of the visible tab cropped to the element, or the image URL through the cache) and decodes them with
 * the bundled zxing-wasm, and the payload is judged. Observed where the product keeps its findings
 * (storage.session), since Firefox's WebDriver BiDi exposes no content-script realm. The <canvas> case has no image
 * URL to fall back on: its payload can only come from the capture of the visible tab.
 */
type PageGlobal = { browser: WebExtensionApi };
let ff: FirefoxHarness;

const CHAT = join(REPO_ROOT, 'test/fixtures/web/amos.alicdn.com/chat');

beforeAll(async () => {
	ff = await launchFirefox({ extensionPath: process.env.E2E_FIREFOX_EXTENSION_PATH || undefined });
	// Firefox reaches the fixture server by host name but cannot change the port (firefox-harness.ts): the chat
	// pages' absolute image URLs get the server's port, the pages are otherwise served as they are (strict CSP too).
	const withPort = (text: string) =>
		text.replaceAll('https://img.alicdn-static.net/', `https://img.alicdn-static.net:${ff.server.port}/`);
	const csp = JSON.parse(readFileSync(join(CHAT, 'qr.html.headers.json'), 'utf8')) as Record<string, string>;
	for (const file of ['qr.html', 'qr-canvas.html', 'qr-css.html']) {
		ff.server.setResponse(
			'amos.alicdn.com',
			`/chat/${file}`,
			withPort(readFileSync(join(CHAT, file), 'utf8')),
			{
				'Content-Type': 'text/html; charset=utf-8',
				...csp,
			},
		);
	}
	ff.server.setResponse(
		'amos.alicdn.com',
		'/chat/qr-canvas.js',
		withPort(readFileSync(join(CHAT, 'qr-canvas.js'), 'utf8')),
		{
			'Content-Type': 'text/javascript',
		},
	);
}, 120_000);
afterAll(async () => {
	await ff?.close();
});

async function findings(tabId: number): Promise<Finding[]> {
	return ff.extensionEval(async (id) => {
		const key = `tab:${id}`;
		const stored = (await (globalThis as unknown as PageGlobal).browser.storage.session.get(key))[key] as
			| { frames?: Record<string, { findings?: Record<string, Finding> }> }
			| undefined;
		return Object.values(stored?.frames ?? {}).flatMap((f) => Object.values(f.findings ?? {}));
	}, tabId);
}

const send = (type: string, request: unknown) =>
	ff.extensionEval(
		({ type, request }) =>
			(globalThis as unknown as PageGlobal).browser.runtime.sendMessage({
				protocol: 'refund-guard/1',
				type,
				request,
			}),
		{ type, request },
	);

describe('QR decoding in Firefox (event page, zxing-wasm)', () => {
	it('decodes an image URL in the background event page', async () => {
		const reply = (await send('qr/decode', {
			rect: { x: 0, y: 0, width: 222, height: 222 },
			viewport: { width: 1280, height: 800 },
			src: ff.url('img.alicdn-static.net', '/qr/wechat-group.png'),
		})) as { ok: boolean; value?: { payloads: string[]; via: string } };
		expect(reply.value).toMatchObject({
			payloads: ['https://weixin.qq.com/g/AQYAAJ2k-fakegroup'],
			via: 'fetch',
		});
	});

	it.each([
		['<img>', '/chat/qr.html', 'order=2931'],
		['<canvas>', '/chat/qr-canvas.html', 'order=5120'],
		['stylesheet background', '/chat/qr-css.html', 'order=7788'],
	])(
		'decodes and judges a cross-origin QR code (%s) on a strict-CSP chat page',
		async (_kind, path, payload) => {
			const page = await ff.openFixture('amos.alicdn.com', path);
			const tabId = await ff.tabIdOf(page.url());
			await page.bringToFront();
			await expect
				.poll(
					async () =>
						(await findings(tabId)).some((f) =>
							f.signals.some((s) => s.text.includes('tb-lipei-center.top') && s.text.includes(payload)),
						),
					{ timeout: 20_000 },
				)
				.toBe(true);
			await page.close();
		},
	);

	it('logged no errors in the extension pages', () => {
		expect(ff.errors).toEqual([]);
	});
});
