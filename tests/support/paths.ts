import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
export const astroBin = fileURLToPath(new URL('../../node_modules/.bin/astro', import.meta.url));
export const faqSource = fileURLToPath(new URL('../../../shared/content/faq.md', import.meta.url));
