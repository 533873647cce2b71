/**
 * The help site's own public address, read from the build environment: a host tells the build
 * where the site will live, so the same code works at any address, including one with a path
 * (Read the Docs serves versions under /en/latest/). The address turns on the sitemap, canonical
 * links and robots.txt's Sitemap line; its path becomes Astro's `base`.
 */

/**
 * The variables read, first set wins. `SITE_URL` is ours, for any host; the others are set by
 * the host itself during its build, as its documentation says (docs/deploying.md, "The site's address").
 */
export const addressVariables = [
	{ name: 'SITE_URL', host: 'any host: set it yourself' },
	{ name: 'READTHEDOCS_CANONICAL_URL', host: 'Read the Docs' },
	// Netlify's main address (custom domain or Netlify subdomain); `URL` is too common a name to trust off Netlify.
	{ name: 'URL', host: 'Netlify', onlyWhen: 'NETLIFY' },
	{ name: 'CF_PAGES_URL', host: 'Cloudflare Pages' },
] as const;

export interface SiteAddress {
	/** The origin, for Astro's `site`, e.g. "https://help.example.org". */
	site: string;
	/** The path, for Astro's `base`, always with both slashes, e.g. "/en/latest/" or "/". */
	base: string;
	/** The whole address, e.g. "https://help.example.org/en/latest/". */
	href: string;
	/** The variable it was read from. */
	variable: string;
}

/** Reads the site's address from the environment, or undefined when no variable gives one. Throws on an unusable one. */
export function siteAddressFrom(env: Record<string, string | undefined>): SiteAddress | undefined {
	for (const variable of addressVariables) {
		const value = env[variable.name]?.trim();
		if (!value || ('onlyWhen' in variable && !env[variable.onlyWhen])) continue;
		const problem = (what: string) =>
			new Error(
				`${variable.name}="${value}" (the site's address, from ${variable.host}) ${what}. Give an address such as https://help.example.org/ or https://help.example.org/en/latest/.`,
			);
		let url: URL;
		try {
			url = new URL(value);
		} catch {
			throw problem('is not an address');
		}
		if (url.protocol !== 'https:' && url.protocol !== 'http:') throw problem(`starts with "${url.protocol}", not http: or https:`);
		if (url.search || value.includes('?')) throw problem('carries a query ("?…"), which no page address can have');
		if (url.hash || value.includes('#')) throw problem('carries a fragment ("#…"), which no page address can have');
		const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
		return { site: url.origin, base, href: `${url.origin}${base}`, variable: variable.name };
	}
	return undefined;
}

/** This build's address. */
export const siteAddress = siteAddressFrom(process.env);

/** The one line a build with no address prints, saying what is off and how to turn it on. */
export const noAddressNotice =
	"No site address (SITE_URL or a host's own variable): sitemap, canonical links, robots.txt's Sitemap line and llms.txt are off. " +
	'Set SITE_URL=https://help.example.org/ (with any path) to turn them on.';
