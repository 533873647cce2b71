import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteInChromium } from '../support/site-in-chromium.ts';
import { searchQueries, type SearchQuery } from './search-queries.ts';

interface Outcome extends SearchQuery {
	first: string;
	pageFirst: boolean;
	questionFirst: boolean | undefined;
}

const site = siteInChromium();
let page: Page;
const outcomes: Outcome[] = [];

/** Types the query into the site's search, as a reader does, and returns the first result's address. */
async function firstResult(query: string): Promise<string> {
	await page.fill('dialog[open] input[role=combobox]', query);
	await page.waitForFunction((query) => document.querySelector('[data-search-results]')?.getAttribute('data-search-query') === query, query);
	return page.$eval('[data-search-results]', (list) => {
		const link = list.querySelector('a');
		if (!link) return '(no results)';
		const url = new URL(link.href);
		return url.pathname + url.hash;
	});
}

beforeAll(async () => {
	page = await site.browser.newPage();
	await page.goto(`${site.origin}/`);
	await page.click('[data-search-open]');
	for (const entry of searchQueries) {
		const first = await firstResult(entry.query);
		outcomes.push({
			...entry,
			first,
			pageFirst: first.split('#')[0] === entry.page,
			questionFirst: entry.anchor === undefined ? undefined : first === `${entry.page}#${entry.anchor}`,
		});
	}
	const misses = outcomes.filter((outcome) => !outcome.pageFirst || outcome.questionFirst === false);
	const anchored = outcomes.filter((outcome) => outcome.questionFirst !== undefined);
	console.log(
		`Search query set: expected page first for ${outcomes.filter((outcome) => outcome.pageFirst).length}/${outcomes.length}, ` +
			`expected question first for ${anchored.filter((outcome) => outcome.questionFirst).length}/${anchored.length}.`,
	);
	if (misses.length > 0) console.table(misses.map(({ query, page, anchor, first }) => ({ query, expected: anchor ? `${page}#${anchor}` : page, first })));
}, 300_000);

describe('the search, on queries in readers’ own words', () => {
	it('has a query set of at least 40, with an anchor for every FAQ and Accounts question', () => {
		expect(searchQueries.length).toBeGreaterThanOrEqual(40);
		const withoutAnchor = searchQueries.filter((entry) => ['/faq/', '/accounts/'].includes(entry.page) && !entry.anchor);
		expect(withoutAnchor).toEqual([]);
	});

	it('puts the expected page first for at least 90% of the queries', () => {
		const hits = outcomes.filter((outcome) => outcome.pageFirst).length;
		expect(hits / outcomes.length).toBeGreaterThanOrEqual(0.9);
	});

	it('puts the expected question first for every query that names one', () => {
		const misses = outcomes.filter((outcome) => outcome.questionFirst === false).map(({ query, first }) => ({ query, first }));
		expect(misses).toEqual([]);
	});
});
