import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sectionsOf } from '../../src/search/sections.ts';
import { builtPagePaths, fileForPath, normalise, readPage, redirectTarget } from '../support/dist.ts';
import { readFaqSource } from '../support/faq-source.ts';
import { distDir } from '../support/paths.ts';
import { siteInChromium } from '../support/site-in-chromium.ts';

interface SearchHit {
	url: string;
	title: string;
}

/** Every help page Starlight marks for the index: all but redirects and pages with `pagefind: false` (the home page, a directory). */
const contentPages = builtPagePaths().filter((path) => path.endsWith('/') && !redirectTarget(readPage(path)) && readPage(path).querySelector('[data-pagefind-body]'));

const site = siteInChromium();
let page: Page;

/**
 * Runs a query through Pagefind's own JavaScript API in the browser, against the built index.
 * The script is a string so the test runner does not rewrite its `import()`.
 */
const search = (query: string): Promise<SearchHit[]> =>
	page.evaluate(`(async (query) => {
		const pagefind = await import('/pagefind/pagefind.js');
		const { results } = await pagefind.search(query);
		return Promise.all(results.slice(0, 5).map(async (result) => {
			const data = await result.data();
			return { url: data.url, title: data.meta.title };
		}));
	})(${JSON.stringify(query)})`);

beforeAll(async () => {
	page = await site.browser.newPage();
	await page.goto(`${site.origin}/`);
});

describe('the Pagefind search index', () => {
	it('holds one record for each section of every help page', () => {
		const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8'));
		const indexed = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((sum, language) => sum + language.page_count, 0);
		const sections = contentPages.flatMap((path) => sectionsOf(readFileSync(fileForPath(path)!, 'utf8'), path));
		expect(new Set(contentPages.map((path) => sectionsOf(readFileSync(fileForPath(path)!, 'utf8'), path)[0]?.url))).toEqual(new Set(contentPages));
		expect(indexed).toBe(sections.length);
	});

	it.each(contentPages)('finds %s by its title', async (path) => {
		const title = normalise(readPage(path).querySelector('h1')?.textContent);
		const hits = await search(title);
		expect(hits.map((hit) => hit.url)).toContain(path);
	});

	it.each(readFaqSource().map((entry) => entry.question))('finds the FAQ question "%s" as a result of its own', async (question) => {
		const anchor = question.toLowerCase().replace(/[^a-z0-9 ]/g, '').trim().replace(/ +/g, '-');
		expect((await search(question)).map((hit) => hit.url)).toContain(`/faq/#${anchor}`);
	});
});
