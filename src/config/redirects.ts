/**
 * Addresses of the old help site whose content now lives on another page. Board papers and
 * bookmarks link to them. Every other old address has a page of its own here.
 */
export const redirects: Record<string, string> = {
	'/data-import/': '/data-sources/',
};
