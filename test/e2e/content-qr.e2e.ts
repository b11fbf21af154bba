import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeWelcomeTab, findingsOf, SESSION } from './content-helpers';
import { type Harness, launch } from './harness';

/**
 * QR codes that are not <img> elements, in a chat's message area on a page with a strict CSP
 * (`script-src 'self'`), the image from another origin: one drawn into a <canvas> (tainted for the page), one
 * painted into an empty box by a stylesheet background. Both are read from a capture of the visible tab, decoded
 * in the background and judged with the chat around them.
 */

let h: Harness;

beforeAll(async () => {
	h = await launch();
	await closeWelcomeTab(h);
});

afterAll(async () => {
	await h?.close();
});

/** Screenshots for a person to look at (not compared, not committed). */
const SHOTS = join(tmpdir(), 'refund-guard-content-shots');
mkdirSync(SHOTS, { recursive: true });

describe('QR codes beyond <img> (Chromium)', () => {
	it.each([
		['canvas', '/chat/qr-canvas.html', 'http://tb-lipei-center.top/claim?order=5120'],
		['stylesheet background', '/chat/qr-css.html', 'http://tb-lipei-center.top/claim?order=7788'],
	])('decodes and judges a QR code in a %s', async (kind, path, payload) => {
		const page = await h.openFixture('amos.alicdn.com', path);
		await h.waitForContentScript(page);
		await expect
			.poll(
				async () =>
					(
						(await h.evaluateInContentScript<{ payloads: string[]; via: string }[]>(
							page,
							`${SESSION}?.qr?.results ?? []`,
						)) ?? []
					).find((r) => r.payloads.length > 0),
				{ timeout: 15_000 },
			)
			.toEqual(expect.objectContaining({ payloads: [payload], via: 'capture' }));
		await expect
			.poll(
				async () =>
					(await findingsOf(h, page)).some((f) =>
						f.signals.some((s) => s.text.includes('tb-lipei-center.top')),
					),
				{ timeout: 10_000 },
			)
			.toBe(true);
		const finding = (await findingsOf(h, page)).find((f) =>
			f.signals.some((s) => s.text.includes('tb-lipei-center.top')),
		);
		expect(finding?.kind).toBe('message');
		await page.waitForTimeout(300);
		await page.screenshot({ path: join(SHOTS, `content-qr-${kind.split(' ')[0]}.png`) });
		// The page's CSP stopped nothing of ours; the image host saw no request beyond the page's own.
		const file = payload.endsWith('5120') ? '/qr/claim-canvas.png' : '/qr/claim-css.png';
		expect(
			h.server.requests.filter((r) => r.host === 'img.alicdn-static.net' && r.path === file).length,
		).toBeLessThanOrEqual(1);
		await page.close();
	});
});
