import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	resolve: {
		// content.config.ts imports Astro's virtual module; for the schema test, its real source suffices.
		alias: { 'astro:content': 'astro/content/config' },
	},
	test: {
		root: fileURLToPath(new URL('..', import.meta.url)),
		include: ['tests/**/*.test.ts'],
		// The site is built once per run; every suite reads the same dist/.
		globalSetup: ['tests/support/build-site.ts'],
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// Two cores: browser suites and fixture builds compete for them.
		maxWorkers: 2,
	},
});
