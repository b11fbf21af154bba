// Checks of a built extension folder that the privacy and fingerprinting rules depend on. Used by scripts/build.mjs
// (the build fails) and by test/e2e/manifests.e2e.ts (counted as tests).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const EXTENSION_PAGES_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";

/** @returns {string[]} problems found, empty when the folder is fine */
export function checkBuiltExtension(dir, browser) {
	const problems = [];
	const manifestPath = join(dir, 'manifest.json');
	if (!existsSync(manifestPath)) return [`${manifestPath} is missing`];
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
	const where = `${browser} manifest`;

	// A page can probe web-accessible resources to detect the extension.
	if ('web_accessible_resources' in manifest) problems.push(`${where} has web_accessible_resources`);
	if (manifest.manifest_version !== 3) problems.push(`${where} is not MV3`);
	if (manifest.content_security_policy?.extension_pages !== EXTENSION_PAGES_CSP) {
		problems.push(`${where} extension_pages CSP is ${JSON.stringify(manifest.content_security_policy)}`);
	}

	for (const script of manifest.content_scripts ?? []) {
		for (const file of script.js ?? []) {
			const path = join(dir, file);
			if (!existsSync(path)) {
				problems.push(`content script ${file} is missing`);
				continue;
			}
			const code = readFileSync(path, 'utf8');
			// One self-contained file: an import would need the imported chunk to be web-accessible.
			if (/(^|[;}\n])\s*(import|export)\s*[{*\w'"(]/.test(code)) {
				problems.push(`content script ${file} is not standalone (has import/export)`);
			}
		}
		for (const key of ['all_frames', 'match_about_blank', 'match_origin_as_fallback']) {
			if (script[key] !== true) problems.push(`${where} content script lacks ${key}`);
		}
		if (script.run_at !== 'document_idle') problems.push(`${where} content script runs at ${script.run_at}`);
	}

	if (browser === 'chrome') {
		if (typeof manifest.background?.service_worker !== 'string')
			problems.push(`${where} has no service_worker`);
	} else {
		const gecko = manifest.browser_specific_settings?.gecko;
		if (!Array.isArray(manifest.background?.scripts)) problems.push(`${where} has no background.scripts`);
		if ('service_worker' in (manifest.background ?? {})) problems.push(`${where} declares a service_worker`);
		if (!gecko?.id) problems.push(`${where} has no gecko id`);
		if (gecko?.strict_min_version !== '140.0') problems.push(`${where} strict_min_version is not 140.0`);
		if (JSON.stringify(gecko?.data_collection_permissions?.required) !== '["none"]') {
			problems.push(`${where} does not declare data_collection_permissions none`);
		}
	}
	return problems;
}
