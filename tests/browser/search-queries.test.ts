import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteInChromium } from '../support/site-in-chromium.ts';
import { queryParts, searchQueries, type SearchQuery } from './search-queries.ts';

interface Outcome extends SearchQuery {
	/** The first three results' addresses, path and anchor. */
	top: string[];
}

const site = siteInChromium();
let page: Page;
const outcomes = new Map<string, Outcome>();

/** Types the query into the site's search, as a reader does, and returns the first three results' addresses. */
async function topResults(query: string): Promise<string[]> {
	await page.fill('dialog[open] input[role=combobox]', query);
	await page.waitForFunction((query) => document.querySelector('[data-search-results]')?.getAttribute('data-search-query') === query, query);
	return page.$$eval('[data-search-results] a', (links) =>
		links.slice(0, 3).map((link) => {
			const url = new URL((link as HTMLAnchorElement).href);
			return url.pathname + url.hash;
		}),
	);
}

const pageOf = (address: string) => address.split('#')[0];
const pageFirst = (outcome: Outcome) => pageOf(outcome.top[0] ?? '') === outcome.page;
const pageInTop3 = (outcome: Outcome) => outcome.top.some((address) => pageOf(address) === outcome.page);
const sectionFirst = (outcome: Outcome) => outcome.top[0] === `${outcome.page}#${outcome.anchor}`;
const outcomesOf = (queries: SearchQuery[]) => queries.map((entry) => outcomes.get(entry.query)!);
const share = (hits: number, of: number) => `${hits}/${of} (${Math.round((100 * hits) / of)} %)`;

/** hit@1 and hit@3 by page, and hit@1 by section where a query names one. */
function score(part: string, queries: SearchQuery[]) {
	const results = outcomesOf(queries);
	const anchored = results.filter((outcome) => outcome.anchor);
	return {
		part,
		queries: results.length,
		'page hit@1': share(results.filter(pageFirst).length, results.length),
		'page hit@3': share(results.filter(pageInTop3).length, results.length),
		'section hit@1': share(anchored.filter(sectionFirst).length, anchored.length),
	};
}

beforeAll(async () => {
	page = await site.browser.newPage();
	await page.goto(`${site.origin}/`);
	await page.click('[data-search-open]');
	for (const entry of [...queryParts.tuning, ...queryParts.test]) outcomes.set(entry.query, { ...entry, top: await topResults(entry.query) });
	console.log('Search query set, by part (tune only on the tuning part):');
	console.table([score('tuning', queryParts.tuning), score('test', queryParts.test)]);
	const misses = outcomesOf(queryParts.test).filter((outcome) => !pageFirst(outcome));
	if (misses.length > 0) {
		console.log('Test-part queries whose page did not come first:');
		console.table(misses.map(({ query, page, anchor, top }) => ({ query, expected: anchor ? `${page}#${anchor}` : page, first: top[0] ?? '(no results)' })));
	}
}, 600_000);

describe('the search, on queries in readers’ own words', () => {
	it('has a query set of at least 250, with a held-back test part of at least a quarter of the readers’ queries', () => {
		expect(queryParts.tuning.length + queryParts.test.length).toBeGreaterThanOrEqual(250);
		expect(queryParts.test.length).toBeGreaterThanOrEqual(0.25 * (queryParts.tuning.length + queryParts.test.length - searchQueries.length));
		const withoutAnchor = searchQueries.filter((entry) => ['/faq/', '/accounts/'].includes(entry.page) && !entry.anchor);
		expect(withoutAnchor).toEqual([]);
	});

	it('puts the expected page first for at least 90% of the first query set', () => {
		const results = outcomesOf(searchQueries);
		expect(results.filter(pageFirst).length / results.length).toBeGreaterThanOrEqual(0.9);
	});

	it('puts the expected question first for every query of the first set that names one', () => {
		const misses = outcomesOf(searchQueries)
			.filter((outcome) => outcome.anchor && !sectionFirst(outcome))
			.map(({ query, top }) => ({ query, first: top[0] }));
		expect(misses).toEqual([]);
	});
});
