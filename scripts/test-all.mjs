#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, build, web-ext lint of the Firefox build, e2e tests (Chromium and Firefox).
// Always ends with one line of its own, `N passed, N failed`: the tests of every runner summed (read from Vitest's
// JSON reports, not its console), plus one failed per failed non-test step. Exit code 1 when anything failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'test/e2e/.out');
const bin = (name) => join(root, 'node_modules/.bin', name);
const started = Date.now();

let passed = 0;
let failed = 0;
const failures = [];
const timings = [];
let finished = false;
let current = null;

function finish(reason) {
	if (finished) return;
	finished = true;
	if (reason) {
		failed += 1;
		failures.push(reason);
	}
	console.log(`\n--- summary (${((Date.now() - started) / 1000).toFixed(0)} s) ---`);
	for (const line of timings) console.log(line);
	if (failures.length > 0) console.log(`failed: ${failures.join('; ')}`);
	console.log(`${passed} passed, ${failed} failed`);
	process.exitCode = failed > 0 ? 1 : 0;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(signal, () => {
		current?.kill('SIGTERM');
		finish(`interrupted by ${signal}`);
		process.exit(1);
	});
}
process.on('uncaughtException', (error) => {
	console.error(error);
	finish(`test runner error: ${error.message}`);
	process.exit(1);
});

/** Runs a command with inherited output; resolves with its exit code (124 on timeout). */
function run(command, args, { timeoutMs, env } = {}) {
	return new Promise((resolve) => {
		const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
		current = child;
		let timedOut = false;
		const timer = timeoutMs
			? setTimeout(() => {
					timedOut = true;
					console.error(`\n${command} ${args.join(' ')}: timed out after ${timeoutMs / 1000} s`);
					child.kill('SIGTERM');
					setTimeout(() => child.kill('SIGKILL'), 5000).unref();
				}, timeoutMs)
			: null;
		child.on('error', (error) => {
			console.error(error.message);
			resolve(127);
		});
		child.on('close', (code) => {
			if (timer) clearTimeout(timer);
			current = null;
			resolve(timedOut ? 124 : (code ?? 1));
		});
	});
}

function banner(name) {
	console.log(`\n=== ${name} ===`);
}

/** A step that is not a test runner: counts one failed when it fails, nothing when it passes. */
async function step(name, command, args, options) {
	banner(name);
	const t0 = Date.now();
	const code = await run(command, args, options);
	timings.push(
		`${name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
	);
	if (code !== 0) {
		failed += 1;
		failures.push(name);
	}
	return code === 0;
}

/** A Vitest run: counts its tests from the JSON report; a crash or a failure outside tests counts one failed. */
async function vitest(name, args, options) {
	banner(name);
	const report = join(outDir, `${name.replace(/\W+/g, '-')}.json`);
	rmSync(report, { force: true });
	const t0 = Date.now();
	const code = await run(
		bin('vitest'),
		['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
		options,
	);
	let summary = `${name}: exit ${code}`;
	if (existsSync(report)) {
		const json = JSON.parse(readFileSync(report, 'utf8'));
		passed += json.numPassedTests;
		failed += json.numFailedTests;
		summary = `${name}: ${json.numPassedTests} passed, ${json.numFailedTests} failed, ${json.numPendingTests + json.numTodoTests} skipped`;
		if (json.numFailedTests > 0) failures.push(`${name} (${json.numFailedTests} tests)`);
		// Failures outside any test (a file that does not load, an unhandled error) fail the run without a test.
		if (code !== 0 && json.numFailedTests === 0) {
			failed += 1;
			failures.push(`${name} (exit ${code} outside tests)`);
		}
	} else {
		failed += 1;
		failures.push(`${name} (no report, exit ${code})`);
	}
	timings.push(`${summary} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/** web-ext lint with 0 errors required; warnings are printed, not counted. */
async function webExtLint() {
	banner('web-ext lint (dist-firefox)');
	const report = join(outDir, 'web-ext-lint.json');
	const t0 = Date.now();
	const { openSync, closeSync } = await import('node:fs');
	const fd = openSync(report, 'w');
	const code = await new Promise((resolve) => {
		const child = spawn(
			bin('web-ext'),
			['lint', '--source-dir', 'dist-firefox', '--output', 'json', '--no-config-discovery'],
			{ cwd: root, stdio: ['ignore', fd, 'inherit'] },
		);
		current = child;
		child.on('error', () => resolve(127));
		child.on('close', (c) => resolve(c ?? 1));
	});
	closeSync(fd);
	let errors = -1;
	try {
		const json = JSON.parse(readFileSync(report, 'utf8'));
		errors = json.errors.length;
		for (const kind of ['errors', 'warnings']) {
			for (const item of json[kind])
				console.log(`${kind.slice(0, -1)}: ${item.code} ${item.file ?? ''} ${item.message}`);
		}
		console.log(
			`web-ext lint: ${json.errors.length} errors, ${json.warnings.length} warnings, ${json.notices.length} notices`,
		);
	} catch (error) {
		console.error(`web-ext lint: unreadable report (exit ${code}): ${error.message}`);
	}
	const ok = errors === 0;
	timings.push(
		`web-ext lint: ${ok ? 'ok' : `FAILED (${errors} errors)`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
	);
	if (!ok) {
		failed += 1;
		failures.push('web-ext lint');
	}
}

try {
	mkdirSync(outDir, { recursive: true });
	await step('typecheck', bin('tsc'), ['--noEmit', '-p', '.'], { timeoutMs: 600_000 });
	await step('lint', bin('biome'), ['check', '.'], { timeoutMs: 120_000 });
	await vitest('unit', [], { timeoutMs: 600_000 });
	const built = await step('build', process.execPath, [join(root, 'scripts/build.mjs')], {
		timeoutMs: 300_000,
	});
	if (built) {
		await webExtLint();
		await vitest('e2e', ['--config', 'vitest.e2e.config.ts'], { timeoutMs: 1_200_000 });
	} else {
		for (const skipped of ['web-ext lint', 'e2e']) {
			failed += 1;
			failures.push(`${skipped} (not run: build failed)`);
		}
	}
} catch (error) {
	console.error(error);
	failed += 1;
	failures.push(`test runner error: ${error.message}`);
} finally {
	finish();
}
