import { getViteConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Tests that render Astro components (`*.astro.test.ts`) need Astro's own Vite set-up; the rest do not. */
const componentTests = 'tests/**/*.astro.test.ts';

export default defineConfig({
	test: {
		projects: [
			{
				resolve: {
					// content.config.ts takes defineCollection from Astro's virtual module, which exists only in a
					// build; astro/content/config is where that function comes from (tests/unit/page-schema.test.ts).
					alias: { 'astro:content': 'astro/content/config' },
				},
				test: {
					name: 'site',
					root,
					include: ['tests/**/*.test.ts'],
					exclude: [componentTests],
					// The site is built once per run; every suite reads the same dist/.
					globalSetup: ['tests/support/build-site.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
			getViteConfig({ test: { name: 'components', root, include: [componentTests] } }, { root, logLevel: 'error' }),
		],
		// Two cores: browser suites and fixture builds compete for them.
		maxWorkers: 2,
	},
});
