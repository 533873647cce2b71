/**
 * `npm run bench` (or `npm run bench -- --quick` for one run of each): measures the built site and
 * writes bench/report.md and bench/report.json. Figures only, never a pass or fail: the machine is
 * shared and noisy, so each timing is the median of several runs with its spread.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { queryParts, type SearchQuery } from '../tests/browser/search-queries.ts';
import { launchChromium } from '../tests/support/browser.ts';
import {
	ourSearchBox,
	runQuerySet,
	scoreOf,
	share,
	starlightSearchBox,
	type QueryOutcome,
	type QuerySetScore,
	type SearchBox,
} from '../tests/support/query-set.ts';
import { builtPagePaths, readPage, redirectTarget } from '../tests/support/dist.ts';
import { distDir, projectRoot } from '../tests/support/paths.ts';
import { serveSite } from '../tests/support/server.ts';
import { measurePageWeights, searchOnce, slowerPaces, typingPaces, type PageWeight, type SearchRun } from './browser.ts';
import { generateDefaultCorpus, generateDefaultSite, generateOurCorpus, measureBuild, pagefindIndexBytes, runsDir, type BuildMeasure } from './build.ts';
import { runLighthouse, type LighthouseRun } from './lighthouse.ts';

const quick = process.argv.includes('--quick');
const runs = quick ? 1 : 3;
const corpusSize = 1000;
const lighthousePages = ['/', '/faq/', '/accounts/', '/data-sources/'];
const searchQuery = 'workspace';

interface Spread {
	median: number;
	min: number;
	max: number;
	runs: number;
}

const spread = (values: number[]): Spread => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
	return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length };
};

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function repeat<T>(label: string, count: number, run: (index: number) => Promise<T>): Promise<T[]> {
	const results: T[] = [];
	for (let index = 0; index < count; index++) {
		log(`${label} (${index + 1}/${count})`);
		results.push(await run(index));
	}
	return results;
}

const buildSpread = (measures: BuildMeasure[]) => ({
	seconds: spread(measures.map((measure) => measure.seconds)),
	peakMB: spread(measures.map((measure) => measure.peakMB)),
});

/** Serves a built site the way a CDN does: gzip, and an hour's caching so a second visit is warm. */
const serveBuilt = (root: string) => serveSite(() => ({ 'cache-control': 'public, max-age=3600' }), { root, gzip: true });

/**
 * First searches in fresh profiles (cold), then a search on another page of the same profile
 * (warm), typed briskly; and first searches typed at each slower pace (coldAtSlowerPace).
 */
async function measureSearch(root: string, pages: [string, string]) {
	const site = await serveBuilt(root);
	const browser = await launchChromium();
	try {
		const cold: SearchRun[] = [];
		const warm: SearchRun[] = [];
		const coldAtSlowerPace = { moderate: [] as SearchRun[], unhurried: [] as SearchRun[] };
		await repeat(`search "${searchQuery}" in ${root.replace(projectRoot, '')}`, runs, async () => {
			const context = await browser.newContext();
			cold.push(await searchOnce(context, site.origin, pages[0], searchQuery));
			warm.push(await searchOnce(context, site.origin, pages[1], searchQuery));
			await context.close();
			for (const pace of slowerPaces) {
				const freshContext = await browser.newContext();
				coldAtSlowerPace[pace].push(await searchOnce(freshContext, site.origin, pages[0], searchQuery, typingPaces[pace]));
				await freshContext.close();
			}
		});
		const summarise = (list: SearchRun[]) => ({
			ui: list[0]!.ui,
			bytes: spread(list.map((run) => run.bytes)),
			ms: spread(list.map((run) => run.ms)),
			fragments: spread(list.map((run) => run.fragments)),
			pageScript: spread(list.map((run) => run.pageScript)),
		});
		return {
			cold: summarise(cold),
			warm: summarise(warm),
			coldAtSlowerPace: { moderate: summarise(coldAtSlowerPace.moderate), unhurried: summarise(coldAtSlowerPace.unhurried) },
		};
	} finally {
		await browser.close();
		await site.close();
	}
}

/** The query set (tests/browser/search-queries.ts), both parts, typed whole into a site's search box. */
async function runQuerySetOn(root: string, box: SearchBox, queries: SearchQuery[]) {
	const site = await serveBuilt(root);
	const browser = await launchChromium();
	try {
		log(`query set (${queries.length} queries) in ${root.replace(projectRoot, '')}`);
		return await runQuerySet(await browser.newPage(), site.origin, box, queries);
	} finally {
		await browser.close();
		await site.close();
	}
}

async function main() {
	const started = performance.now();
	mkdirSync(runsDir, { recursive: true });

	// The real site; the last build stays in dist/ for the measurements that follow.
	const realBuilds = await repeat('build the real site', runs, () => measureBuild(projectRoot));
	const realIndex = pagefindIndexBytes(distDir);
	const contentPages = builtPagePaths().filter((path) => path.endsWith('/') && !redirectTarget(readPage(path)));

	const site = await serveBuilt(distDir);
	let weights: PageWeight[];
	const lighthouse: Record<string, LighthouseRun[]> = {};
	try {
		log('page weights in Chromium');
		const browser = await launchChromium();
		weights = await measurePageWeights(browser, site.origin, contentPages);
		await browser.close();
		for (const path of lighthousePages) lighthouse[path] = await repeat(`Lighthouse ${path}`, runs, () => runLighthouse(`${site.origin}${path}`));
	} finally {
		await site.close();
	}
	const realSearch = await measureSearch(distDir, ['/', '/faq/']);
	log('build the real Markdown pages with a default Starlight config');
	const defaultSite = join(generateDefaultSite('real-default'), 'dist');
	await measureBuild(dirname(defaultSite));
	const allQueries = [...queryParts.tuning, ...queryParts.test];
	const ourOutcomes = await runQuerySetOn(distDir, ourSearchBox, allQueries);
	// Like for like: the default build has no .mdx pages (the API cookbook), so neither side is asked for them.
	const inBoth = (entry: SearchQuery) => existsSync(join(defaultSite, entry.page, 'index.html'));
	const defaultOutcomes = await runQuerySetOn(defaultSite, starlightSearchBox, allQueries.filter(inBoth));
	const scoreParts = (outcomes: Map<string, QueryOutcome>, keep: (entry: SearchQuery) => boolean) => ({
		tuning: scoreOf(queryParts.tuning.filter(keep).map((entry) => outcomes.get(entry.query)!)),
		test: scoreOf(queryParts.test.filter(keep).map((entry) => outcomes.get(entry.query)!)),
	});
	const querySet = {
		ours: scoreParts(ourOutcomes, () => true),
		oursInBoth: scoreParts(ourOutcomes, inBoth),
		default: scoreParts(defaultOutcomes, inBoth),
	};

	log(`generate ${corpusSize} pages with our config`);
	const ourCorpus = generateOurCorpus(corpusSize);
	const ourCorpusBuilds = await repeat(`build ${corpusSize} pages, our config`, runs, () => measureBuild(ourCorpus));
	const ourCorpusIndex = pagefindIndexBytes(join(ourCorpus, 'dist'));
	const corpusSearch = await measureSearch(join(ourCorpus, 'dist'), ['/', '/faq/']);

	log(`generate ${corpusSize} pages with a default Starlight config`);
	const defaultCorpus = generateDefaultCorpus(corpusSize);
	const defaultCorpusBuilds = await repeat(`build ${corpusSize} pages, default Starlight`, runs, () => measureBuild(defaultCorpus));
	const defaultCorpusIndex = pagefindIndexBytes(join(defaultCorpus, 'dist'));
	// Starlight's own search box on the same pages: the comparison our search's cost is judged by.
	const defaultSearch = await measureSearch(join(defaultCorpus, 'dist'), ['/', '/faq/']);

	const lighthouseSummary = Object.fromEntries(
		Object.entries(lighthouse).map(([path, list]) => [
			path,
			Object.fromEntries((Object.keys(list[0]!) as (keyof LighthouseRun)[]).map((key) => [key, spread(list.map((run) => run[key]))])),
		]),
	) as Record<string, Record<keyof LighthouseRun, Spread>>;

	const report = {
		date: new Date().toISOString(),
		quick,
		runs,
		machine: `${(await import('node:os')).cpus().length} cores, Node ${process.version}`,
		pages: weights,
		lighthouse: lighthouseSummary,
		builds: {
			real: { pages: contentPages.length, ...buildSpread(realBuilds), pagefindIndex: realIndex },
			ours1000: { pages: corpusSize, ...buildSpread(ourCorpusBuilds), pagefindIndex: ourCorpusIndex },
			default1000: { pages: corpusSize, ...buildSpread(defaultCorpusBuilds), pagefindIndex: defaultCorpusIndex },
		},
		search: { query: searchQuery, real: realSearch, ours1000: corpusSearch, default1000: defaultSearch },
		querySet,
		benchSeconds: (performance.now() - started) / 1000,
	};
	writeFileSync(join(projectRoot, 'bench/report.json'), JSON.stringify(report, null, '\t') + '\n');
	writeFileSync(join(projectRoot, 'bench/report.md'), renderReport(report));
	log(`wrote bench/report.md and bench/report.json in ${report.benchSeconds.toFixed(0)} s`);
}

type Report = {
	date: string;
	quick: boolean;
	runs: number;
	machine: string;
	pages: PageWeight[];
	lighthouse: Record<string, Record<keyof LighthouseRun, Spread>>;
	builds: Record<'real' | 'ours1000' | 'default1000', { pages: number; seconds: Spread; peakMB: Spread; pagefindIndex: { bytes: number; files: number } }>;
	search: { query: string; real: SearchSummary; ours1000: SearchSummary; default1000: SearchSummary };
	querySet: Record<'ours' | 'oursInBoth' | 'default', Record<'tuning' | 'test', QuerySetScore>>;
	benchSeconds: number;
};
type SearchSummary = Awaited<ReturnType<typeof measureSearch>>;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const withSpread = (value: Spread, format: (n: number) => string) =>
	value.runs > 1 ? `${format(value.median)} (${format(value.min)}–${format(value.max)})` : format(value.median);
const seconds = (n: number) => `${n.toFixed(1)} s`;
const ms = (n: number) => `${Math.round(n)} ms`;
const mb = (n: number) => `${Math.round(n)} MB`;

function renderReport(report: Report): string {
	const { builds, search, lighthouse, pages, querySet } = report;
	const heaviest = pages.reduce((a, b) => (b.transferred > a.transferred ? b : a));
	const mostJs = pages.reduce((a, b) => (b.js > a.js ? b : a));
	const mostRequests = pages.reduce((a, b) => (b.requests > a.requests ? b : a));
	const lowest = (key: 'performance' | 'accessibility' | 'bestPractices' | 'seo') => Math.min(...Object.values(lighthouse).map((page) => page[key].median));
	const searchGrowth = search.ours1000.cold.bytes.median / search.real.cold.bytes.median;
	const lines = [
		'# Performance report',
		'',
		`${report.date}, ${report.machine}, ${report.runs} run(s) of each timing${report.quick ? ' (quick run)' : ''}; bench took ${Math.round(report.benchSeconds)} s.`,
		'Timings are medians with the spread (min–max) in brackets. Figures, not pass or fail: the machine is shared and noisy.',
		`Search runs through ${search.real.cold.ui === 'override' ? 'our search override' : "Starlight's default Pagefind UI"}.`,
		'',
		'## Summary',
		'',
		'| Measure | This site | Goal |',
		'| --- | --- | --- |',
		`| Lighthouse (mobile), lowest median over ${Object.keys(lighthouse).length} pages: performance / accessibility / best practices / SEO | ${lowest('performance')} / ${lowest('accessibility')} / ${lowest('bestPractices')} / ${lowest('seo')} | 100 / 100 / 100 / 100 |`,
		`| Heaviest first view once idle (${heaviest.path}): gzip bodies, and over the wire with headers | ${kb(heaviest.bodies)}, ${kb(heaviest.transferred)} | bodies ≤ 25 KB (≤ 30 KB with code) |`,
		`| Most JavaScript before search is opened (${mostJs.path}) | ${kb(mostJs.js)} | ≤ 6 KB |`,
		`| Most requests on first view (${mostRequests.path}) | ${mostRequests.requests} | ≤ 8 |`,
		`| Build, ${builds.ours1000.pages} pages: our config vs default Starlight | ${withSpread(builds.ours1000.seconds, seconds)} vs ${withSpread(builds.default1000.seconds, seconds)} | no slower than default |`,
		`| Peak build memory, ${builds.ours1000.pages} pages: ours vs default | ${withSpread(builds.ours1000.peakMB, mb)} vs ${withSpread(builds.default1000.peakMB, mb)} | no larger than default |`,
		`| First search bytes (cold), real site vs ${builds.ours1000.pages} pages | ${kb(search.real.cold.bytes.median)} vs ${kb(search.ours1000.cold.bytes.median)} (× ${searchGrowth.toFixed(2)}) | ≤ × 1.3 |`,
		`| Last keystroke to first result, cold / warm, real site | ${withSpread(search.real.cold.ms, ms)} / ${withSpread(search.real.warm.ms, ms)} | |`,
		`| Last keystroke to first result, cold / warm, ${builds.ours1000.pages} pages | ${withSpread(search.ours1000.cold.ms, ms)} / ${withSpread(search.ours1000.warm.ms, ms)} | |`,
		`| First search, ${builds.ours1000.pages} pages: ours vs default Starlight, bytes (cold) | ${kb(search.ours1000.cold.bytes.median)} vs ${kb(search.default1000.cold.bytes.median)} | no more than default |`,
		`| First search, ${builds.ours1000.pages} pages: ours vs default Starlight, data fragments fetched (cold) | ${search.ours1000.cold.fragments.median} vs ${search.default1000.cold.fragments.median} | a small bound, whatever the size |`,
		`| First search, ${builds.ours1000.pages} pages: ours vs default Starlight, last keystroke to first result (cold) | ${withSpread(search.ours1000.cold.ms, ms)} vs ${withSpread(search.default1000.cold.ms, ms)} | no slower than default |`,
		...slowerPaces.flatMap((pace) => [
			`| … typed at ${typingPaces[pace]} ms a key instead of ${typingPaces.brisk} ms: bytes (cold) | ${kb(search.ours1000.coldAtSlowerPace[pace].bytes.median)} vs ${kb(search.default1000.coldAtSlowerPace[pace].bytes.median)} | no more than default |`,
			`| … typed at ${typingPaces[pace]} ms a key: last keystroke to first result (cold) | ${withSpread(search.ours1000.coldAtSlowerPace[pace].ms, ms)} vs ${withSpread(search.default1000.coldAtSlowerPace[pace].ms, ms)} | no slower than default |`,
		]),
		`| JavaScript a page loads before search is opened, ${builds.ours1000.pages} pages: ours vs default Starlight | ${kb(search.ours1000.cold.pageScript.median)} vs ${kb(search.default1000.cold.pageScript.median)} | |`,
		`| Query set, held-back test part, right page first: ours vs default Starlight (pages both have) | ${share(querySet.oursInBoth.test.pageHit1, querySet.oursInBoth.test.queries)} vs ${share(querySet.default.test.pageHit1, querySet.default.test.queries)} | ≥ 90 % |`,
		'',
		'## Pages on first view (Chromium, fresh profile, gzip, until idle)',
		'',
		'| Page | Transferred | Gzip bodies | HTML | CSS | JS | Other | Requests |',
		'| --- | --- | --- | --- | --- | --- | --- | --- |',
		...pages.map(
			(page) =>
				`| ${page.path} | ${kb(page.transferred)} | ${kb(page.bodies)} | ${kb(page.html)} | ${kb(page.css)} | ${kb(page.js)} | ${kb(page.other)} | ${page.requests} |`,
		),
		'',
		'Bytes over the wire include response headers; the budgets in `tests/site/budgets.test.ts` count gzip bodies only.',
		'',
		'## Lighthouse (mobile preset)',
		'',
		'| Page | Performance | Accessibility | Best practices | SEO | LCP | TBT | CLS | Total weight |',
		'| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
		...Object.entries(lighthouse).map(
			([path, page]) =>
				`| ${path} | ${withSpread(page.performance, String)} | ${withSpread(page.accessibility, String)} | ${withSpread(page.bestPractices, String)} | ${withSpread(page.seo, String)} | ${withSpread(page.lcpMs, ms)} | ${withSpread(page.tbtMs, ms)} | ${withSpread(page.cls, (n) => n.toFixed(3))} | ${kb(page.weight.median)} |`,
		),
		'',
		'## Builds',
		'',
		'| Site | Pages | Build time | Peak memory (build and Pagefind) | Pagefind index |',
		'| --- | --- | --- | --- | --- |',
		...(
			[
				['Real site', builds.real],
				['Generated corpus, our config', builds.ours1000],
				['Generated corpus, default Starlight', builds.default1000],
			] as const
		).map(
			([name, build]) =>
				`| ${name} | ${build.pages} | ${withSpread(build.seconds, seconds)} | ${withSpread(build.peakMB, mb)} | ${kb(build.pagefindIndex.bytes)} in ${build.pagefindIndex.files} files |`,
		),
		'',
		`The corpus repeats the real pages' text under new titles (bench/build.ts), generated into bench/runs/ (gitignored). ` +
			`For the default config its data blocks are written out as Markdown, so both index the same pages' text (ours leaves out code examples and some summaries, and packs its word lists closer: bench/README.md, "What still differs"). ` +
			`Every build starts with no dist/ and no content cache, as on a fresh clone.`,
		'',
		`## Search for "${search.query}"`,
		'',
		`| Site | First search bytes, cold | Warm | Last keystroke to first result, cold | Warm | ${slowerPaces.map((pace) => `Typed at ${typingPaces[pace]} ms a key, cold: bytes, time`).join(' | ')} |`,
		'| --- | --- | --- | --- | --- | --- | --- |',
		...(
			[
				['Real site', search.real],
				[`${builds.ours1000.pages} pages, our config`, search.ours1000],
				[`${builds.ours1000.pages} pages, default Starlight`, search.default1000],
			] as const
		).map(
			([name, result]) =>
				`| ${name} | ${withSpread(result.cold.bytes, kb)} | ${withSpread(result.warm.bytes, kb)} | ${withSpread(result.cold.ms, ms)} | ${withSpread(result.warm.ms, ms)} | ${slowerPaces.map((pace) => `${withSpread(result.coldAtSlowerPace[pace].bytes, kb)}, ${withSpread(result.coldAtSlowerPace[pace].ms, ms)}`).join(' | ')} |`,
		),
		'',
		'Cold: a fresh browser profile, the first search on the home page. Warm: the same profile, a new visit to the FAQ and the same search.',
		`Both search boxes are typed into key by key, ${typingPaces.brisk} ms apart (a brisk typist, 100 words a minute), and in the last two columns ${typingPaces.moderate} and ${typingPaces.unhurried} ms apart (48 and 34 words a minute); a result counts once it answers the whole query.`,
		`A box that waits for a pause in typing searches parts of the word for a typist slower than its pause, and fetches what they find. Ours waits 200 ms and Starlight's 300 ms, so at ${typingPaces.moderate} ms a key ours does and Starlight's does not, and at ${typingPaces.unhurried} ms both do.`,
		'Bytes count everything fetched from opening search to the first result, once the network is quiet.',
		"Starlight's default loads its search interface with every page, before search is opened; ours loads it on opening, so it counts here.",
		'',
		'## Finding the right page: the query set',
		'',
		'| Search | Part | Queries | Page first (hit@1) | Page in first three (hit@3) | Section first, where a query names one |',
		'| --- | --- | --- | --- | --- | --- |',
		...(
			[
				['Ours, real site', querySet.ours],
				['Ours, pages both sites have', querySet.oursInBoth],
				['Default Starlight, pages both sites have', querySet.default],
			] as const
		).flatMap(([name, parts]) =>
			(['tuning', 'test'] as const).map((part) => {
				const score = parts[part];
				return `| ${name} | ${part} | ${score.queries} | ${share(score.pageHit1, score.queries)} | ${share(score.pageHit3, score.queries)} | ${share(score.sectionHit1, score.anchored)} |`;
			}),
		),
		'',
		"Queries in readers' own words, each with the page (and where one answers it, the section) it should find (tests/browser/search-queries.ts), typed whole. " +
			'The tuning part is the only one the ranking may be tuned on; the test part is held back and only measured, so it is the figure to believe. ' +
			"Default Starlight: the real Markdown pages at their own addresses with a default config and Starlight's own search; it has no .mdx pages (the API cookbook), so the comparison leaves out the queries for them. " +
			'Its first result is the first section it shows under its first page.',
		'',
	];
	return lines.join('\n');
}

await main();
