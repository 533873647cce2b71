import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redirects } from '../../src/config/redirects.ts';
import { fileForPath } from '../support/dist.ts';
import { siteInChromium } from '../support/site-in-chromium.ts';

/** Every address of the old help site: board papers and bookmarks link to them. */
const oldHelpSite = [
	'/',
	'/platform/',
	'/getting-started/',
	'/accounts/',
	'/public-vs-account/',
	'/ai-connections/',
	'/tools/',
	'/tools/practice-overview/',
	'/tools/gp-appointments/',
	'/tools/nhs-app/',
	'/tools/digital-front-door/',
	'/tools/gp-patient-survey/',
	'/tools/pcn-des/',
	'/tools/qof/',
	'/tools/nhs-payments/',
	'/tools/workforce-arrs/',
	'/tools/contract-assurance/',
	'/interpreting-results/',
	'/workflows/',
	'/data-import/',
	'/api/',
	'/api-cookbook/',
	'/glossary/',
	'/faq/',
];
// Every redirect is tested, including one added later for an address missing above.
const oldAddresses = [...new Set([...oldHelpSite, ...Object.keys(redirects)])];

const site = siteInChromium();
let page: Page;
const walk: string[] = [];

beforeAll(async () => {
	page = await site.browser.newPage();
});

afterAll(async () => {
	console.log(`Old addresses:\n${walk.join('\n')}`);
});

describe('the old help site’s addresses', () => {
	it.each(oldAddresses)('%s lands on its target in src/config/redirects.ts or serves its own page, never the 404 page', async (address) => {
		const response = await page.goto(`${site.origin}${address}`);
		await page.waitForLoadState('load');
		// Astro's redirect pages forward with a meta refresh; wait until the page it leads to is on screen.
		await page.waitForFunction(() => !document.querySelector('meta[http-equiv="refresh"]'));
		const landed = new URL(page.url());
		const title = (await page.locator('h1').first().textContent())?.trim();
		const target = redirects[address];
		if (target !== undefined) {
			expect(landed.pathname + landed.hash).toBe(target);
			if (landed.hash) expect(await page.locator(landed.hash).count()).toBe(1);
			walk.push(`${address} → ${target} (${title})`);
		} else {
			expect(response?.status()).toBe(200);
			expect(fileForPath(address)).toBeDefined();
			expect(landed.pathname).toBe(address);
			expect(title).toBeTruthy();
			walk.push(`${address} → itself (${title})`);
		}
	});
});

describe('an address carrying markup or script', () => {
	it('is offered back on the 404 page as plain words, and runs nothing', async () => {
		const alerts: string[] = [];
		page.on('dialog', async (dialog) => {
			alerts.push(dialog.message());
			await dialog.dismiss();
		});
		const response = await page.goto(`${site.origin}/${encodeURIComponent('<img src=x onerror=alert(1)>')}/`);
		expect(response?.status()).toBe(404);
		await expect.poll(() => page.locator('main input[type="search"]').inputValue()).toBe('img src x onerror alert 1');
		expect(await page.locator('main img').count()).toBe(0);
		expect(alerts).toEqual([]);
	});
});
