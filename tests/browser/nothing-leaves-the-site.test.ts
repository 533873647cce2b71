import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPagePaths, readPage, redirectTarget } from '../support/dist.ts';
import { searchFor } from '../support/search-dialog.ts';
import { siteInChromium } from '../support/site-in-chromium.ts';

/** Every page a reader can land on: the content pages and the 404 page, not the redirects. */
const pages = builtPagePaths().filter((path) => !redirectTarget(readPage(path)));

const site = siteInChromium();
let context: BrowserContext;
let page: Page;
/** Requests to any host but the site's own; they are recorded, then stopped. */
let otherHosts: string[] = [];
/** Console errors, uncaught exceptions and failed loads (a missing favicon among them). */
let errors: string[] = [];

beforeAll(async () => {
	context = await site.browser.newContext();
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (new URL(url).origin === site.origin) return route.continue();
		otherHosts.push(url);
		return route.abort('blockedbyclient');
	});
	page = await context.newPage();
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
	});
	page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
	page.on('requestfailed', (request) => errors.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
	page.on('response', (response) => {
		if (response.status() >= 400) errors.push(`${response.status()}: ${response.url()}`);
	});
});

afterAll(async () => {
	await context?.close();
});

describe('a reader on the site', () => {
	it.each(pages)('%s: asks nothing of another host and logs no error', async (path) => {
		otherHosts = [];
		errors = [];
		await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
		expect(otherHosts).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('searching: asks nothing of another host and logs no error', async () => {
		await page.goto(`${site.origin}/faq/`, { waitUntil: 'networkidle' });
		otherHosts = [];
		errors = [];
		await searchFor(page, 'api key');
		await page.waitForLoadState('networkidle');
		expect(otherHosts).toEqual([]);
		expect(errors).toEqual([]);
	});
});
