import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { isPlatformLinkName, platformLinks } from '../data/platformLinks.ts';
import { authoringError } from '../lib/authoring-errors.ts';

const scheme = 'platform:';

/**
 * Turns `[text](platform:register)` and `<platform:register>` in Markdown into links to the
 * platform, so an address is written once, in `src/data/platformLinks.ts`.
 * An autolink shows the full address as its text, as the FAQ's bare URLs do.
 */
export const platformLinksPlugin: MdastPluginDefinition = {
	name: 'haresign-platform-links',
	link(node, ctx) {
		if (!node.url.startsWith(scheme)) return;
		const name = node.url.slice(scheme.length);
		if (!isPlatformLinkName(name)) {
			const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'a Markdown file';
			throw authoringError(
				`${file}: unknown platform link "${node.url}". ` +
					`Use one of: ${Object.keys(platformLinks)
						.map((known) => scheme + known)
						.join(', ')} ` +
					`(defined in src/data/platformLinks.ts).`,
			);
		}
		const href = platformLinks[name];
		const isAutolink = ctx.textContent(node) === node.url;
		return {
			type: 'link',
			url: href,
			children: isAutolink ? [{ type: 'text', value: href }] : [...node.children],
		};
	},
};
