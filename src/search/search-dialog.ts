/*
 * The search, loaded on intent by open-search.ts. Each idea in the query, in the reader's words and
 * the pages' (query.ts), is a Pagefind search over the index of pages (build-index.ts). The pages
 * are ranked on Pagefind's scores, only the first few are loaded, and their sections are ranked
 * (ranking.ts). Results are a listbox of links that the arrow keys move through (the ARIA combobox pattern).
 */
import { expansions } from 'virtual:haresign/search-expansions';
import { conceptsOf, normaliseQuery, standsFor, vocabularyOf, type Concept } from './query.ts';
import {
	headingOf,
	introductionScore,
	pageTitleScore,
	rankRecords,
	rankSections,
	sectionScore,
	type LoadedPage,
	type MatchedWord,
	type ScoredRecord,
} from './ranking.ts';
import { messageNodes, type BrowserStrings } from './ui-strings.ts';

interface PagefindSection {
	title: string;
	url: string;
	excerpt: string;
	/** The heading the section starts with: its element, text and the place of its first word. */
	anchor?: { element: string; text: string; location: number };
	weighted_locations: MatchedWord[];
}
interface PagefindPage {
	url: string;
	meta: { title: string };
	/** The page's words, split on white space; `locations` are the places of this search's matches in them. */
	content: string;
	locations: number[];
	sub_results: PagefindSection[];
}
interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindPage>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	preload(term: string): Promise<void>;
	search(term: string): Promise<{ results: PagefindResult[] }>;
}

/** A section to show: where it goes (with the words to highlight) and what it says. */
interface Result {
	href: string;
	title: string;
	pageTitle: string;
	excerpt: string;
	/** The words searched for. */
	words: string[];
}

const maxResults = 10;
/**
 * How many of the pages ranked first are loaded, for their sections: each is one fetch, whatever
 * the size of the site. Chosen on the query set in tests/browser/search-queries.ts: with 3, three
 * fewer queries find the right page first than with 5; with 8, one fewer.
 */
const pagesLoaded = 5;

/**
 * Searching waits for a pause in typing this long, so each keystroke does not start a search of
 * its own: longer than the gap between a brisk typist's keys, shorter than Pagefind's own debounce
 * (300 ms), which cannot be used because one query is several searches.
 */
const typingPause = 200;
/**
 * Pagefind's ranking. A long page (the FAQ) answers many questions: with a weak length penalty it
 * can still come first for one of them. Chosen on the query set in tests/browser/search-queries.ts.
 */
const ranking = { pageLength: 0.15 };

/** What open-search.ts passes in, so that the page's script shares no chunk with this one. */
export interface SearchParams {
	searchParam: string;
	highlightParam: string;
	/** The address of Pagefind's script, already being fetched. */
	pagefindModule: string;
}

const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]')!;
const input = dialog.querySelector('input')!;
const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
const retry = dialog.querySelector<HTMLButtonElement>('[data-search-retry]')!;
const list = dialog.querySelector<HTMLElement>('[data-search-results]')!;
const say = JSON.parse(dialog.dataset['searchStrings']!) as BrowserStrings;
const vocabulary = vocabularyOf(expansions);

let params: SearchParams;
let engine: Promise<Pagefind> | undefined;
let attempts = 0;
let failureLogged = false;
/**
 * The query typed last, whose search is under way or whose results are shown (none after a
 * failure): a search for an older one stops fetching and shows nothing.
 */
let latestQuery: string | undefined;

/**
 * Pagefind's files that failed to load and have not loaded since. Pagefind answers "no results"
 * when a chunk of its index fails, so the dialog watches Pagefind's fetches to say that search is
 * not available instead.
 */
const failedLoads = new Set<string>();
function watchPagefindLoads(pagefindFolder: string) {
	const pageFetch = window.fetch.bind(window);
	window.fetch = async (resource, options) => {
		const address = new URL(resource instanceof Request ? resource.url : resource, location.href).href;
		const isPagefind = address.startsWith(pagefindFolder);
		try {
			const response = await pageFetch(resource, options);
			if (isPagefind) failedLoads[response.ok ? 'delete' : 'add'](address);
			return response;
		} catch (error) {
			if (isPagefind) failedLoads.add(address);
			throw error;
		}
	};
}

/** Pagefind, started once; after a failure, fetched afresh (a new address, so no cached failure is reused). */
function searchEngine(): Promise<Pagefind> {
	engine ??= (async () => {
		const address = attempts === 0 ? params.pagefindModule : `${params.pagefindModule}?attempt=${attempts}`;
		const pagefind = (await import(/* @vite-ignore */ address)) as Pagefind;
		// No worker: for an index this small, starting one costs more time and bytes than it saves.
		await pagefind.options({ noWorker: true, excerptLength: 20, ranking });
		await pagefind.init();
		return pagefind;
	})();
	return engine;
}

/** Every word the query's searches use, once each: what is highlighted, and what is preloaded. */
const wordsSearched = (concepts: Concept[]): string[] => [
	...new Set(concepts.flatMap((concept) => concept.searches.flatMap((search) => search.words.split(' ')))),
];

/** One search that found a page: which idea of the query it was for, and how much it counts. */
interface PageMatch {
	idea: number;
	weight: number;
	/** The words of the search that found it. */
	words: string;
	result: PagefindResult;
}

/** The pages that have one idea, however it is said, each with its best score; every match is kept in `matches`. */
async function pagesFor(pagefind: Pagefind, concept: Concept, idea: number, matches: Map<string, PageMatch[]>): Promise<ScoredRecord[]> {
	const best = new Map<string, number>();
	for (const { words, weight } of concept.searches) {
		for (const result of (await pagefind.search(words)).results) {
			best.set(result.id, Math.max(best.get(result.id) ?? 0, result.score * weight));
			matches.set(result.id, [...(matches.get(result.id) ?? []), { idea, weight, words, result }]);
		}
	}
	return [...best].map(([id, score]) => ({ id, score }));
}

/** A section found on a loaded page: what to show, and the best score any search gave it. */
interface FoundSection {
	section: PagefindSection;
	pageTitle: string;
	best: number;
}

/** Whether the page has, for every word searched, a word that stands for it (not just its first letters). */
function matchesEveryWord(words: string, data: PagefindPage): boolean {
	const pageWords = data.content.split(/[^\S\uFEFF]+/);
	const matched = data.locations.map((location) => normaliseQuery(pageWords[location] ?? ''));
	return words.split(' ').every((searched) => matched.some((word) => standsFor(searched, word)));
}

/**
 * Loads a page's data once for each search that found it, and scores its sections. One search
 * after another: Pagefind fetches the page once, but hands every search the same object, with
 * that search's matches written into it. `searched` is every word of the query's searches.
 */
async function loadPage(score: number, pageMatches: PageMatch[], ideas: number, searched: string[], found: Map<string, FoundSection>): Promise<LoadedPage> {
	const none = () => new Array<number>(ideas).fill(0);
	const page: LoadedPage = { url: '', score, titleScores: none(), introductionScores: none(), sections: new Map() };
	for (const { idea, weight, words, result } of pageMatches) {
		const data = await result.data();
		if (!matchesEveryWord(words, data)) continue;
		page.url = data.url;
		for (const section of data.sub_results) {
			// The page's opening is the page itself, not its title's anchor (#_top).
			const isOpening = !section.anchor || section.anchor.element === 'h1';
			const href = isOpening ? data.url : section.url;
			// The opening's heading is the page title.
			const heading = section.anchor && headingOf(section.anchor.text, section.anchor.location, searched);
			if (isOpening) {
				page.titleScores[idea] = Math.max(page.titleScores[idea]!, pageTitleScore(section.weighted_locations, heading) * weight);
				page.introductionScores[idea] = Math.max(page.introductionScores[idea]!, introductionScore(section.weighted_locations, heading) * weight);
			}
			const score = sectionScore(section.weighted_locations, heading, isOpening) * weight;
			const sectionScores = page.sections.get(href) ?? none();
			sectionScores[idea] = Math.max(sectionScores[idea]!, score);
			page.sections.set(href, sectionScores);
			// Each section keeps the excerpt of the search that scored it highest: it shows those words.
			if (score > (found.get(href)?.best ?? -1)) found.set(href, { section, pageTitle: data.meta.title, best: score });
		}
	}
	return page;
}

async function findResults(query: string): Promise<Result[]> {
	const pagefind = await searchEngine();
	// A failure before this search is retried by it: Pagefind forgets chunks that failed.
	failedLoads.clear();
	const concepts = conceptsOf(query, expansions, vocabulary);
	const matches = new Map<string, PageMatch[]>();
	const ranked = rankRecords(await Promise.all(concepts.map((concept, idea) => pagesFor(pagefind, concept, idea, matches))));
	const words = wordsSearched(concepts);
	const found = new Map<string, FoundSection>();
	const loaded: LoadedPage[] = [];
	// The first pages; then, while fewer sections than a screenful are found, one more page for each
	// missing section, and never more than ten pages (a page whose matches stand for no searched word gives none).
	for (let next = 0, count = pagesLoaded; count > 0 && next < Math.min(ranked.length, maxResults) && query === latestQuery;) {
		const batch = ranked.slice(next, Math.min(next + count, maxResults));
		next += batch.length;
		loaded.push(...(await Promise.all(batch.map((page) => loadPage(page.score, matches.get(page.id) ?? [], concepts.length, words, found)))));
		count = maxResults - found.size;
	}
	if (failedLoads.size > 0) throw new Error(`Pagefind could not load ${[...failedLoads].join(', ')}`);
	const shown = rankSections(loaded, concepts.length).slice(0, maxResults);
	return shown.map(({ id }) => {
		const { section, pageTitle } = found.get(id)!;
		// The words to highlight on arrival, in Pagefind's highlight parameter, before the anchor.
		const address = new URL(id, location.origin);
		for (const word of words) address.searchParams.append(params.highlightParam, word);
		return { href: address.pathname + address.search + address.hash, title: section.title, pageTitle, excerpt: section.excerpt, words };
	});
}

/**
 * The excerpt as text nodes, with every word that starts like a searched word in `<mark>`:
 * Pagefind marks only the words of the one search that gave the excerpt. Built as DOM nodes,
 * so nothing in it is ever parsed as HTML.
 */
function excerptNodes(excerpt: string, words: string[]): Node[] {
	const plain = excerpt
		.replace(/<\/?mark>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
	const searched = words.map(normaliseQuery).filter((word) => word.length > 1);
	return plain.split(/(\s+)/).map((part) => {
		const word = normaliseQuery(part);
		if (!word || !searched.some((searchedWord) => word.startsWith(searchedWord))) return document.createTextNode(part);
		const mark = document.createElement('mark');
		mark.textContent = part;
		return mark;
	});
}

function resultOption(result: Result, index: number): HTMLAnchorElement {
	const option = document.createElement('a');
	option.href = result.href;
	option.id = `site-search-result-${index}`;
	option.setAttribute('role', 'option');
	option.setAttribute('aria-selected', 'false');
	option.tabIndex = -1;
	const title = document.createElement('span');
	title.className = 'result-title';
	title.textContent = result.title;
	const page = document.createElement('span');
	page.className = 'result-page';
	page.textContent = result.pageTitle;
	const excerpt = document.createElement('span');
	excerpt.className = 'result-excerpt';
	excerpt.append(...excerptNodes(result.excerpt, result.words));
	// Named by its content, in reading order: the section, its page, then the words around the match.
	option.append(title, ...(result.title === result.pageTitle ? [] : [' ', page]), excerpt);
	return option;
}

const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role=option]')];

function setActive(index: number) {
	const all = options();
	all.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
	const active = all[index];
	if (active) {
		input.setAttribute('aria-activedescendant', active.id);
		active.scrollIntoView({ block: 'nearest' });
	} else {
		input.removeAttribute('aria-activedescendant');
	}
}

function showResults(query: string, results: Result[]) {
	list.replaceChildren(...results.map(resultOption));
	list.hidden = results.length === 0;
	list.dataset.searchQuery = query;
	input.setAttribute('aria-expanded', String(results.length > 0));
	setActive(-1);
	if (!query.trim()) status.replaceChildren();
	else
		status.replaceChildren(
			...messageNodes(results.length === 0 ? say.noResults : results.length === 1 ? say.oneResult : say.manyResults, { query, count: results.length }),
		);
	// The address names the search, so it can be shared and the Back button returns to it; once
	// the dialog is closed, a search that finishes late leaves the address alone.
	if (!dialog.open) return;
	const address = new URL(location.href);
	if (query.trim()) address.searchParams.set(params.searchParam, query);
	else address.searchParams.delete(params.searchParam);
	history.replaceState(history.state, '', address);
}

function showUnavailable(error: unknown) {
	list.replaceChildren();
	list.hidden = true;
	delete list.dataset.searchQuery;
	input.setAttribute('aria-expanded', 'false');
	setActive(-1);
	status.textContent = say.unavailable;
	latestQuery = undefined;
	retry.hidden = false;
	if (!failureLogged) console.error('The site search could not load:', error);
	failureLogged = true;
	engine = undefined;
	attempts += 1;
}

/** The search under way: the next waits for it, since two at once could read each other's data for one page. */
let searching: Promise<unknown> = Promise.resolve();
/** How long a search may wait for the engine and its index on a slow connection before it is called a failure. */
const giveUpAfter = 90_000;

/** "Searching…", shown (and announced politely) whenever typed words have no results on screen yet. */
function showSearching() {
	if (input.value.trim() && list.dataset.searchQuery !== input.value && status.textContent !== say.searching) status.textContent = say.searching;
}

async function update() {
	const query = input.value;
	// Asked for by both the opening and the typing, or typed again within the pause: the search
	// under way or on screen already answers it. After a failure there is none (showUnavailable).
	if (query === latestQuery) return;
	latestQuery = query;
	showSearching();
	try {
		const found = searching.then(() => (query === latestQuery && query.trim() ? findResults(query) : []));
		searching = found.catch(() => undefined);
		let timer: ReturnType<typeof setTimeout> | undefined;
		const tooSlow = new Promise<never>((_, reject) => {
			timer = setTimeout(() => reject(new Error(`No answer from the search engine in ${giveUpAfter / 1000} s`)), giveUpAfter);
		});
		const results = await Promise.race([found, tooSlow]).finally(() => clearTimeout(timer));
		if (query !== latestQuery) return;
		retry.hidden = true;
		failureLogged = false;
		showResults(query, results);
	} catch (error) {
		if (query === latestQuery) showUnavailable(error);
	}
}

let pause: ReturnType<typeof setTimeout> | undefined;
/**
 * A word is preloaded once it has this many letters: the index is split into chunks by the
 * alphabet, and a shorter start ("w", "wo") fetches chunks for words the reader is not typing.
 */
const preloadFrom = 3;

function onTyping() {
	showSearching();
	// Fetch the index chunks for the words typed so far while the reader is still typing.
	const words = wordsSearched(conceptsOf(input.value, expansions, vocabulary)).filter((word) => word.length >= preloadFrom);
	if (engine && words.length > 0) void engine.then((pagefind) => Promise.all(words.map((word) => pagefind.preload(word)))).catch(() => undefined);
	clearTimeout(pause);
	pause = setTimeout(update, typingPause);
}

/** Starts Pagefind and shows results for whatever is in the box already (typed early, or from `?search=`). */
export function startSearch(addressParams: SearchParams) {
	params = addressParams;
	watchPagefindLoads(new URL('.', new URL(params.pagefindModule, location.href)).href);
	void searchEngine().catch(() => undefined);
	void update();
}

retry.addEventListener('click', () => {
	retry.hidden = true;
	status.textContent = say.retrying;
	input.focus();
	void update();
});
input.addEventListener('input', onTyping);
input.addEventListener('keydown', (event) => {
	const all = options();
	const current = all.findIndex((option) => option.getAttribute('aria-selected') === 'true');
	if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
		if (all.length === 0) return;
		event.preventDefault();
		const step = event.key === 'ArrowDown' ? 1 : -1;
		setActive((current + step + all.length + (current === -1 && step < 0 ? 1 : 0)) % all.length);
	} else if (event.key === 'Enter' && all.length > 0) {
		event.preventDefault();
		(all[current] ?? all[0])!.click();
	}
});
// A click on the backdrop lands on the dialog itself, outside its frame.
dialog.addEventListener('click', (event) => {
	if (event.target === dialog) dialog.close();
});
dialog.addEventListener('close', () => {
	const address = new URL(location.href);
	address.searchParams.delete(params.searchParam);
	history.replaceState(history.state, '', address);
});
