import type { Browser, BrowserContext, Page, Request } from 'playwright-core';

export interface PageWeight {
	path: string;
	/** Bytes over the wire (gzip bodies plus headers), everything fetched until the page is idle. */
	transferred: number;
	js: number;
	css: number;
	html: number;
	other: number;
	requests: number;
}

/** Counts what a page fetches from now on: bytes over the wire by resource type, and requests. */
function trackRequests(page: Page) {
	const finished: Promise<{ type: string; bytes: number; path: string }>[] = [];
	const onRequest = (request: Request) => {
		const path = new URL(request.url()).pathname;
		finished.push(
			request
				.response()
				.then(async (response) => {
					if (!response) return { type: request.resourceType(), bytes: 0, path };
					await response.finished();
					const sizes = await request.sizes();
					return { type: request.resourceType(), bytes: sizes.responseBodySize + sizes.responseHeadersSize, path };
				})
				.catch(() => ({ type: request.resourceType(), bytes: 0, path })),
		);
	};
	page.on('request', onRequest);
	return {
		async totals() {
			page.off('request', onRequest);
			const all = await Promise.all(finished);
			const sum = (types: string[]) => all.filter((entry) => types.includes(entry.type)).reduce((total, entry) => total + entry.bytes, 0);
			return {
				transferred: all.reduce((total, entry) => total + entry.bytes, 0),
				js: sum(['script']),
				css: sum(['stylesheet']),
				html: sum(['document']),
				requests: all.length,
				// Pagefind's per-result data files: a search that loads one for every match grows with the site.
				fragments: all.filter((entry) => entry.path.includes('/pagefind/fragment/')).length,
			};
		},
	};
}

/** Waits until the page has loaded, its idle callbacks have run and the network is quiet. */
async function settle(page: Page): Promise<void> {
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 200), { timeout: 2000 })));
	await page.waitForLoadState('networkidle');
}

/** Each page on first view in a fresh browser profile (empty cache), as a new reader gets it. */
export async function measurePageWeights(browser: Browser, origin: string, paths: string[]): Promise<PageWeight[]> {
	const weights: PageWeight[] = [];
	for (const path of paths) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const tracker = trackRequests(page);
		await page.goto(`${origin}${path}`);
		await settle(page);
		const totals = await tracker.totals();
		weights.push({ path, ...totals, other: totals.transferred - totals.js - totals.css - totals.html });
		await context.close();
	}
	return weights;
}

/** Our search override's UI contract, or Starlight's default Pagefind UI until the override is in the build. */
const searchUis = {
	override: {
		open: 'button[data-search-open]',
		input: 'dialog input[role="combobox"]',
		firstResult: (query: string) => `[data-search-results][data-search-query="${query}"] a`,
		// Results name their query, so partial results while typing cannot be mistaken for the answer.
		typeKeyByKey: true,
	},
	starlight: {
		open: 'button[data-open-modal]',
		input: '#starlight__search input',
		firstResult: () => '.pagefind-ui__result-link',
		// Its results do not say which query they answer: the query goes in as one input, so only one search runs.
		typeKeyByKey: false,
	},
};

export interface SearchRun {
	ui: keyof typeof searchUis;
	/** Bytes fetched from opening search to the first result and the network going quiet. */
	bytes: number;
	/** From the last keystroke to the first result for the whole query on screen. */
	ms: number;
	/** Pagefind data fragments fetched. */
	fragments: number;
}

/**
 * Opens search on `path`, types `query` at a brisk typing pace and times, in the page, the last
 * keystroke's input event to the first result link for that query. The context's cache decides cold or warm.
 */
export async function searchOnce(context: BrowserContext, origin: string, path: string, query: string): Promise<SearchRun> {
	const page = await context.newPage();
	try {
		await page.goto(`${origin}${path}`);
		await settle(page);
		const ui = (await page.$(searchUis.override.open)) ? 'override' : 'starlight';
		const selectors = searchUis[ui];
		const tracker = trackRequests(page);
		const resultSelector = selectors.firstResult(query);
		// Records, by the page's own clock, the last keystroke and every change that leaves a result on screen:
		// Starlight's UI shows results for part of the query while the reader is still typing.
		await page.evaluate((selector) => {
			const marks = { lastKey: 0, resultChanges: [] as number[] };
			(window as unknown as { benchMarks: typeof marks }).benchMarks = marks;
			document.addEventListener('input', () => (marks.lastKey = performance.now()), true);
			new MutationObserver(() => {
				if (document.querySelector(selector)) marks.resultChanges.push(performance.now());
			}).observe(document.body, { childList: true, subtree: true, attributes: true });
		}, resultSelector);
		await page.click(selectors.open);
		await page.waitForSelector(selectors.input, { state: 'visible' });
		await page.focus(selectors.input);
		if (selectors.typeKeyByKey) await page.keyboard.type(query, { delay: 120 });
		else await page.keyboard.insertText(query);
		const firstResultAfterLastKey = () => {
			const marks = (window as unknown as { benchMarks: { lastKey: number; resultChanges: number[] } }).benchMarks;
			const first = marks.resultChanges.find((time) => time >= marks.lastKey);
			return first === undefined ? undefined : first - marks.lastKey;
		};
		const ms = await (await page.waitForFunction(firstResultAfterLastKey, undefined, { timeout: 20_000 })).jsonValue();
		await page.waitForLoadState('networkidle');
		const { transferred, fragments } = await tracker.totals();
		return { ui, bytes: transferred, ms: ms!, fragments };
	} finally {
		await page.close();
	}
}
