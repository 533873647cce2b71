import { describe, expect, it } from 'vitest';
import { loadDatasets, loadGlossary } from '../../src/data/records.ts';
import { cadenceLabels } from '../../src/data/schemas.ts';
import { normalise, readPage } from '../support/dist.ts';

// These tests read the same records the pages are built from, so the two cannot drift apart.
const datasets = loadDatasets();
const glossary = loadGlossary();
const dataSources = readPage('/data-sources/');
const glossaryPage = readPage('/glossary/');

describe('the Data Sources page', () => {
	it('has one table row per dataset record, in order', () => {
		const rows = [...dataSources.querySelectorAll('main table tbody tr')].map((row) =>
			[...row.querySelectorAll('td')].map((cell) => normalise(cell.textContent)),
		);
		expect(rows).toEqual(datasets.map((d) => [d.area, d.source, d.usedFor, cadenceLabels[d.cadence]].map(normalise)));
	});

	it.each(datasets)('has a section for $area at #$id', ({ id, area }) => {
		const heading = dataSources.getElementById(id);
		expect(heading?.tagName).toMatch(/^H[2-4]$/);
		expect(normalise(heading?.textContent)).toBe(area);
	});

	it('lists every dataset under its cadence', () => {
		const section = [...dataSources.querySelectorAll('main li')].map((item) => normalise(item.textContent));
		for (const [cadence, label] of Object.entries(cadenceLabels)) {
			const members = datasets.filter((dataset) => dataset.cadence === cadence).map((dataset) => dataset.area);
			if (members.length > 0) expect(section).toContain(`${label}: ${members.join(', ')}`);
		}
	});
});

describe('the Glossary page', () => {
	it('lists every term A to Z, each with its own anchor', () => {
		const headings = [...glossaryPage.querySelectorAll('main h2')].filter((h) => glossary.some((term) => term.id === h.id));
		const expected = [...glossary].sort((a, b) => a.term.localeCompare(b.term, 'en-GB'));
		expect(headings.map((h) => [h.id, normalise(h.textContent)])).toEqual(expected.map((term) => [term.id, term.term]));
	});
});

describe('abbreviations in running text', () => {
	const explained = (page: Document) =>
		[...page.querySelectorAll('main abbr')].map((abbr) => ({
			letters: normalise(abbr.textContent).replace(/s$/, ''),
			title: abbr.getAttribute('title'),
			href: abbr.closest('a')?.getAttribute('href'),
		}));

	it('explains the first PCN on the Accounts page, and only the first', () => {
		const page = readPage('/accounts/');
		const pcns = explained(page).filter((abbr) => abbr.letters === 'PCN');
		expect(pcns).toEqual([{ letters: 'PCN', title: 'Primary Care Network', href: '/glossary/#pcn' }]);
		const firstMention = [...page.querySelectorAll('main p, main li, main td')].find((element) => /\bPCNs?\b/.test(element.textContent ?? ''));
		expect(firstMention?.querySelector('abbr')).not.toBeNull();
	});

	it.each(['/', '/faq/', '/accounts/', '/data-sources/', '/public-vs-account/', '/glossary/', '/api/'])(
		'marks nothing inside headings, links of the page, or code on %s',
		(path) => {
			const marked = [...readPage(path).querySelectorAll('abbr')];
			for (const abbr of marked) {
				expect(abbr.closest('h1, h2, h3, h4, h5, h6, code, pre')).toBeNull();
				expect(abbr.parentElement?.matches('a.glossary-term')).toBe(true);
				expect(abbr.closest('a')?.parentElement?.closest('a')).toBeNull();
			}
			const letters = marked.map((abbr) => normalise(abbr.textContent).replace(/s$/, ''));
			expect(new Set(letters).size).toBe(letters.length);
		},
	);
});
