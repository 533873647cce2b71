/*
 * The only search code on a plain page view: it opens the dialog and, on the first sign of
 * intent, loads the search itself (search-dialog.ts, then Pagefind and its index).
 */
import dialogModule from 'virtual:haresign/search-dialog-url';
import highlightModule from 'virtual:haresign/search-highlight-url';
import { highlightParam, searchParam } from './params.ts';
import type { BrowserStrings } from './ui-strings.ts';

const button = document.querySelector<HTMLButtonElement>('[data-search-open]')!;
const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]')!;
const input = dialog.querySelector('input')!;
const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
const say = JSON.parse(dialog.dataset['searchStrings']!) as BrowserStrings;

const pagefindModule = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
let searchModule: Promise<unknown> | undefined;
let searchStarted = false;
let failedLoads = 0;
// Pagefind is fetched alongside the dialog, not after it: one round trip fewer on a slow network.
// If Pagefind fails, the dialog says so and offers to try again; if the dialog itself fails, this does,
// from a new address: most browsers keep a module that failed to load as failed for its address.
const loadSearch = () =>
	(searchModule ??= Promise.all([
		import(/* @vite-ignore */ failedLoads === 0 ? dialogModule : `${dialogModule}?attempt=${failedLoads}`),
		import(/* @vite-ignore */ pagefindModule).catch(() => undefined),
	])
		.then(([search]: [typeof import('./search-dialog.ts'), unknown]) => {
			searchStarted = true;
			search.startSearch({ searchParam, highlightParam, pagefindModule });
		})
		.catch(() => {
			searchModule = undefined;
			failedLoads++;
			status.textContent = say.notLoaded;
		}));

// Words typed while the search's own code is still on its way wait for it: say so, not nothing.
const showSearching = () => {
	if (!searchStarted && searchModule && input.value.trim()) status.textContent = say.searching;
};
input.addEventListener('input', showSearching);

function openSearch(query?: string) {
	if (query !== undefined) input.value = query;
	if (!dialog.open) dialog.showModal();
	input.focus();
	void loadSearch();
	showSearching();
}

for (const intent of ['pointerenter', 'pointerdown', 'focus']) button.addEventListener(intent, loadSearch, { once: true });
button.addEventListener('click', () => openSearch());
// Escape, the Close button and a click outside all end here: back to where the reader started.
dialog.addEventListener('close', () => button.focus());

addEventListener('keydown', (event) => {
	const typing = (event.target as Element).closest?.('input, textarea, select, [contenteditable]');
	if ((event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing)) {
		event.preventDefault();
		openSearch();
	}
});

if (/Mac|iPhone|iPad/.test(navigator.platform)) dialog.ownerDocument.querySelector('[data-search-shortcut]')!.textContent = '⌘ K';

const params = new URLSearchParams(location.search);
const deepLinkQuery = params.get(searchParam);
if (deepLinkQuery !== null) openSearch(deepLinkQuery);
// Arriving from a result: mark the words searched for in the section it opened; the code only then.
if (params.has(highlightParam)) {
	void import(/* @vite-ignore */ highlightModule).then(({ highlightArrival }: typeof import('./highlight.ts')) => highlightArrival(highlightParam));
}
