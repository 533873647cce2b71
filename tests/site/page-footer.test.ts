import { describe, expect, it } from 'vitest';
import { pageFileFor, pageHeader } from '../../src/data/records.ts';
import { helperHeadingIds } from '../../src/faq-helpers/blocks.ts';
import { builtPagePaths, normalise, readPage, redirectTarget } from '../support/dist.ts';

/** Every page a reader lands on, not the redirects and not the 404 page. */
const pages = builtPagePaths().filter((path) => path.endsWith('/') && !redirectTarget(readPage(path)));
const fullDate = /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/;
const inFull = (date: Date) => date.toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

describe('the end of every page', () => {
	it.each(pages)('%s is in British English, with its dates in full', (path) => {
		const page = readPage(path);
		expect(page.documentElement.getAttribute('lang')).toBe('en-GB');
		const dates = [...page.querySelectorAll('footer time')].map((time) => normalise(time.textContent));
		expect(dates.length).toBeGreaterThan(0);
		for (const date of dates) expect(date).toMatch(fullDate);
	});

	it.each(pages)('%s shows when it was last reviewed and when it is next due, as its frontmatter says', (path) => {
		const { reviewed, reviewDue } = pageHeader(pageFileFor(path)!);
		const footer = normalise(readPage(path).querySelector('footer')?.textContent);
		if (!reviewed) {
			expect(footer).not.toContain('Page last reviewed');
			return;
		}
		const due = reviewDue ?? new Date(Date.UTC(reviewed.getUTCFullYear() + 1, reviewed.getUTCMonth(), reviewed.getUTCDate()));
		expect(footer).toContain(`Page last reviewed: ${inFull(reviewed)}`);
		expect(footer).toContain(`Next review due: ${inFull(due)}`);
	});

	it.each(pages)('%s ends with a link that reports a mistake on it through the FAQ’s describe-a-problem helper', (path) => {
		const link = [...readPage(path).querySelectorAll('a')].find((a) => normalise(a.textContent) === 'Something wrong or missing on this page?');
		expect(link).toBeDefined();
		const target = new URL(link!.getAttribute('href')!, 'https://help.example.org');
		expect(target.pathname).toBe('/faq/');
		expect(target.hash).toBe(`#${helperHeadingIds['problem-report']}`);
		expect(readPage('/faq/').getElementById(helperHeadingIds['problem-report'])).not.toBeNull();
		expect(target.searchParams.get('problem-page')).toBe(pageHeader(pageFileFor(path)!).title);
		expect(target.searchParams.get('problem-address')).toBe(path);
	});
});
