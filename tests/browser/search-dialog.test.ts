import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { fileForPath } from '../support/dist.ts';
import { siteInChromium } from '../support/site-in-chromium.ts';

const site = siteInChromium();
let context: BrowserContext;
let page: Page;
/** Every address the page asked for, as paths. */
let requested: string[];

const openButton = '[data-search-open]';
const input = 'dialog[open] input[role=combobox]';
const results = '[data-search-results]';

/** Waits until the results on show are those for `query` (the attribute `npm run bench` times too). */
const resultsFor = (query: string) =>
	page.waitForFunction((query) => document.querySelector('[data-search-results]')?.getAttribute('data-search-query') === query, query);

const resultLinks = () =>
	page.$$eval(`${results} a`, (links) => links.map((link) => new URL((link as HTMLAnchorElement).href)).map((url) => url.pathname + url.hash));

async function visit(path: string) {
	requested = [];
	await page.goto(`${site.origin}${path}`);
}

beforeEach(async () => {
	await context?.close();
	context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
	page = await context.newPage();
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
});

describe('the search on a plain page view', () => {
	it('downloads nothing of the search until the reader shows intent', async () => {
		await visit('/faq/');
		await page.waitForLoadState('networkidle');
		expect(requested.filter((path) => path.startsWith('/pagefind/') || path.includes('search-dialog'))).toEqual([]);

		await page.hover(openButton);
		await page.waitForResponse((response) => response.url().endsWith('.pf_meta'));
		expect(requested.some((path) => path.includes('search-dialog'))).toBe(true);
		expect(requested).toContain('/pagefind/pagefind.js');
	});

	it('ships its opening script in under 1 KB gzipped', async () => {
		await visit('/');
		const scripts = await page.$$eval('script', (elements) =>
			elements.map((element) => ({ src: (element as HTMLScriptElement).src, text: element.textContent ?? '' })),
		);
		const opener = scripts.filter((script) => script.text.includes('data-search-open'));
		expect(opener).toHaveLength(1);
		expect(gzipSync(opener[0]!.text).length).toBeLessThan(1024);
	});

	it('downloads no more for a first search than Starlight’s default search (127 KB gzipped)', async () => {
		await visit('/faq/');
		await page.waitForLoadState('networkidle');
		requested = [];
		await page.click(openButton);
		await page.keyboard.type('api key');
		await resultsFor('api key');
		await page.waitForLoadState('networkidle');
		// The test server does not compress; a host does, so count each file as gzip would send it.
		const gzipped = requested
			.map((path) => fileForPath(path))
			.filter((file): file is string => file !== undefined)
			.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
		expect(requested).toContain('/pagefind/wasm.en.pagefind');
		expect(gzipped).toBeLessThanOrEqual(127 * 1024);
	});

	/**
	 * Searches once (one input event, so one search, whatever the machine's load: how many searches
	 * typing starts is a bench figure, not a test) and counts what it fetched and showed.
	 */
	async function searchOnce(query: string) {
		await visit('/faq/');
		await page.click(openButton);
		await page.waitForLoadState('networkidle');
		requested = [];
		await page.fill(input, query);
		await resultsFor(query);
		await page.waitForLoadState('networkidle');
		return {
			shown: await page.locator(`${results} a`).count(),
			fragments: requested.filter((path) => path.startsWith('/pagefind/fragment/')).length,
			matchingPages: await page.evaluate(
				`import('/pagefind/pagefind.js').then((pagefind) => pagefind.search(${JSON.stringify(query)})).then(({ results }) => results.length)`,
			),
		};
	}

	it('fetches the data of only the few pages it ranks first, however many match', async () => {
		// "account" is on most pages, and the first five hold more than ten sections that say it.
		const { shown, fragments, matchingPages } = await searchOnce('account');
		expect(matchingPages).toBeGreaterThan(5);
		expect(shown).toBe(10);
		expect(fragments).toBeLessThanOrEqual(5);
	});

	it('fills the list from further pages when the first ones hold few matching sections, fetching no more than it shows', async () => {
		// "interpreting" is on more than ten pages, most of them once, in their links to Interpreting results.
		const { shown, fragments, matchingPages } = await searchOnce('interpreting');
		expect(matchingPages).toBeGreaterThan(10);
		expect(shown).toBe(10);
		expect(fragments).toBeLessThanOrEqual(10);
	});

	it('gives the button an accessible name that contains its visible text', async () => {
		await visit('/');
		const button = page.locator(openButton);
		expect(await button.innerText()).toContain('Search');
		expect(await button.evaluate((element) => element.getAttribute('aria-label'))).toBeNull();
	});
});

describe('opening and closing the search', () => {
	it('opens with the button, focused on the search box', async () => {
		await visit('/');
		await page.click(openButton);
		await expect(page.locator(input).evaluate((element) => element === document.activeElement)).resolves.toBe(true);
		await expect(page.locator('dialog[open]').getAttribute('aria-label')).resolves.toBe('Search');
	});

	it.each([['Control+k'], ['Meta+k'], ['/']])('opens with %s', async (shortcut) => {
		await visit('/accounts/');
		await page.keyboard.press(shortcut);
		await page.waitForSelector(input);
	});

	it('closes with Escape and gives focus back to the button', async () => {
		await visit('/');
		await page.click(openButton);
		await page.fill(input, 'api key');
		await resultsFor('api key');
		await page.keyboard.press('Escape');
		await page.waitForSelector('dialog[open]', { state: 'detached' });
		expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
	});
});

describe('searching with the keyboard', () => {
	it('finds the API key question, reaches it with arrow keys and opens it with Enter', async () => {
		await visit('/');
		await page.keyboard.press('Control+k');
		await page.keyboard.type('api key');
		await resultsFor('api key');
		expect(await page.locator('[role=status]').innerText()).toMatch(/^\d+ results? for “api key”/);
		const links = await resultLinks();
		const target = links.indexOf('/faq/#how-do-i-get-an-api-key');
		expect(target).toBeGreaterThanOrEqual(0);

		for (let step = 0; step <= target; step++) await page.keyboard.press('ArrowDown');
		const active = await page.locator(input).getAttribute('aria-activedescendant');
		expect(await page.locator(`#${active}`).getAttribute('href')).toMatch(/^\/faq\/\?highlight=.*#how-do-i-get-an-api-key$/);
		await Promise.all([page.waitForURL(/\/faq\/\?highlight=.*#how-do-i-get-an-api-key$/), page.keyboard.press('Enter')]);

		const heading = page.locator('#how-do-i-get-an-api-key');
		await page.waitForFunction(() => {
			const box = document.getElementById('how-do-i-get-an-api-key')?.getBoundingClientRect();
			return box !== undefined && box.top >= 0 && box.bottom <= innerHeight;
		});
		expect(await heading.innerText()).toBe('How Do I Get An API Key?');
		// The words searched for are marked on arrival, in the section opened.
		await page.waitForSelector('mark.search-highlight');
		expect(await page.$$eval('mark.search-highlight', (marks) => marks.map((mark) => mark.textContent?.toLowerCase()))).toContain('key');
	});

	it('wraps from the first result to the last with ArrowUp', async () => {
		await visit('/');
		await page.click(openButton);
		await page.fill(input, 'account');
		await resultsFor('account');
		await page.keyboard.press('ArrowUp');
		const ids = await page.$$eval(`${results} [role=option]`, (options) => options.map((option) => option.id));
		expect(await page.locator(input).getAttribute('aria-activedescendant')).toBe(ids.at(-1));
		expect(await page.locator(`#${ids.at(-1)}`).getAttribute('aria-selected')).toBe('true');
	});

	it('says so clearly when nothing matches', async () => {
		await visit('/');
		await page.click(openButton);
		await page.fill(input, 'qwertyuiop');
		await resultsFor('qwertyuiop');
		expect(await page.locator('[role=status]').innerText()).toContain('No results for “qwertyuiop”');
		expect(await resultLinks()).toEqual([]);
		expect(await page.locator(input).getAttribute('aria-expanded')).toBe('false');
	});

	it('shows a query of HTML as text and runs nothing', async () => {
		const payload = '<img src=x onerror=alert(1)>';
		const alerts: string[] = [];
		page.on('dialog', (dialog) => {
			alerts.push(dialog.message());
			void dialog.dismiss();
		});
		await visit('/');
		await page.click(openButton);
		await page.fill(input, payload);
		await resultsFor(payload);
		expect(await page.locator('[role=status]').innerText()).toContain(payload);
		expect(await page.locator('dialog img').count()).toBe(0);
		expect(requested.filter((path) => path === '/x')).toEqual([]);
		expect(alerts).toEqual([]);
	});
});

describe('links to a search', () => {
	it('opens the search with the query and its results from ?search=', async () => {
		await visit('/data-sources/?search=api%20key');
		await page.waitForSelector(input);
		expect(await page.locator(input).inputValue()).toBe('api key');
		await resultsFor('api key');
		expect(await resultLinks()).toContain('/faq/#how-do-i-get-an-api-key');
	});

	it('keeps the address in step with the query, so it can be shared', async () => {
		await visit('/glossary/');
		await page.click(openButton);
		await page.fill(input, 'forgot password');
		await resultsFor('forgot password');
		const search = () => page.evaluate(() => new URLSearchParams(location.search).get('search'));
		expect(await search()).toBe('forgot password');
		await page.keyboard.press('Escape');
		await page.waitForSelector('dialog[open]', { state: 'detached' });
		// The dialog's close event, which clears the address, comes a task after `open` goes.
		await expect.poll(search).toBeNull();
	});

	it('treats a deep-linked payload as text too', async () => {
		const alerts: string[] = [];
		page.on('dialog', (dialog) => {
			alerts.push(dialog.message());
			void dialog.dismiss();
		});
		await visit(`/?search=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
		await resultsFor('<img src=x onerror=alert(1)>');
		expect(await page.locator('dialog img').count()).toBe(0);
		expect(alerts).toEqual([]);
	});

	it('marks the searched words, whole, in the section a result opens and nowhere else, with code loaded only then', async () => {
		const highlightCode = () => requested.filter((path) => path.includes('highlight'));
		await visit('/faq/');
		await page.waitForLoadState('networkidle');
		expect(highlightCode()).toEqual([]);
		// "API" is in later answers too, and "port" is only ever part of a word ("exports", "report").
		await visit('/faq/?highlight=export&highlight=data&highlight=api&highlight=port#can-i-export-data');
		await page.waitForSelector('mark.search-highlight');
		expect(highlightCode()).toHaveLength(1);
		expect(await page.$$eval('mark.search-highlight', (marks) => marks.map((mark) => mark.textContent))).toEqual(['Export', 'Data', 'exports', 'data', 'API']);
	});
});

describe('the search when Pagefind cannot load', () => {
	const status = () => page.locator('dialog[open] [data-search-status]');

	/** Opens search on the FAQ while `blocked` fails as `fail` says, types `query`, and waits for the dialog to say search is not available. */
	async function searchWhileFailing(blocked: string, fail: (route: Route) => Promise<void>, query: string) {
		await page.route(blocked, fail);
		await visit('/faq/');
		await page.click(openButton);
		await page.fill(input, query);
		await expect.poll(() => status().textContent()).toMatch(/^Search is not available right now\./);
	}

	it('says so plainly, shows no stale results, logs the cause once, and works again after Try again', async () => {
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error' && message.text().startsWith('The site search could not load')) errors.push(message.text());
		});
		// Offline, blocked by a network filter, or a bad deploy: every file of the search engine and its index fails.
		await searchWhileFailing('**/pagefind/**', (route) => route.abort(), 'api key');
		expect(await page.locator(`${results} a`).count()).toBe(0);
		expect(await page.locator(results).isHidden()).toBe(true);
		// Typing again tries Pagefind afresh, fails again, and says so without logging it twice.
		const secondFailure = page.waitForEvent('requestfailed', (request) => request.url().includes('attempt=1'));
		await page.fill(input, 'password');
		await secondFailure;
		await page.evaluate(() => new Promise((settled) => requestAnimationFrame(() => requestAnimationFrame(settled))));
		expect(await status().textContent()).toMatch(/^Search is not available right now\./);
		expect(errors).toHaveLength(1);

		await page.unroute('**/pagefind/**');
		await page.click('dialog[open] [data-search-retry]');
		await resultsFor('password');
		expect(await resultLinks()).toContain('/accounts/#reset-your-password');
		expect(await page.locator('dialog[open] [data-search-retry]').isHidden()).toBe(true);
		expect(await status().textContent()).toMatch(/results? for “password”/);
	});

	it('searches afresh when the reader types the same words again after a failure', async () => {
		await searchWhileFailing('**/pagefind/**', (route) => route.abort(), 'api key');

		await page.unroute('**/pagefind/**');
		await page.fill(input, 'api');
		await page.fill(input, 'api key');
		await resultsFor('api key');
		expect(await resultLinks()).toContain('/faq/#how-do-i-get-an-api-key');
	});

	it('clears its message once the search that failed to load loads', async () => {
		await page.route('**/_astro/search-dialog*.js', (route) => route.abort());
		await visit('/faq/');
		await page.click(openButton);
		await expect.poll(() => status().textContent()).toBe('Search is not available right now. Close this and try again.');

		await page.unroute('**/_astro/search-dialog*.js');
		await page.keyboard.press('Escape');
		await page.click(openButton);
		await resultsFor('');
		expect(await status().textContent()).toBe('');
	});

	it('says so when only part of the index fails, instead of finding nothing', async () => {
		// Pagefind itself answers "no results" when an index chunk fails to load.
		await searchWhileFailing('**/pagefind/index/**', (route) => route.fulfill({ status: 404, body: 'Not found' }), 'api key');
		expect(await page.locator('dialog[open] [data-search-retry]').isVisible()).toBe(true);

		await page.unroute('**/pagefind/index/**');
		await page.click('dialog[open] [data-search-retry]');
		await resultsFor('api key');
		expect(await resultLinks()).toContain('/faq/#how-do-i-get-an-api-key');
	});
});

describe('the search on a slow connection', () => {
	const status = () => page.locator('dialog[open] [data-search-status]');

	it.each([2_500, 6_000])(
		'with its files %i ms late: says it is searching at once, never that it failed, then shows results',
		async (delay) => {
			await page.route(/\/(pagefind\/|_astro\/search-dialog)/, async (route) => {
				await new Promise((done) => setTimeout(done, delay));
				await route.continue();
			});
			await visit('/faq/');
			await page.click(openButton);
			await page.keyboard.type('api key');
			// Read at once, without waiting: the words typed are answered by "Searching…" straight away.
			expect(await status().textContent()).toBe('Searching…');
			// Read together, in one task of the page: read apart, the results could arrive between the two.
			const onScreen = () =>
				page.evaluate(
					(results) => ({
						shown: document.querySelectorAll(`${results} a`).length,
						status: document.querySelector('dialog[open] [data-search-status]')?.textContent ?? '',
					}),
					results,
				);
			const said = new Set<string>();
			for (let now = await onScreen(); now.shown === 0; now = await onScreen()) {
				said.add(now.status);
				await page.waitForTimeout(100);
			}
			await resultsFor('api key');
			expect([...said].filter((message) => message !== 'Searching…')).toEqual([]);
			expect(await status().textContent()).toMatch(/^\d+ results for “api key”\.$/);
		},
		180_000,
	);
});

describe('queries the status line cannot echo whole', () => {
	it('keeps a pasted 5,000-character query to the box’s limit and a short excerpt', async () => {
		await visit('/faq/');
		await page.click(openButton);
		await page.keyboard.insertText('account '.repeat(625));
		expect((await page.inputValue(input)).length).toBeLessThanOrEqual(200);
		await page.waitForFunction(() => document.querySelector('[data-search-results]')?.hasAttribute('data-search-query'));
		const excerpt = await page.locator('dialog[open] [data-search-status] bdi').textContent();
		expect(excerpt!.length).toBeLessThanOrEqual(61);
		expect((await page.locator('dialog[open] [data-search-status]').boundingBox())!.height).toBeLessThan(100);
	});

	it('isolates a right-to-left query from the punctuation around it', async () => {
		await visit('/faq/');
		await page.click(openButton);
		await page.keyboard.insertText('حساب');
		await resultsFor('حساب');
		expect(await page.locator('dialog[open] [data-search-status] bdi').textContent()).toBe('حساب');
	});
});

describe('a query that matches nothing', () => {
	it.each(['asdfghjkl', 'qwerty uiop', 'zxcvbnm'])('“%s” finds no results, and the dialog offers the A–Z index', async (query) => {
		await visit('/faq/');
		await page.click(openButton);
		await page.fill(input, query);
		await resultsFor(query);
		expect(await resultLinks()).toEqual([]);
		expect(await page.locator('dialog[open] [data-search-status]').textContent()).toMatch(/^No results for/);
		expect(
			await page
				.locator('dialog[open]')
				.getByRole('link', { name: /A–Z index/ })
				.isVisible(),
		).toBe(true);
	});
});
