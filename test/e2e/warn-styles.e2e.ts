/**
 * Do the warnings get their styles on strict-CSP pages, in Chromium and in Firefox, from a content script?
 * A probe extension (warn-probe-content.ts, bundled from the real src/warn code) mounts the inline warning, the
 * page banner and the field warning on fixture pages served with `style-src 'self'` and reports the computed
 * styles from inside their closed shadow roots. Also forces the `<style>` fallback path and checks it applies.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from './fixture-server';
import { CHROME_PATH, REPO_ROOT } from './harness';

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const PAGES = ['/warn/chat-strict-csp.html', '/warn/refund-form-strict-csp.html', '/warn/chat.html'];

interface Styled {
	adopted: number;
	styleElements: number;
	background: string;
	borderLeft: string;
	fontSize: string;
	buttonMinHeight: string | null;
}
interface Probe {
	inline?: Styled | null;
	banner?: Styled | null;
	field?: Styled | null;
	highlights?: number;
	fallback: { method: string; color: string };
	pageInlineStyleApplied: boolean;
}

let server: FixtureServer;
let extDir: string;

beforeAll(async () => {
	server = await startFixtureServer();
	extDir = mkdtempSync(join(tmpdir(), 'warn-probe-'));
	await build({
		entryPoints: [join(REPO_ROOT, 'test/e2e/warn-probe-content.ts')],
		bundle: true,
		format: 'iife',
		jsx: 'automatic',
		jsxImportSource: 'preact',
		outfile: join(extDir, 'content.js'),
		logLevel: 'silent',
	});
	writeFileSync(
		join(extDir, 'manifest.json'),
		JSON.stringify({
			manifest_version: 3,
			name: 'warn style probe',
			version: '1.0',
			browser_specific_settings: { gecko: { id: 'warn-probe@refund-guard.invalid' } },
			host_permissions: ['<all_urls>'],
			content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle' }],
		}),
	);
});

afterAll(async () => {
	await server?.close();
	if (extDir) rmSync(extDir, { recursive: true, force: true });
});

function expectStyled(s: Styled | null | undefined, danger: boolean): void {
	expect(s).toBeTruthy();
	expect(s!.adopted + s!.styleElements).toBe(1);
	expect(s!.fontSize).toBe('14px');
	expect(s!.buttonMinHeight).toBe('32px');
	// Light scheme danger background from styles.ts.
	if (danger) expect(s!.background).toBe('rgb(254, 243, 242)');
}

function checkProbe(page: string, probe: Probe): void {
	const strict = page.includes('strict');
	expect(probe.pageInlineStyleApplied, 'the CSP is (not) in force').toBe(!strict);
	if (page.includes('chat')) {
		expectStyled(probe.inline, true);
		expect(probe.highlights).toBeGreaterThan(0);
	} else {
		expectStyled(probe.banner, true);
		expectStyled(probe.field, true);
	}
	expect(probe.fallback).toEqual({ method: 'style-element', color: 'rgb(1, 2, 3)' });
}

describe('warning styles from a content script', () => {
	it('apply in Chromium, strict CSP included', async () => {
		const profile = mkdtempSync(join(tmpdir(), 'warn-probe-cr-'));
		const context = await chromium.launchPersistentContext(profile, {
			executablePath: CHROME_PATH,
			headless: true,
			ignoreDefaultArgs: ['--disable-extensions'],
			args: [
				'--no-sandbox',
				`--disable-extensions-except=${extDir}`,
				`--load-extension=${extDir}`,
				'--ignore-certificate-errors',
				`--host-resolver-rules=MAP * 127.0.0.1:${server.port}`,
			],
		});
		try {
			const page = await context.newPage();
			for (const path of PAGES) {
				await page.goto(`https://shop.example${path}`);
				const raw = await page.waitForFunction(() =>
					document.documentElement.getAttribute('data-warn-probe'),
				);
				checkProbe(path, JSON.parse((await raw.jsonValue()) as string) as Probe);
			}
		} finally {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	});

	it('apply in Firefox, strict CSP included', async () => {
		const browser = await puppeteer.launch({
			browser: 'firefox',
			executablePath: FIREFOX_PATH,
			headless: true,
			extraPrefsFirefox: { 'network.dns.forceResolve': '127.0.0.1' },
			acceptInsecureCerts: true,
			args: ['--remote-allow-system-access'],
		});
		try {
			await browser.installExtension(extDir);
			const page = await browser.newPage();
			for (const path of PAGES) {
				await page.goto(`https://shop.example:${server.port}${path}`);
				const raw = await page.waitForFunction(
					() => document.documentElement.getAttribute('data-warn-probe'),
					{
						timeout: 15_000,
					},
				);
				checkProbe(path, JSON.parse((await raw.jsonValue()) as string) as Probe);
			}
		} finally {
			await browser.close();
		}
	});
});
