import { beforeAll, describe, expect, it } from 'vitest';
import { pageFirst, ourSearchBox, runQuerySet, scoreOf, sectionFirst, share, type QueryOutcome } from '../support/query-set.ts';
import { siteInChromium } from '../support/site-in-chromium.ts';
import { queryParts, searchQueries, type SearchQuery } from './search-queries.ts';

const site = siteInChromium();
let outcomes: Map<string, QueryOutcome>;
const outcomesOf = (queries: SearchQuery[]) => queries.map((entry) => outcomes.get(entry.query)!);

function scoreRow(part: string, queries: SearchQuery[]) {
	const score = scoreOf(outcomesOf(queries));
	return {
		part,
		queries: score.queries,
		'page hit@1': share(score.pageHit1, score.queries),
		'page hit@3': share(score.pageHit3, score.queries),
		'section hit@1': share(score.sectionHit1, score.anchored),
	};
}

beforeAll(async () => {
	const page = await site.browser.newPage();
	outcomes = await runQuerySet(page, site.origin, ourSearchBox, [...queryParts.tuning, ...queryParts.test]);
	console.log('Search query set, by part (tune only on the tuning part):');
	console.table([scoreRow('tuning', queryParts.tuning), scoreRow('test', queryParts.test)]);
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
