import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Real-browser tests (test/e2e/**\/*.e2e.ts) against the built extension: run `npm run build` first.
 * Each file launches its own browser; files run in parallel up to E2E_WORKERS (default: one per CPU, at most 4).
 */
const workers = Number(process.env.E2E_WORKERS) || Math.min(4, availableParallelism());

export default defineConfig({
	test: {
		include: ['test/e2e/**/*.e2e.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 60_000,
		pool: 'forks',
		maxWorkers: workers,
		fileParallelism: workers > 1,
	},
});
