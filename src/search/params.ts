/** The address parameter that opens the search with a query: `/?search=api%20key`. */
export const searchParam = 'search';
/** The address parameter Pagefind adds to result links, naming the words to highlight on arrival. */
export const highlightParam = 'highlight';
