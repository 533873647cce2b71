import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPagePaths, readPage, redirectTarget } from '../support/dist.ts';
import { distDir } from '../support/paths.ts';

/* The shared build has no site address; tests/build/sub-path.test.ts builds one with an address. */
describe('what crawlers get', () => {
	it('a robots.txt that lets them in', () => {
		expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
	});

	it.each(builtPagePaths().filter((path) => !redirectTarget(readPage(path))))('a description of %s from its frontmatter', (path) => {
		expect(readPage(path).querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(40);
	});

	it('with no site address: no sitemap, canonical links or llms.txt, which need the full address', () => {
		expect(existsSync(join(distDir, 'sitemap-index.xml'))).toBe(false);
		expect(existsSync(join(distDir, 'llms.txt'))).toBe(false);
		expect(readPage('/faq/').querySelector('link[rel="canonical"]')).toBeNull();
	});
});
