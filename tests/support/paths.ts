import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
/** Astro's command line, run with the Node that runs the tests (the project's pinned Node under npm). */
export const astroCli = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
/** The owner's approved FAQ wording, kept in the project so a clone anywhere can check the published FAQ. */
export const faqSource = fileURLToPath(new URL('../fixtures/owner-faq.md', import.meta.url));

/** The test runner sets NODE_ENV=test, which would make Astro build its development variant (no search). */
export const productionEnv = { ...process.env, NODE_ENV: 'production' };
