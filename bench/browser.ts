import type { Browser, BrowserContext, Page, Request } from 'playwright-core';

export interface PageWeight {
	path: string;
	/** Bytes over the wire (gzip bodies plus headers), everything fetched until the page is idle. */
	transferred: number;
	/** The gzip bodies alone: what the budget test counts. */
	bodies: number;
	js: number;
	css: number;
	html: number;
	other: number;
	requests: number;
}

/** Counts what a page fetches from now on: bytes over the wire by resource type, and requests. */
function trackRequests(page: Page) {
	const finished: Promise<{ type: string; bytes: number; bodyBytes: number; path: string }>[] = [];
	const onRequest = (request: Request) => {
		const path = new URL(request.url()).pathname;
		finished.push(
			request
				.response()
				.then(async (response) => {
					if (!response) return { type: request.resourceType(), bytes: 0, bodyBytes: 0, path };
					await response.finished();
					const sizes = await request.sizes();
					return { type: request.resourceType(), bytes: sizes.responseBodySize + sizes.responseHeadersSize, bodyBytes: sizes.responseBodySize, path };
				})
				.catch(() => ({ type: request.resourceType(), bytes: 0, bodyBytes: 0, path })),
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
				bodies: all.reduce((total, entry) => total + entry.bodyBytes, 0),
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

/**
 * Our search override's UI contract, or Starlight's default Pagefind UI. Both are typed into key
 * by key, and a result counts only once it answers the whole query: ours names its query on the
 * results, Starlight's says "… results for <query>" in its message.
 */
const searchUis = {
	override: {
		open: 'button[data-search-open]',
		input: 'dialog input[role="combobox"]',
		result: (query: string) => ({ selector: `[data-search-results][data-search-query="${query}"] a`, message: '', messageEnd: '' }),
	},
	starlight: {
		open: 'button[data-open-modal]',
		input: '#starlight__search input',
		result: (query: string) => ({ selector: '.pagefind-ui__result-link', message: '.pagefind-ui__message', messageEnd: `for ${query}` }),
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
	/** JavaScript the page loaded before search was opened, bytes over the wire. */
	pageScript: number;
}

/**
 * The gaps between keys a search box is typed with, in ms: a brisk typist's (100 words a minute,
 * five letters a word), a moderate one's (48) and an unhurried one's (34). A box that waits for a
 * pause in typing searches parts of the word for a typist slower than its pause, and fetches what
 * they find. Ours waits 200 ms (typingPause in src/search/search-dialog.ts), Pagefind UI's 300 ms:
 * the moderate pace lies between the two, and the unhurried one clear of both.
 */
export const typingPaces = { brisk: 120, moderate: 250, unhurried: 350 } as const;
/** The paces slower than either box's pause. */
export const slowerPaces = ['moderate', 'unhurried'] as const;

/**
 * Opens search on `path`, types `query` key by key, `keyGap` ms apart, and times, in the page, the
 * last keystroke's input event to the first result link for that query. The context's cache decides cold or warm.
 */
export async function searchOnce(context: BrowserContext, origin: string, path: string, query: string, keyGap: number = typingPaces.brisk): Promise<SearchRun> {
	const page = await context.newPage();
	try {
		const pageLoad = trackRequests(page);
		await page.goto(`${origin}${path}`);
		await settle(page);
		const pageScript = (await pageLoad.totals()).js;
		const ui = (await page.$(searchUis.override.open)) ? 'override' : 'starlight';
		const selectors = searchUis[ui];
		const tracker = trackRequests(page);
		// Records, by the page's own clock, the last keystroke and every change that leaves a result
		// for the whole query on screen: Starlight's UI shows results for part of it while the reader types.
		await page.evaluate(({ selector, message, messageEnd }) => {
			const marks = { lastKey: 0, resultChanges: [] as number[] };
			(window as unknown as { benchMarks: typeof marks }).benchMarks = marks;
			document.addEventListener('input', () => (marks.lastKey = performance.now()), true);
			new MutationObserver(() => {
				const answered = !message || (document.querySelector(message)?.textContent ?? '').trim().endsWith(messageEnd);
				if (answered && document.querySelector(selector)) marks.resultChanges.push(performance.now());
			}).observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
		}, selectors.result(query));
		await page.click(selectors.open);
		await page.waitForSelector(selectors.input, { state: 'visible' });
		await page.focus(selectors.input);
		await page.keyboard.type(query, { delay: keyGap });
		const firstResultAfterLastKey = () => {
			const marks = (window as unknown as { benchMarks: { lastKey: number; resultChanges: number[] } }).benchMarks;
			const first = marks.resultChanges.find((time) => time >= marks.lastKey);
			return first === undefined ? undefined : first - marks.lastKey;
		};
		const ms = await (await page.waitForFunction(firstResultAfterLastKey, undefined, { timeout: 20_000 })).jsonValue();
		await page.waitForLoadState('networkidle');
		const { transferred, fragments } = await tracker.totals();
		return { ui, bytes: transferred, ms: ms!, fragments, pageScript };
	} finally {
		await page.close();
	}
}
