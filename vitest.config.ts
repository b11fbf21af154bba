import { defineConfig } from 'vitest/config';

/** Unit and component tests (Node, or happy-dom per file via `// @vitest-environment happy-dom`). e2e: vitest.e2e.config.ts. */
export default defineConfig({
	test: {
		include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.ts'],
		environment: 'node',
		// Generous: a loaded CI machine (two CPUs shared with browsers) can be several times slower than a laptop.
		testTimeout: 30_000,
	},
});
