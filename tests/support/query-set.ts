import type { Page } from 'playwright-core';
import type { SearchQuery } from '../browser/search-queries.ts';

/** A query of the set, and the first three results' addresses (path and anchor) a search box gave for it. */
export interface QueryOutcome extends SearchQuery {
	top: string[];
}

/** How to type into a search box and read its results: ours, or Starlight's default Pagefind UI. */
export interface SearchBox {
	open: string;
	input: string;
	/** The first three results' addresses once the results on screen answer `query`. */
	topResults(page: Page, query: string): Promise<string[]>;
}

const pathAndHash = (href: string) => {
	const url = new URL(href);
	return url.pathname + url.hash;
};

/** Ours: a flat list of sections, named by the query they answer. */
export const ourSearchBox: SearchBox = {
	open: 'button[data-search-open]',
	input: 'dialog[open] input[role=combobox]',
	async topResults(page, query) {
		await page.waitForFunction((query) => document.querySelector('[data-search-results]')?.getAttribute('data-search-query') === query, query);
		const hrefs = await page.$$eval('[data-search-results] a', (links) => links.slice(0, 3).map((link) => (link as HTMLAnchorElement).href));
		return hrefs.map(pathAndHash);
	},
};

/**
 * Starlight's: pages, each with its best sections under it. Its first section (or the page, when it
 * shows none) is the first result; the first three pages are the first three results.
 */
export const starlightSearchBox: SearchBox = {
	open: 'button[data-open-modal]',
	input: '#starlight__search input',
	async topResults(page, query) {
		await page.waitForFunction((query) => (document.querySelector('.pagefind-ui__message')?.textContent ?? '').trim().endsWith(`for ${query}`), query.trim());
		const hrefs = await page.$$eval('.pagefind-ui__result', (results) =>
			results.slice(0, 3).map((result, index) => {
				const links = [...result.querySelectorAll('a.pagefind-ui__result-link')] as HTMLAnchorElement[];
				return (index === 0 ? (links[1] ?? links[0]) : links[0])?.href ?? '';
			}),
		);
		return hrefs.filter(Boolean).map(pathAndHash);
	},
};

/** Opens the search on the home page and types each query as a whole into `box`, as a reader pastes it. */
export async function runQuerySet(page: Page, origin: string, box: SearchBox, queries: SearchQuery[]): Promise<Map<string, QueryOutcome>> {
	await page.goto(`${origin}/`);
	await page.click(box.open);
	await page.waitForSelector(box.input, { state: 'visible' });
	const outcomes = new Map<string, QueryOutcome>();
	for (const entry of queries) {
		await page.fill(box.input, entry.query);
		outcomes.set(entry.query, { ...entry, top: await box.topResults(page, entry.query) });
	}
	return outcomes;
}

const pageOf = (address: string) => address.split('#')[0];
export const pageFirst = (outcome: QueryOutcome) => pageOf(outcome.top[0] ?? '') === outcome.page;
export const pageInTop3 = (outcome: QueryOutcome) => outcome.top.some((address) => pageOf(address) === outcome.page);
export const sectionFirst = (outcome: QueryOutcome) => outcome.top[0] === `${outcome.page}#${outcome.anchor}`;

export interface QuerySetScore {
	queries: number;
	pageHit1: number;
	pageHit3: number;
	anchored: number;
	sectionHit1: number;
}

/** hit@1 and hit@3 by page, and hit@1 by section where a query names one. */
export function scoreOf(outcomes: QueryOutcome[]): QuerySetScore {
	const anchored = outcomes.filter((outcome) => outcome.anchor);
	return {
		queries: outcomes.length,
		pageHit1: outcomes.filter(pageFirst).length,
		pageHit3: outcomes.filter(pageInTop3).length,
		anchored: anchored.length,
		sectionHit1: anchored.filter(sectionFirst).length,
	};
}

export const share = (hits: number, of: number) => `${hits}/${of} (${of ? Math.round((100 * hits) / of) : 0} %)`;
