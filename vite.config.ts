/**
 * Builds the extension for one browser per run: `vite build` -> dist/ (Chrome/Edge), `vite build --mode firefox`
 * -> dist-firefox/. scripts/build.mjs runs both (in separate processes: the crx plugin keeps module-level state)
 * and the Node outputs. The root manifest.json is written for Chrome; `firefoxManifest` derives Firefox's.
 */
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

type Manifest = typeof manifest;

/** The content script is built as one self-contained file: no loader, no chunks, no web_accessible_resources. */
const CONTENT_SCRIPT = 'src/content/index.ts';

/** Firefox's add-on id; fixed so storage and permissions survive updates. */
export const GECKO_ID = 'refund-guard@refund-guard.invalid';

export function chromeManifest(base: Manifest): Manifest {
	return { ...base, version: pkg.version };
}

export function firefoxManifest(base: Manifest) {
	// Firefox has no extension service workers (MV3 uses an event page) and no minimum_chrome_version.
	const { minimum_chrome_version: _chromeOnly, background, ...rest } = base;
	return {
		...rest,
		version: pkg.version,
		background: { scripts: [background.service_worker], type: background.type },
		browser_specific_settings: {
			gecko: {
				id: GECKO_ID,
				strict_min_version: '140.0',
				data_collection_permissions: { required: ['none'] },
			},
			// Firefox for Android reads data_collection_permissions from 142 on.
			gecko_android: { strict_min_version: '142.0' },
		},
	};
}

export default defineConfig(({ mode }) => {
	const firefox = mode === 'firefox';
	return {
		plugins: [
			preact(),
			crx({
				manifest: (firefox ? firefoxManifest(manifest) : chromeManifest(manifest)) as ManifestV3Export,
				browser: firefox ? 'firefox' : 'chrome',
				contentScripts: { standaloneFiles: [CONTENT_SCRIPT] },
			}),
		],
		build: {
			outDir: firefox ? 'dist-firefox' : 'dist',
			emptyOutDir: true,
			// Source maps would be fetchable by nobody (no web_accessible_resources), but they double the package size.
			sourcemap: false,
			target: firefox ? 'firefox140' : 'chrome116',
			rolldownOptions: {
				// Pages not named by the manifest.
				input: { welcome: 'src/welcome/index.html', tips: 'src/popup/tips.html' },
			},
		},
		// Vitest reads vitest.config.ts; this file is for the extension build only.
	};
});
