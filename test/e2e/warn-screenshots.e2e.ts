/**
 * Writes screenshots of every warning (caution, danger, page banner, field warning) in zh_CN and en, light and dark,
 * at 320 px and 1280 px wide, to test/e2e/__screenshots__/ (files to look at, not pixel baselines). The warnings
 * are mounted by the real src/warn code (bundled from warn-demo-entry.tsx) on the fixture pages under
 * test/fixtures/web/_default/warn/, exactly as on a page: closed shadow root, adopted sheet, highlights.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_PATH, REPO_ROOT } from './harness';

const OUT = join(REPO_ROOT, 'test/e2e/__screenshots__');
const KINDS = ['caution', 'danger', 'banner', 'field'] as const;
const LOCALES = ['zh_CN', 'en'] as const;
const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [320, 1280] as const;

let browser: Browser;
let bundle: string;

beforeAll(async () => {
	mkdirSync(OUT, { recursive: true });
	const result = await build({
		entryPoints: [join(REPO_ROOT, 'test/e2e/warn-demo-entry.tsx')],
		bundle: true,
		write: false,
		format: 'iife',
		jsx: 'automatic',
		jsxImportSource: 'preact',
		logLevel: 'silent',
	});
	bundle = result.outputFiles[0]!.text;
	browser = await chromium.launch({ executablePath: CHROME_PATH, args: ['--no-sandbox', '--disable-gpu'] });
});

afterAll(async () => {
	await browser?.close();
});

describe('warning screenshots', () => {
	for (const kind of KINDS)
		for (const locale of LOCALES) {
			it(`writes ${kind} ${locale} in both schemes and widths`, { timeout: 240_000 }, async () => {
				for (const colorScheme of SCHEMES)
					for (const width of WIDTHS) {
						const page = await browser.newPage({
							viewport: { width, height: 800 },
							colorScheme,
							reducedMotion: 'reduce',
							locale: locale === 'en' ? 'en-US' : 'zh-CN',
						});
						const file = kind === 'banner' || kind === 'field' ? 'refund-form.html' : 'chat.html';
						await page.goto(pathToFileURL(join(REPO_ROOT, 'test/fixtures/web/_default/warn', file)).href);
						await page.addScriptTag({ content: bundle });
						// The chat's sticky header and composer would paint over a tall clip.
						if (file === 'chat.html')
							await page.addStyleTag({ content: 'header, form { position: static !important; }' });
						await page.evaluate(
							([k, l]) =>
								(globalThis as unknown as { warnDemo: { show(k: string, l: string): void } }).warnDemo.show(
									k,
									l,
								),
							[kind, locale] as const,
						);
						await page.waitForTimeout(50);
						const path = join(OUT, `warn-${kind}-${locale}-${colorScheme}-${width}.png`);
						if (kind === 'caution' || kind === 'danger') {
							// The message and its warning, whatever their height.
							const clip = await page.evaluate(
								(id) => {
									const msg = document.getElementById(id)!.closest('.msg')!;
									const host = msg.nextElementSibling!;
									const a = msg.getBoundingClientRect();
									const b = host.getBoundingClientRect();
									const top = Math.max(0, a.top + window.scrollY - 8);
									return {
										x: 0,
										y: top,
										width: window.innerWidth,
										height: b.bottom + window.scrollY + 8 - top,
									};
								},
								`m-${kind}${locale === 'en' ? '-en' : ''}`,
							);
							expect(clip.height).toBeGreaterThan(60);
							await page.screenshot({ path, clip, fullPage: true });
						} else {
							await page.screenshot({ path });
						}
						await page.close();
					}
			});
		}
});
