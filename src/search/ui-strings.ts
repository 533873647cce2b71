/*
 * The search's words, as Starlight UI strings (injected by the plugin in index.ts), so that a
 * locale added to the site translates them as it does Starlight's own. `{{query}}` and `{{count}}`
 * are filled in by the browser.
 */
const english = {
	'haresignSearch.dialogLabel': 'Search the help pages',
	'haresignSearch.close': 'Close',
	'haresignSearch.hint': 'Use the up and down arrow keys to choose a result, and Enter to open it.',
	'haresignSearch.resultsLabel': 'Search results',
	'haresignSearch.retry': 'Try again',
	'haresignSearch.retrying': 'Trying again…',
	'haresignSearch.noResults': 'No results for “{{query}}”. Try fewer words, or other words for the same thing.',
	'haresignSearch.oneResult': '{{count}} result for “{{query}}”.',
	'haresignSearch.manyResults': '{{count}} results for “{{query}}”.',
	'haresignSearch.unavailable': 'Search is not available right now. Check your connection and try again. Every page is also listed in the menu.',
	'haresignSearch.notLoaded': 'Search is not available right now. Close this and try again.',
};

// Under the site's language (en-GB) and plain en: Starlight looks strings up by the page's exact language.
export const searchUiStrings = { en: english, 'en-GB': english };

/** The strings the browser needs, as the page carries them (a data attribute of the dialog). */
export const browserStringKeys = ['retrying', 'noResults', 'oneResult', 'manyResults', 'unavailable', 'notLoaded'] as const;
export type BrowserStrings = Record<(typeof browserStringKeys)[number], string>;

/** A string with its `{{name}}` places filled. */
export const fill = (template: string, values: Record<string, string | number>): string =>
	template.replace(/\{\{(\w+)\}\}/g, (place, name: string) => String(values[name] ?? place));
