/*
 * starlight-links-validator ships TypeScript sources that read Astro's data on a vfile. Its types
 * came with @astrojs/markdown-remark, which Astro 7 no longer installs (Sätteri is the default), so
 * they are declared here as Astro writes them; without this, `tsc` fails inside node_modules.
 */
import 'vfile';

declare module 'vfile' {
	interface DataMap {
		astro: { frontmatter?: Record<string, any> };
	}
}
