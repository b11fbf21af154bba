import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuiltExtension } from '../../scripts/check-build.mjs';
import { REPO_ROOT } from './harness';

const read = (dir: string) => JSON.parse(readFileSync(join(REPO_ROOT, dir, 'manifest.json'), 'utf8'));

describe('built manifests', () => {
	for (const [dir, browser] of [
		['dist', 'chrome'],
		['dist-firefox', 'firefox'],
	] as const) {
		it(`${dir}: no web_accessible_resources, standalone content script, agreed CSP and permissions`, () => {
			expect(checkBuiltExtension(join(REPO_ROOT, dir), browser)).toEqual([]);
			const manifest = read(dir);
			expect(manifest.web_accessible_resources).toBeUndefined();
			expect(manifest.permissions).not.toContain('<all_urls>');
		});
	}

	it('Chrome and Firefox builds declare the same content scripts and permissions', () => {
		const chrome = read('dist');
		const firefox = read('dist-firefox');
		expect(firefox.content_scripts).toEqual(chrome.content_scripts);
		expect(firefox.permissions).toEqual(chrome.permissions);
	});
});
