import type { HastPluginDefinition } from 'satteri';

/** `/accounts/` under base `/en/latest/` is `/en/latest/accounts/`; a link already under the base, or not site-relative, is left alone. */
export function withBase(href: string, base: string): string {
	if (base === '/' || !href.startsWith('/') || href.startsWith('//') || href.startsWith(base)) return href;
	return `${base}${href.slice(1)}`;
}

/**
 * Adds the site's base path (the path of its address, src/config/site.ts) to every site-relative
 * link in the Markdown, so writers keep writing `/accounts/` wherever the site is served.
 * It runs on the HTML tree, after the data blocks and abbreviations have added their own links,
 * so there is one place for all of them. `platform:` links are full addresses by then and untouched.
 */
export function baseLinksPlugin(base: string): HastPluginDefinition {
	return {
		name: 'haresign-base-links',
		element: {
			filter: ['a'],
			visit(link, ctx) {
				const href = link.properties?.['href'];
				if (typeof href === 'string' && withBase(href, base) !== href) ctx.setProperty(link, 'href', withBase(href, base));
			},
		},
	};
}
