import type { HastPluginDefinition } from 'satteri';
import { withBase } from '../lib/base-path.ts';

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
