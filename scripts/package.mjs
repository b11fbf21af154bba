#!/usr/bin/env node
// `npm run package`: store-ready zips in artifacts/ (refund-guard-chrome-<version>.zip for the Chrome Web Store and
// Edge Add-ons, refund-guard-firefox-<version>.zip for addons.mozilla.org), built fresh unless --no-build.
// web-ext build only zips the folder (manifest at the zip root, no source maps, nothing outside the build).
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const run = (command, args) => {
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!process.argv.includes('--no-build')) run(process.execPath, [join(root, 'scripts/build.mjs')]);
for (const [dir, browser] of [
	['dist', 'chrome'],
	['dist-firefox', 'firefox'],
]) {
	const filename = `refund-guard-${browser}-${version}.zip`;
	run(join(root, 'node_modules/.bin/web-ext'), [
		'build',
		'--no-config-discovery',
		'--source-dir',
		dir,
		'--artifacts-dir',
		'artifacts',
		'--filename',
		filename,
		'--overwrite-dest',
	]);
	console.log(
		`artifacts/${filename}: ${(statSync(join(root, 'artifacts', filename)).size / 1024).toFixed(0)} KiB`,
	);
}
