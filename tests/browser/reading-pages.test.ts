import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { builtPagePaths, readPage, redirectTarget } from '../support/dist.ts';
import { siteInChromium } from '../support/site-in-chromium.ts';

const site = siteInChromium();
const widths = [1280, 375] as const;
/** The pages with a table in their text. */
const pagesWithTables = builtPagePaths().filter(
	(path) => path.endsWith('/') && !redirectTarget(readPage(path)) && readPage(path).querySelector('.sl-markdown-content table'),
);
const pages: Page[] = [];
afterAll(() => Promise.all(pages.map((page) => page.context().close())));

async function pageAt(width: number, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
	const context = await site.browser.newContext({ viewport: { width, height: 900 }, ...options });
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
	const page = await context.newPage();
	pages.push(page);
	return page;
}

describe.each(widths)('at %i px wide', (width) => {
	it.each(pagesWithTables)(
		'%s shows every table cell, or keeps it in a focusable scroll region that shows more lies to the side; no blank rows',
		async (path) => {
			const page = await pageAt(width);
			await page.goto(`${site.origin}${path}`);
			const problems = await page.$$eval(
				'.sl-markdown-content table',
				(tables, viewport) =>
					tables.flatMap((table) => {
						const region = table.closest<HTMLElement>('.table-region');
						// A region a reader can scroll with the keyboard, and can see that more lies to the side (its edges shade).
						const scrolls =
							region !== null &&
							region.tabIndex === 0 &&
							region.scrollWidth > region.clientWidth + 1 &&
							getComputedStyle(region).backgroundImage.includes('gradient');
						const cells = [...table.querySelectorAll<HTMLElement>('td')];
						const cut = cells.filter((cell) => {
							const box = cell.getBoundingClientRect();
							return cell.textContent!.trim() !== '' && box.width > 0 && (box.left < 0 || box.right > viewport + 1) && !scrolls;
						});
						const blankRows = [...table.querySelectorAll<HTMLElement>('tbody tr')].filter((row) => {
							const shown = [...row.querySelectorAll<HTMLElement>('td')].filter((cell) => {
								const box = cell.getBoundingClientRect();
								return box.width > 0 && box.height > 0 && box.left < viewport && box.right > 0;
							});
							return shown.length > 0 && shown.every((cell) => cell.textContent!.trim() === '');
						});
						return [
							...cut.map((cell) => `cut off: ${cell.textContent!.trim().slice(0, 40)}`),
							...blankRows.map((row) => `blank row: ${row.textContent!.trim().slice(0, 40)}`),
						];
					}),
				width,
			);
			expect(problems).toEqual([]);
		},
	);

	it('has header controls of at least 44 by 44 pixels', async () => {
		const page = await pageAt(width);
		await page.goto(`${site.origin}/accounts/`);
		if (width === 375) await page.click('.sl-menu-button');
		const small = await page.$$eval('.search-button, .sl-menu-button, starlight-theme-select select', (controls) =>
			controls
				.map((control) => ({ control: control.className || control.tagName, box: control.getBoundingClientRect() }))
				.filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
				.map(({ control, box }) => `${control}: ${Math.round(box.width)}×${Math.round(box.height)}`),
		);
		expect(small).toEqual([]);
	});

	it('gives every code example a Copy button that copies it and says so', async () => {
		const page = await pageAt(width);
		await page.goto(`${site.origin}/api-cookbook/`);
		const blocks = await page.locator('.sl-markdown-content pre').count();
		expect(blocks).toBeGreaterThan(5);
		expect(await page.getByRole('button', { name: /^Copy the .*code$/, includeHidden: true }).count()).toBe(blocks);
		const button = page.getByRole('button', { name: /^Copy the .*code$/ }).first();
		const code = await page.locator('.sl-markdown-content pre:visible').first().innerText();
		await button.click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code.replace(/\n$/, ''));
		await expect.poll(() => page.getByRole('status').filter({ hasText: 'Code copied.' }).count()).toBe(1);
	});
});
