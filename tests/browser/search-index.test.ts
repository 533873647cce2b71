import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteRecords } from '../../src/data/records.ts';
import { questionWeight } from '../../src/search/question-headings.ts';
import { builtPagePaths, normalise, readPage, redirectTarget } from '../support/dist.ts';
import { faqAnchor, readFaqSource } from '../support/faq-source.ts';
import { distDir } from '../support/paths.ts';
import { siteInChromium } from '../support/site-in-chromium.ts';

interface SearchHit {
	url: string;
	title: string;
	/** The page's sections that have the words, each at its heading's anchor. */
	sections: string[];
	/** The page's text as indexed. */
	content: string;
}

/** Every help page Starlight marks for the index: all but redirects and pages with `pagefind: false` (the home page, a directory). */
const contentPages = builtPagePaths().filter(
	(path) => path.endsWith('/') && !redirectTarget(readPage(path)) && readPage(path).querySelector('[data-pagefind-body]'),
);

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
			return { url: data.url, title: data.meta.title, sections: data.sub_results.map((section) => section.url), content: data.content };
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

	it.each(readFaqSource().map((entry) => entry.question))('holds the FAQ question "%s" as a section at its own anchor', async (question) => {
		expect((await search(question)).flatMap((hit) => hit.sections)).toContain(`/faq/#${faqAnchor(question)}`);
	});

	it('weighs a question heading above other headings', () => {
		const faq = readPage('/faq/');
		for (const { question } of readFaqSource()) {
			expect(faq.getElementById(faqAnchor(question))?.getAttribute('data-pagefind-weight'), question).toBe(String(questionWeight));
		}
		expect(readPage('/accounts/').querySelector('[data-pagefind-weight]')).toBeNull();
	});

	it('leaves code examples out', async () => {
		const cookbook = readPage('/api-cookbook/');
		const [hit] = (await search(normalise(cookbook.querySelector('h1')?.textContent))).filter((found) => found.url === '/api-cookbook/');
		const codeLines = [...cookbook.querySelectorAll('main pre')]
			.flatMap((pre) => (pre.textContent ?? '').split('\n'))
			.map(normalise)
			.filter((line) => line.length > 20);
		expect(codeLines.length).toBeGreaterThan(0);
		expect(hit?.content).toContain(normalise(cookbook.querySelector('main .sl-markdown-content p')?.textContent));
		for (const line of codeLines) expect(hit?.content).not.toContain(line);
	});

	it('leaves out the Tools catalogue’s summary of a tool that has a guide, and keeps the rest', async () => {
		const { tools } = siteRecords();
		const [hit] = (await search(normalise(readPage('/tools/').querySelector('h1')?.textContent))).filter((found) => found.url === '/tools/');
		const guided = tools.filter((tool) => tool.guide);
		const unguided = tools.filter((tool) => !tool.guide);
		expect(guided.length).toBeGreaterThan(0);
		expect(unguided.length).toBeGreaterThan(0);
		for (const tool of guided) expect(hit?.content, tool.name).not.toContain(tool.question);
		for (const tool of unguided) expect(hit?.content, tool.name).toContain(tool.question);
	});
});
