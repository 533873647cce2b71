import { describe, expect, it } from 'vitest';
import { builtPagePaths, readPage, redirectTarget } from '../support/dist.ts';
import { firstViewOf } from '../support/first-view.ts';
import { siteInChromium } from '../support/site-in-chromium.ts';

const pages = builtPagePaths().filter((path) => path.endsWith('/') && !redirectTarget(readPage(path)));

const site = siteInChromium();

/**
 * The byte budgets (tests/site/budgets.test.ts) are computed from what the HTML references.
 * This keeps them honest: a page that fetches more once it is idle (a search UI loaded
 * "just in case", a prefetch) must show up here, before the reader has done anything.
 */
describe('first view in Chromium', () => {
	it.each(pages)('%s fetches nothing beyond what its HTML references, even once idle', async (path) => {
		const page = await site.browser.newPage();
		try {
			const fetched: string[] = [];
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (url.origin === site.origin) fetched.push(url.pathname);
			});
			await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
			// Give idle callbacks their turn, then let anything they start finish.
			await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 200), { timeout: 2000 })));
			await page.waitForLoadState('networkidle');
			const expected = new Set(firstViewOf(path).resources.map((resource) => resource.path));
			expect(fetched.filter((fetchedPath) => !expected.has(fetchedPath))).toEqual([]);
		} finally {
			await page.close();
		}
	});
});
