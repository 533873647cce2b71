import { describe, expect, it } from 'vitest';
import { builtPagePaths, readPage } from '../support/dist.ts';

const pagesWithTables = builtPagePaths().filter((path) => readPage(path).querySelector('main table'));

describe('Markdown tables', () => {
	it('are on some pages, so the check below checks something', () => {
		expect(pagesWithTables.length).toBeGreaterThan(0);
	});

	// At phone width a wide table scrolls sideways; its region must take keyboard focus and have a name.
	it.each(pagesWithTables)('on %s each sit in a focusable, named region', (path) => {
		const regions = [...readPage(path).querySelectorAll('main table')].map((table) => table.parentElement);
		const labels = regions.map((region) => (region?.matches('section.table-region[tabindex="0"]') ? region.getAttribute('aria-label') : null));
		expect(labels.every(Boolean)).toBe(true);
		expect(new Set(labels).size).toBe(labels.length);
	});

	// On a phone the rows stack as cards, each value under its column's name (site.css).
	it.each(pagesWithTables)('on %s give every body cell its column’s name', (path) => {
		const unlabelled = [...readPage(path).querySelectorAll('main table')].flatMap((table) => {
			const columns = [...table.querySelectorAll('thead th')].map((cell) => cell.textContent!.trim());
			return [...table.querySelectorAll('tbody tr')].flatMap((row) =>
				[...row.querySelectorAll('td')]
					.filter((cell, column) => cell.getAttribute('data-label') !== columns[column])
					.map((cell) => cell.outerHTML.slice(0, 80)),
			);
		});
		expect(unlabelled).toEqual([]);
	});
});
