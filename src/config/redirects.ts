/**
 * Addresses of the old help site whose content now lives on another page. Board papers and
 * bookmarks link to them. Old addresses with no page here (the tool pages, for example) land on
 * the 404 page, which offers a search for the words in the address.
 */
export const redirects: Record<string, string> = {
	'/platform/': '/',
	'/getting-started/': '/',
	'/interpreting-results/': '/data-sources/#why-a-figure-can-differ-from-your-local-system',
	'/data-import/': '/data-sources/',
	'/api-cookbook/': '/api/',
};
