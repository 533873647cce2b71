/** Addresses of the old help site whose content now lives at another page. */
export const redirects: Record<string, string> = {
	'/data-import/': '/data-sources/',
};
