/*
 * The search, loaded on intent by open-search.ts. Each idea in the query, in the reader's words and
 * the pages' (query.ts), is a Pagefind search over the index of sections (build-index.ts). The
 * sections are ranked on Pagefind's scores (ranking.ts), and only the ones shown are loaded.
 * Results are a listbox of links that the arrow keys move through (the ARIA combobox pattern).
 */
import { expansions } from 'virtual:haresign/search-expansions';
import { conceptsOf, normaliseQuery, vocabularyOf, type Concept } from './query.ts';
import { rankRecords } from './ranking.ts';

interface PagefindRecord {
	url: string;
	excerpt: string;
	meta: { title: string; page: string };
}
interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindRecord>;
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
 * Searching waits for a pause in typing this long, so each keystroke does not start a search, and
 * load ten results, of its own: longer than the gap between a brisk typist's keys, shorter than
 * Pagefind's own debounce (300 ms).
 */
const typingPause = 200;
/**
 * How much a match in a section's heading (`title`), its page's title (`page`) and a heading that
 * asks a question (`question`) counts, over Pagefind's score for its text (build-index.ts fills
 * them). Chosen on the query set in tests/browser/search-queries.ts; any title weight from 6 to
 * 10 scores the same there.
 */
const ranking = { metaWeights: { title: 8, page: 1, question: 1 } };

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
const vocabulary = vocabularyOf(expansions);

let params: SearchParams;
let engine: Promise<Pagefind> | undefined;
let attempts = 0;
let failureLogged = false;

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

/** The sections that have one idea, however it is said, each with its best score and the result that gave it. */
async function sectionsFor(pagefind: Pagefind, concept: Concept, found: Map<string, { score: number; result: PagefindResult }>) {
	const best = new Map<string, number>();
	for (const { words, weight } of concept.searches) {
		for (const result of (await pagefind.search(words)).results) {
			const score = result.score * weight;
			if (score > (best.get(result.id) ?? -1)) best.set(result.id, score);
			if (score > (found.get(result.id)?.score ?? -1)) found.set(result.id, { score, result });
		}
	}
	return [...best].map(([id, score]) => ({ id, score }));
}

async function findResults(query: string): Promise<Result[]> {
	const pagefind = await searchEngine();
	const concepts = conceptsOf(query, expansions, vocabulary);
	// Each section keeps the result that scored it highest: its excerpt shows those words.
	const found = new Map<string, { score: number; result: PagefindResult }>();
	const perConcept = await Promise.all(concepts.map((concept) => sectionsFor(pagefind, concept, found)));
	const shown = rankRecords(perConcept).slice(0, maxResults);
	const words = [...new Set(concepts.flatMap((concept) => concept.searches.flatMap((search) => search.words.split(' '))))];
	return Promise.all(
		shown.map(async ({ id }) => {
			const record = await found.get(id)!.result.data();
			// The words to highlight on arrival, in Pagefind's highlight parameter, before the anchor.
			const address = new URL(record.url, location.origin);
			for (const word of words) address.searchParams.append(params.highlightParam, word);
			return { href: address.pathname + address.search + address.hash, title: record.meta.title, pageTitle: record.meta.page, excerpt: record.excerpt, words };
		}),
	);
}

/**
 * The excerpt as text nodes, with every word that starts like a searched word in `<mark>`:
 * Pagefind marks only the words of the one search that gave the excerpt. Built as DOM nodes,
 * so nothing in it is ever parsed as HTML.
 */
function excerptNodes(excerpt: string, words: string[]): Node[] {
	const plain = excerpt.replace(/<\/?mark>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
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
	status.textContent = !query.trim()
		? ''
		: results.length === 0
			? `No results for “${query}”. Try fewer words, or other words for the same thing.`
			: `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${query}”.`;
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
	status.textContent = 'Search is not available right now. Check your connection and try again. Every page is also listed in the menu.';
	retry.hidden = false;
	if (!failureLogged) console.error('The site search could not load:', error);
	failureLogged = true;
	engine = undefined;
	attempts += 1;
}

let latestQuery = '';
async function update() {
	const query = input.value;
	latestQuery = query;
	try {
		const results = query.trim() ? await findResults(query) : [];
		if (query !== latestQuery) return;
		retry.hidden = true;
		failureLogged = false;
		showResults(query, results);
	} catch (error) {
		if (query === latestQuery) showUnavailable(error);
	}
}

let pause: ReturnType<typeof setTimeout> | undefined;
function onTyping() {
	// Fetch the index chunks for the words typed so far while the reader is still typing.
	const searches = conceptsOf(input.value, expansions, vocabulary).flatMap((concept) => concept.searches.map((search) => search.words));
	if (engine && searches.length > 0) void engine.then((pagefind) => Promise.all(searches.map((words) => pagefind.preload(words)))).catch(() => undefined);
	clearTimeout(pause);
	pause = setTimeout(update, typingPause);
}

/** Starts Pagefind and shows results for whatever is in the box already (typed early, or from `?search=`). */
export function startSearch(addressParams: SearchParams) {
	params = addressParams;
	void searchEngine().catch(() => undefined);
	void update();
}

retry.addEventListener('click', () => {
	retry.hidden = true;
	status.textContent = 'Trying again…';
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
