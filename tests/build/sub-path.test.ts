import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redirects } from '../../src/config/redirects.ts';
import { launchChromium } from '../support/browser.ts';
import { builtPagePaths, readPage, redirectTarget } from '../support/dist.ts';
import { buildCopy, type SiteCopy } from '../support/fixture-build.ts';
import { readHeadersFile } from '../support/headers.ts';
import { searchFor } from '../support/search-dialog.ts';
import { serveSite, type StaticSite } from '../support/server.ts';

/*
 * One build of the site with its address set the way Read the Docs' is, with a path
 * (`SITE_URL`, read first; tests/unit/site-address.test.ts shows READTHEDOCS_CANONICAL_URL alone
 * gives the same address). It is served under that path only, as Read the Docs serves it: a link
 * that forgot the base finds nothing.
 */
const address = 'https://help.example.org/en/latest/';
const base = '/en/latest/';

let copy: SiteCopy;
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
	copy = buildCopy({ env: { SITE_URL: address } });
	if (copy.status !== 0) throw new Error(`The site did not build for ${address}:\n${copy.output}`);
	[site, browser] = await Promise.all([serveSite(readHeadersFile(join(copy.dist, '_headers')), { root: copy.dist, base }), launchChromium()]);
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await site?.close();
	copy?.remove();
});

const distFile = (name: string) => readFileSync(join(copy.dist, name), 'utf8');

interface Crawled {
	status: number;
	/** For HTML: the page, to look up anchors. */
	document?: Document;
}

/**
 * Every page reachable by links from the home page, the 404 page and the old addresses, and
 * everything the pages load, fetched once each.
 */
async function crawl(): Promise<{ pages: Map<string, Crawled>; problems: string[] }> {
	const fetched = new Map<string, Crawled>();
	const problems: string[] = [];
	const anchors: { from: string; to: string; id: string }[] = [];
	const queue = [base, `${base}404.html`, ...Object.keys(redirects).map((from) => `${base}${from.slice(1)}`)];
	while (queue.length > 0) {
		const path = queue.shift()!;
		if (fetched.has(path)) continue;
		const response = await fetch(`${site.origin}${path}`, { redirect: 'manual' });
		const entry: Crawled = { status: response.status };
		fetched.set(path, entry);
		if (response.status !== 200) continue;
		if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) continue;
		const { document } = parseHTML(await response.text());
		entry.document = document as unknown as Document;
		const references = [
			...[...document.querySelectorAll('a[href], link[href]')].map((element) => element.getAttribute('href')!),
			...[...document.querySelectorAll('script[src], img[src]')].map((element) => element.getAttribute('src')!),
			...[...document.querySelectorAll('form[action]')].map((element) => element.getAttribute('action')!),
			...[...document.querySelectorAll('meta[http-equiv="refresh"]')].map((meta) => meta.getAttribute('content')!.replace(/^.*url=/i, '')),
		];
		for (const reference of references) {
			const url = new URL(reference, `${site.origin}${path}`);
			if (url.origin !== site.origin) continue;
			if (!url.pathname.startsWith(base)) {
				problems.push(`${path}: ${reference} is outside ${base}`);
				continue;
			}
			if (url.hash.length > 1) anchors.push({ from: path, to: url.pathname, id: url.hash.slice(1) });
			queue.push(url.pathname);
		}
	}
	for (const [path, { status }] of fetched) if (status !== 200) problems.push(`${path}: status ${status}`);
	for (const { from, to, id } of anchors) {
		const target = fetched.get(to)?.document;
		if (target && !target.getElementById(decodeURIComponent(id))) problems.push(`${from}: ${to}#${id} (no such anchor)`);
	}
	return { pages: fetched, problems };
}

describe(`the site built for ${address} and served under ${base}`, () => {
	it('has every link, asset, form and anchor resolving inside the path', async () => {
		const { pages, problems } = await crawl();
		expect(problems.slice(0, 20)).toEqual([]);
		expect([...pages.keys()].filter((path) => path.endsWith('/')).length).toBeGreaterThanOrEqual(20);
	});

	it('says in its log which address it was built for, and from which variable', () => {
		expect(copy.output).toContain(`Site address ${address} (from SITE_URL).`);
	});

	it('answers nothing at the host’s root, so the crawl above could fail', async () => {
		expect((await fetch(`${site.origin}/faq/`)).status).toBe(404);
		expect((await fetch(`${site.origin}${base}faq/`)).status).toBe(200);
	});

	it('gives crawlers a sitemap of every page at the full address, robots.txt pointing at it, and a canonical link on every page', async () => {
		expect(distFile('robots.txt')).toBe(`User-agent: *\nAllow: /\nSitemap: ${address}sitemap-index.xml\n`);
		expect(distFile('sitemap-index.xml')).toContain(`<loc>${address}sitemap-0.xml</loc>`);
		const locations = [...distFile('sitemap-0.xml').matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!);
		for (const path of ['', 'faq/', 'accounts/', 'data-sources/', 'glossary/', 'api/', 'public-vs-account/', 'tools/qof/']) {
			expect(locations).toContain(`${address}${path}`);
		}
		expect(locations.filter((location) => location.includes('404'))).toEqual([]);
		for (const location of locations) {
			const path = new URL(location).pathname;
			const response = await fetch(`${site.origin}${path}`);
			expect(response.status, path).toBe(200);
			const canonical = parseHTML(await response.text())
				.document.querySelector('link[rel="canonical"]')
				?.getAttribute('href');
			expect(canonical, path).toBe(location);
		}
	});

	it('writes _headers and _redirects with the path in every rule', () => {
		const patterns = distFile('_headers')
			.split('\n')
			.filter((line) => line && !/^\s/.test(line));
		expect(patterns.length).toBeGreaterThan(1);
		for (const pattern of patterns) expect(pattern.startsWith(base), pattern).toBe(true);
		expect(distFile('_redirects').trim().split('\n')).toEqual(
			Object.entries(redirects).map(([from, to]) => `${base}${from.slice(1)} ${base}${to.slice(1)} 301`),
		);
	});

	it('offers /llms.txt and the full text for AI assistants, at the full address', async () => {
		const index = await (await fetch(`${site.origin}${base}llms.txt`)).text();
		expect(index).toMatch(/^# Haresign help/);
		expect(index).toContain(`${address}llms-full.txt`);
		const full = await fetch(`${site.origin}${base}llms-full.txt`);
		expect(full.status).toBe(200);
		expect(await full.text()).toContain('How Do I Create An Account?');
	});

	it('lists every page in /llms.txt as a link at its full address, with its description', async () => {
		const index = await (await fetch(`${site.origin}${base}llms.txt`)).text();
		// The real site's pages (built for this run in dist/, at the root), not its redirects or its 404 page.
		const pages = builtPagePaths().filter((path) => path.endsWith('/') && !redirectTarget(readPage(path)));
		expect(pages.length).toBeGreaterThan(20);
		const unlisted = pages.filter((path) => !new RegExp(`^- \\[[^\\]]+\\]\\(${address}${path.slice(1)}\\): \\S`, 'm').test(index));
		expect(unlisted).toEqual([]);
	});
});

describe(`in Chromium, under ${base}`, () => {
	let page: Page;

	beforeAll(async () => {
		page = await browser.newPage();
	});

	it('search finds a page and opens it, with the words highlighted', async () => {
		await page.goto(`${site.origin}${base}glossary/`);
		await searchFor(page, 'api key');
		const first = page.locator('[data-search-results] a').first();
		const href = new URL((await first.getAttribute('href'))!, page.url());
		expect(href.pathname.startsWith(base), href.href).toBe(true);
		const [response] = await Promise.all([page.waitForNavigation(), first.click()]);
		expect(response?.status()).toBe(200);
		const landed = new URL(page.url());
		expect(landed.pathname.startsWith(base) && landed.pathname !== `${base}glossary/`, landed.href).toBe(true);
		await expect.poll(() => page.locator('main mark.search-highlight').count(), { timeout: 15_000 }).toBeGreaterThan(0);
	});

	it('the 404 page searches for the words of the address', async () => {
		const response = await page.goto(`${site.origin}${base}tools/qof-old/`);
		expect(response?.status()).toBe(404);
		await expect.poll(() => page.locator('main input[type="search"]').inputValue()).toBe('qof old');
		await page.locator('main [role="search"] button[type="submit"]').click();
		await page.waitForURL((url) => url.searchParams.has('search'));
		expect(new URL(page.url()).pathname).toBe(base);
		await expect.poll(() => page.locator('dialog[open] [data-search-results] a').count(), { timeout: 15_000 }).toBeGreaterThan(0);
	});

	it.each(Object.entries(redirects))('the old address %s lands on %s under the path', async (from, to) => {
		await page.goto(`${site.origin}${base}${from.slice(1)}`);
		await page.waitForFunction(() => !document.querySelector('meta[http-equiv="refresh"]'));
		expect(new URL(page.url()).pathname).toBe(`${base}${to.slice(1)}`);
	});
});
