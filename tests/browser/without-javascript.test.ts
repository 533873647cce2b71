import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPagePaths, readPage, redirectTarget } from '../support/dist.ts';
import { siteInChromium } from '../support/site-in-chromium.ts';

const site = siteInChromium();
let page: Page;
beforeAll(async () => {
	page = await (await site.browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false })).newPage();
});
afterAll(() => page?.context().close());

describe('with JavaScript off', () => {
	it('offers the A–Z index from the header in place of the Search button, and it links to every page', async () => {
		await page.goto(`${site.origin}/accounts/`);
		expect(await page.locator('header .search-button').isVisible()).toBe(false);
		await page.locator('header').getByRole('link', { name: 'A–Z index' }).click();
		expect(new URL(page.url()).pathname).toBe('/a-z/');
		const linked = new Set(await page.$$eval('.sl-markdown-content a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)));
		const pages = builtPagePaths().filter((path) => path.endsWith('/') && path !== '/a-z/' && !redirectTarget(readPage(path)));
		expect(pages.filter((path) => !linked.has(path))).toEqual([]);
	});

	it('keeps the A–Z index out of the search index, so searching finds the pages themselves', () => {
		expect(readPage('/a-z/').querySelector('[data-pagefind-body]')).toBeNull();
	});

	it('shows every language of the cookbook’s tabbed examples, each under its label', async () => {
		await page.goto(`${site.origin}/api-cookbook/`);
		const panels = page.locator('starlight-tabs [role="tabpanel"]');
		expect(await panels.count()).toBeGreaterThan(3);
		const unseen = await panels.evaluateAll((all) =>
			all
				.filter(
					(panel) => panel.getBoundingClientRect().height === 0 || !(panel.querySelector('.tab-label-without-script')?.getBoundingClientRect().height ?? 0),
				)
				.map((panel) => panel.id),
		);
		expect(unseen).toEqual([]);
		expect(await page.locator('starlight-tabs [role="tabpanel"] .tab-label-without-script').allTextContents()).toContain('JavaScript');
	});
});
