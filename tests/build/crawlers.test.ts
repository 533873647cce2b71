import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPagePaths, readPage, redirectTarget } from '../support/dist.ts';
import { distDir } from '../support/paths.ts';
import { buildWithFixture } from '../support/fixture-build.ts';

describe('what crawlers get', () => {
	it('a robots.txt that lets them in', () => {
		expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toMatch(/^User-agent: \*\nAllow: \/\n/);
	});

	it.each(builtPagePaths().filter((path) => !redirectTarget(readPage(path))))('a description of %s from its frontmatter', (path) => {
		expect(readPage(path).querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(40);
	});

	it('once the site address is set (src/config/site.ts): a sitemap of every page, robots.txt pointing at it, canonical links', () => {
		let sitemap = '';
		let robots = '';
		let canonical: string | null | undefined;
		const build = buildWithFixture('with-site-address', (dist) => {
			robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
			sitemap = existsSync(join(dist, 'sitemap-0.xml')) ? readFileSync(join(dist, 'sitemap-0.xml'), 'utf8') : '';
			canonical = readFileSync(join(dist, 'faq/index.html'), 'utf8').match(/<link rel="canonical" href="([^"]*)"/)?.[1];
		});
		expect(build.status).toBe(0);
		expect(robots).toContain('Sitemap: https://help.example.org/sitemap-index.xml');
		for (const path of ['/', '/faq/', '/accounts/', '/data-sources/', '/glossary/', '/api/', '/public-vs-account/']) {
			expect(sitemap).toContain(`<loc>https://help.example.org${path}</loc>`);
		}
		expect(sitemap).not.toContain('404');
		expect(canonical).toBe('https://help.example.org/faq/');
	});
});
