import { fileURLToPath } from 'node:url';
import { addressVariables } from '../../src/config/site.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
/** Astro's command line, run with the Node that runs the tests (the project's pinned Node under npm). */
export const astroCli = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
/** The owner's approved FAQ wording, kept in the project so a clone anywhere can check the published FAQ. */
export const faqSource = fileURLToPath(new URL('../fixtures/owner-faq.md', import.meta.url));

/**
 * The test runner sets NODE_ENV=test, which would make Astro build its development variant (no search),
 * and in its workers copies its own `import.meta.env` into the environment: a build that inherits
 * BASE_URL=/ puts Starlight's links at the root whatever the site's address says.
 * The site's address is left out too, so the shared build is served at `/` wherever the tests run
 * (a host's own build sets URL or CF_PAGES_URL); a build that wants one sets it.
 */
const leftOut = new Set<string>(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', ...addressVariables.map((variable) => variable.name)]);
export const productionEnv: Record<string, string | undefined> = {
	...Object.fromEntries(Object.entries(process.env).filter(([name]) => !leftOut.has(name))),
	NODE_ENV: 'production',
};
