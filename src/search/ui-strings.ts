/*
 * The search's words, as Starlight UI strings (injected by the plugin in index.ts), so that a
 * locale added to the site translates them as it does Starlight's own. `{{query}}` and `{{count}}`
 * are filled in by the browser.
 */
const english = {
	'haresignSearch.dialogLabel': 'Search the help pages',
	'haresignSearch.close': 'Close',
	'haresignSearch.index': 'A–Z index',
	'haresignSearch.browseIndex': 'Or browse every page, question and term in the A–Z index',
	'haresignSearch.hint': 'Use the up and down arrow keys to choose a result, and Enter to open it.',
	'haresignSearch.resultsLabel': 'Search results',
	'haresignSearch.retry': 'Try again',
	'haresignSearch.retrying': 'Trying again…',
	'haresignSearch.searching': 'Searching…',
	'haresignSearch.noResults': 'No results for “{{query}}”. Try fewer words, or other words for the same thing.',
	'haresignSearch.oneResult': '{{count}} result for “{{query}}”.',
	'haresignSearch.manyResults': '{{count}} results for “{{query}}”.',
	'haresignSearch.unavailable': 'Search is not available right now. Check your connection and try again. Every page is also listed in the menu.',
	'haresignSearch.notLoaded': 'Search is not available right now. Close this and try again.',
};

// Under the site's language (en-GB) and plain en: Starlight looks strings up by the page's exact language.
export const searchUiStrings = { en: english, 'en-GB': english };

/** The strings the browser needs, as the page carries them (a data attribute of the dialog). */
export const browserStringKeys = ['retrying', 'searching', 'noResults', 'oneResult', 'manyResults', 'unavailable', 'notLoaded'] as const;
export type BrowserStrings = Record<(typeof browserStringKeys)[number], string>;

/** How much of a query a message repeats: a long pasted one is cut, not echoed whole. */
const echoedLength = 60;

/**
 * A message with its `{{count}}` filled and its `{{query}}` an excerpt of the query in a <bdi>,
 * so that a right-to-left query does not move the punctuation around it.
 */
export function messageNodes(template: string, values: { query?: string; count?: number }): (string | HTMLElement)[] {
	return template.split(/(\{\{\w+\}\})/).map((part) => {
		if (part === '{{count}}') return String(values.count ?? '');
		if (part !== '{{query}}') return part;
		const query = values.query ?? '';
		const excerpt = document.createElement('bdi');
		excerpt.textContent = query.length > echoedLength ? `${query.slice(0, echoedLength).trimEnd()}…` : query;
		return excerpt;
	});
}
