import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchCspViolations } from '../support/csp-violations.ts';
import { builtPagePaths, readPage, redirectTarget } from '../support/dist.ts';
import { readHeadersFile } from '../support/headers.ts';
import { siteInChromium } from '../support/site-in-chromium.ts';

const pages = builtPagePaths().filter((path) => !redirectTarget(readPage(path)));

// Served with exactly the headers in dist/_headers, as a CDN would send them.
const site = siteInChromium(readHeadersFile());

/** A page that records every CSP violation the browser reports. */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
	const page = await site.browser.newPage();
	return { page, violations: await watchCspViolations(page) };
}

describe('the site under its own Content-Security-Policy (meta tag and _headers)', () => {
	it('reports no violation while every page is read', async () => {
		const { page, violations } = await watchedPage();
		for (const path of pages) {
			const response = await page.goto(`${site.origin}${path}`);
			expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
			await page.waitForLoadState('networkidle');
		}
		await page.close();
		expect(violations).toEqual([]);
	});

	it('reports no violation while a reader searches', async () => {
		const { page, violations } = await watchedPage();
		await page.goto(`${site.origin}/faq/`);
		await page.keyboard.press('Control+k');
		await page.keyboard.type('api key');
		await expect.poll(() => page.locator('[data-search-results] a').count(), { timeout: 15_000 }).toBeGreaterThan(0);
		await page.close();
		expect(violations).toEqual([]);
	});
});
