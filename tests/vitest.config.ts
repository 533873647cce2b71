import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	resolve: {
		// content.config.ts takes defineCollection from Astro's virtual module, which exists only in a
		// build; astro/content/config is where that function comes from (tests/unit/page-schema.test.ts).
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
