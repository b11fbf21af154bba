#!/usr/bin/env node
// `npm run demo`: builds, serves the fixture pages under their real host names, and opens Chromium with the
// extension loaded on a series of demo pages (a scam chat, a genuine refund chat, webmail, a fake refund page, a bank
// transfer page after the scam chat, then the popup for the scam chat's tab).
//
//   npm run demo                         headed Chromium when a display exists (DISPLAY), else screenshots
//   npm run demo -- --screenshot DIR     headless: saves one PNG per demo page into DIR and exits
//   npm run demo -- --lang en-US         browser UI language (default zh-CN)
//   npm run demo -- --no-build           reuse the current dist/
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const lang = option('--lang') ?? 'zh-CN';
let screenshotDir = option('--screenshot');
if (screenshotDir === undefined && !process.env.DISPLAY) {
	screenshotDir = join(root, 'artifacts/demo');
	console.log(`No display (DISPLAY is unset): saving screenshots to ${screenshotDir} instead.`);
}

/** Demo pages in story order; pages whose fixture is not in the checkout are skipped. */
const PAGES = [
	{ name: '1-taobao-scam-chat', host: 'amos.alicdn.com', path: '/chat/scam.html' },
	{ name: '2-taobao-genuine-refund', host: 'amos.alicdn.com', path: '/chat/genuine.html' },
	{ name: '3-qq-mail', host: 'mail.qq.com', path: '/cgi-bin/frame_html.html' },
	{ name: '4-fake-refund-page', host: 'tb-lipei-center.top', path: '/claim.html' },
	{ name: '5-bank-transfer-after-scam', host: 'perbank.abchina.com', path: '/transfer.html' },
];
const fixtureExists = ({ host, path }) =>
	existsSync(join(root, 'test/fixtures/web', host, path)) ||
	existsSync(join(root, 'test/fixtures/web/_default', path));

if (!args.includes('--no-build')) {
	const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], {
		cwd: root,
		stdio: 'inherit',
	});
	if (build.status !== 0) process.exit(build.status ?? 1);
}

const { launch } = await tsImport('../test/e2e/harness.ts', import.meta.url);
const headless = screenshotDir !== undefined;
const h = await launch({ headless, locale: lang, viewport: { width: 1280, height: 860 } });
const settle = (ms) => new Promise((done) => setTimeout(done, ms));

try {
	if (screenshotDir) mkdirSync(resolve(screenshotDir), { recursive: true });
	let scamPage = null;
	for (const demo of PAGES) {
		if (!fixtureExists(demo)) {
			console.log(`skip ${demo.name}: no fixture ${demo.host}${demo.path}`);
			continue;
		}
		const page = await h.openFixture(demo.host, demo.path);
		scamPage ??= page;
		// Scanning is time-sliced and live chats arrive message by message: give the page time to settle.
		await settle(4000);
		console.log(`${demo.name}: ${h.url(demo.host, demo.path)} (badge: '${await h.badgeText(page)}')`);
		if (screenshotDir) {
			const file = join(resolve(screenshotDir), `${demo.name}.png`);
			await page.screenshot({ path: file, fullPage: true });
			console.log(`  saved ${file}`);
		}
	}
	if (scamPage) {
		const tabId = await h.tabIdOf(scamPage);
		const popup = await h.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
		await popup.setViewportSize({ width: 420, height: 640 });
		await settle(1500);
		if (screenshotDir) {
			const file = join(resolve(screenshotDir), '6-popup.png');
			await popup.screenshot({ path: file, fullPage: true });
			console.log(`  saved ${file}`);
		}
	}
	if (!screenshotDir) {
		console.log('Chromium is open with RefundGuard loaded. Close the browser window or press Ctrl+C to end.');
		await new Promise((done) => {
			h.context.on('close', done);
			process.on('SIGINT', done);
			process.on('SIGTERM', done);
		});
	}
} finally {
	await h.close();
}
