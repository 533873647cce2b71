import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPagePaths, normalise, readPage, redirectTarget } from '../support/dist.ts';
import { readFaqSource } from '../support/faq-source.ts';
import { distDir } from '../support/paths.ts';
import { siteInChromium } from '../support/site-in-chromium.ts';

interface SearchHit {
	url: string;
	title: string;
	/** The page's sections that have the words, each at its heading's anchor. */
	sections: string[];
}

/** Every help page Starlight marks for the index: all but redirects and pages with `pagefind: false` (the home page, a directory). */
const contentPages = builtPagePaths().filter((path) => path.endsWith('/') && !redirectTarget(readPage(path)) && readPage(path).querySelector('[data-pagefind-body]'));

/** A FAQ question's anchor, as Starlight makes it from the heading. */
const faqAnchor = (question: string) => question.toLowerCase().replace(/[^a-z0-9 ]/g, '').trim().replace(/ +/g, '-');

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
			return { url: data.url, title: data.meta.title, sections: data.sub_results.map((section) => section.url) };
		}));
	})(${JSON.stringify(query)})`);

beforeAll(async () => {
	page = await site.browser.newPage();
	await page.goto(`${site.origin}/`);
});

describe('the Pagefind search index', () => {
	it('holds one record for each help page', () => {
		const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8'));
		const indexed = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((sum, language) => sum + language.page_count, 0);
		expect(indexed).toBe(contentPages.length);
	});

	it.each(contentPages)('finds %s by its title', async (path) => {
		const title = normalise(readPage(path).querySelector('h1')?.textContent);
		const hits = await search(title);
		expect(hits.map((hit) => hit.url)).toContain(path);
	});

	it.each(readFaqSource().map((entry) => entry.question))('finds the FAQ question "%s" as a section of its own', async (question) => {
		expect((await search(question)).flatMap((hit) => hit.sections)).toContain(`/faq/#${faqAnchor(question)}`);
	});

	it('weighs a question heading above other headings', () => {
		const faq = readPage('/faq/');
		for (const { question } of readFaqSource()) {
			expect(faq.getElementById(faqAnchor(question))?.getAttribute('data-pagefind-weight'), question).toBe('7');
		}
		expect(readPage('/accounts/').querySelector('h2[data-pagefind-weight]')).toBeNull();
	});

	it('leaves code examples out', async () => {
		const proseOf = (path: string) => {
			const main = readPage(path).querySelector('main')!.cloneNode(true) as Element;
			for (const pre of main.querySelectorAll('pre')) pre.remove();
			return main.textContent ?? '';
		};
		const prose = contentPages.map(proseOf).join(' ').toLowerCase();
		const code = [...readPage('/api-cookbook/').querySelectorAll('main pre')].map((pre) => pre.textContent ?? '').join(' ');
		// A word no page says outside its code: were code indexed, it would find the cookbook.
		const codeOnly = code.split(/[^A-Za-z]+/).find((word) => word.length > 5 && !prose.includes(word.toLowerCase()));
		expect(codeOnly, 'a word that only the code examples have').toBeDefined();
		expect(await search(codeOnly!)).toEqual([]);
	});

	it('finds a tool that has a guide on its guide, not in the Tools catalogue’s summary of it', async () => {
		const sections = (await search('QOF Income Calculator')).flatMap((hit) => hit.sections);
		expect(sections).toContain('/tools/qof/#qof-income-calculator');
		expect(sections).not.toContain('/tools/#qof-income-calculator');
	});
});
