#!/usr/bin/env node
// `npm run build`: dist/ (Chrome/Edge), dist-firefox/ (Firefox), dist-node/ (CLI + engine library with .d.ts).
// The two extension builds run as separate processes: the crx plugin keeps module-level state per build.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBuiltExtension } from './check-build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const started = performance.now();

function run(label, command, args) {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (d) => {
			output += d;
		});
		child.stderr.on('data', (d) => {
			output += d;
		});
		child.on('error', reject);
		child.on('close', (code) => {
			if (code === 0) {
				resolve(output);
			} else {
				process.stderr.write(`\n--- ${label} failed (exit ${code}) ---\n${output}\n`);
				reject(new Error(`${label} failed`));
			}
		});
	});
}

async function buildNode() {
	rmSync(join(root, 'dist-node'), { recursive: true, force: true });
	const { build } = await import('vite');
	const dependencies = Object.keys(pkg.dependencies ?? {});
	const external = (id) =>
		id.startsWith('node:') ||
		builtinModules.includes(id) ||
		dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));
	await build({
		root,
		configFile: false,
		publicDir: false,
		logLevel: 'warn',
		build: {
			ssr: true,
			outDir: 'dist-node',
			emptyOutDir: true,
			target: 'node20',
			minify: false,
			sourcemap: false,
			rolldownOptions: {
				input: { engine: 'src/engine/index.ts', cli: 'src/cli/index.ts' },
				external,
				output: {
					format: 'es',
					entryFileNames: '[name].js',
					chunkFileNames: 'chunks/[name]-[hash].js',
					banner: (chunk) => (chunk.isEntry && chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
				},
			},
		},
	});
	chmodSync(join(root, 'dist-node/cli.js'), 0o755);
	// Types of the library (package.json exports['./engine'].types -> dist-node/engine/index.d.ts).
	await run('engine .d.ts', process.execPath, [
		join(root, 'node_modules/typescript/bin/tsc'),
		'-p',
		'scripts/tsconfig.engine-dts.json',
	]);
}

// The engine's precomputed fold table and text automaton, refreshed from the catalogue before bundling (a
// generated module rewritten only when stale), so no build ships data that its runtime check would reject.
process.stdout.write(
	await run('engine data', process.execPath, ['--import', 'tsx', 'scripts/generate-engine-data.ts']),
);

const vite = join(root, 'node_modules/vite/bin/vite.js');
// Extension builds go to a fresh folder that replaces the old one only when complete, so a browser (an e2e run, the
// demo) that loads dist/ meanwhile never sees a half-written folder.
const staging = (dir) => `${dir}.building-${process.pid}`;
const viteBuild = (label, dir, extra) =>
	run(label, process.execPath, [vite, 'build', ...extra, '--outDir', staging(dir), '--logLevel', 'warn']);
const steps = [
	['chrome', viteBuild('vite build (chrome)', 'dist', [])],
	['firefox', viteBuild('vite build (firefox)', 'dist-firefox', ['--mode', 'firefox'])],
	['node', buildNode()],
];
const results = await Promise.allSettled(steps.map(([, p]) => p));
const failed = steps.filter((_, i) => results[i].status === 'rejected').map(([name]) => name);
const cleanStaging = () => {
	for (const dir of ['dist', 'dist-firefox'])
		rmSync(join(root, staging(dir)), { recursive: true, force: true });
};
if (failed.length > 0) {
	cleanStaging();
	for (const r of results) if (r.status === 'rejected') console.error(r.reason?.stack ?? r.reason);
	console.error(`build failed: ${failed.join(', ')}`);
	process.exit(1);
}

const problems = [
	...checkBuiltExtension(join(root, staging('dist')), 'chrome'),
	...checkBuiltExtension(join(root, staging('dist-firefox')), 'firefox'),
];
if (problems.length > 0) {
	cleanStaging();
	console.error(`build output checks failed:\n- ${problems.join('\n- ')}`);
	process.exit(1);
}
for (const dir of ['dist', 'dist-firefox']) {
	const old = join(root, `${dir}.old-${process.pid}`);
	if (existsSync(join(root, dir))) renameSync(join(root, dir), old);
	renameSync(join(root, staging(dir)), join(root, dir));
	rmSync(old, { recursive: true, force: true });
}
console.log(
	`built dist/, dist-firefox/, dist-node/ in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
