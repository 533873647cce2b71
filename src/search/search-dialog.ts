/*
 * The search, loaded on intent by open-search.ts. Runs the reader's query through Pagefind's
 * JavaScript API, once per idea in the query, ranks the matching sections (ranking.ts) and shows
 * them as a listbox of links that arrow keys move through (the ARIA combobox pattern).
 */
import { expansions } from 'virtual:haresign/search-expansions';
import { conceptsOf, normaliseQuery, vocabularyOf, type Concept } from './query.ts';
import { rankSections, type Location, type SectionMatch } from './ranking.ts';

interface PagefindSection {
	url: string;
	title: string;
	excerpt: string;
	weighted_locations: Location[];
}
interface PagefindPage {
	meta: { title: string };
	sub_results: PagefindSection[];
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	preload(term: string): Promise<void>;
	search(term: string): Promise<{ results: { data(): Promise<PagefindPage> }[] }>;
}

/** A section to show: where it goes (with the words to highlight) and what it says. */
interface Result extends SectionMatch {
	href: string;
	excerpt: string;
	/** The words searched for that found it. */
	words: string[];
}

const maxResults = 10;

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
const list = dialog.querySelector<HTMLElement>('[data-search-results]')!;

let params: SearchParams;
let pagefind: Promise<Pagefind>;

/** Every section Pagefind finds for one search, keyed by its address. */
async function sectionsFor(engine: Pagefind, term: string): Promise<Map<string, Result>> {
	const { results } = await engine.search(term);
	const sections = new Map<string, Result>();
	// One at a time: Pagefind reuses one object per page and rewrites its sub-results on each `data()`.
	for (const result of results) {
		const page = await result.data();
		for (const section of page.sub_results) {
			const address = new URL(section.url, location.origin);
			// Starlight's page title is the `_top` anchor: link to the page itself.
			const url = address.pathname + (address.hash === '#_top' ? '' : address.hash);
			if (sections.has(url)) continue;
			sections.set(url, {
				url,
				href: url,
				title: section.title,
				pageTitle: page.meta.title,
				excerpt: section.excerpt,
				locations: section.weighted_locations,
				words: term.split(' '),
			});
		}
	}
	return sections;
}

const strength = (section: SectionMatch) => section.locations.reduce((sum, location) => sum + location.balanced_score, 0);

/** The sections that have one idea, however it is said; each keeps its strongest match. */
async function sectionsForConcept(engine: Pagefind, concept: Concept): Promise<Result[]> {
	const best = new Map<string, Result>();
	for (const search of concept.searches) {
		for (const found of (await sectionsFor(engine, search.words)).values()) {
			const section = { ...found, locations: found.locations.map((location) => ({ ...location, balanced_score: location.balanced_score * search.weight })) };
			const known = best.get(section.url);
			if (!known || strength(section) > strength(known)) best.set(section.url, section);
		}
	}
	return [...best.values()];
}

const vocabulary = vocabularyOf(expansions);

async function findResults(query: string): Promise<Result[]> {
	const engine = await pagefind;
	const perConcept: Result[][] = [];
	for (const concept of conceptsOf(query, expansions, vocabulary)) perConcept.push(await sectionsForConcept(engine, concept));
	const shown = new Map<string, Result>();
	for (const section of perConcept.flat()) {
		const known = shown.get(section.url);
		const words = [...new Set([...(known?.words ?? []), ...section.words])];
		shown.set(section.url, { ...(known && strength(known) >= strength(section) ? known : section), words });
	}
	return rankSections(perConcept)
		.slice(0, maxResults)
		.map(({ url }) => {
			const result = shown.get(url)!;
			// The words to highlight on arrival, in Pagefind's highlight parameter, before the anchor.
			const address = new URL(url, location.origin);
			for (const word of result.words) address.searchParams.append(params.highlightParam, word);
			return { ...result, href: address.pathname + address.search + address.hash };
		});
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
	// The address names the search, so it can be shared and the Back button returns to it.
	const address = new URL(location.href);
	if (query.trim()) address.searchParams.set(params.searchParam, query);
	else address.searchParams.delete(params.searchParam);
	history.replaceState(history.state, '', address);
}

let latestQuery = '';
async function update() {
	const query = input.value;
	latestQuery = query;
	try {
		const results = query.trim() ? await findResults(query) : [];
		if (query === latestQuery) showResults(query, results);
	} catch {
		status.textContent = 'Search is not working at the moment. The pages are listed in the menu.';
	}
}

/** Starts Pagefind and shows results for whatever is in the box already (typed early, or from `?search=`). */
export function startSearch(addressParams: SearchParams) {
	params = addressParams;
	pagefind = import(/* @vite-ignore */ params.pagefindModule).then(async (module: Pagefind) => {
		// No worker: for an index this small, starting one costs more time and bytes than it saves.
		await module.options({ noWorker: true, excerptLength: 20 });
		await module.init();
		// Fetch the index now, while the reader is still moving to the box.
		void module.preload('a');
		return module;
	});
	void update();
}

input.addEventListener('input', update);
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
