import { pathToFileURL } from 'node:url';
import { createSatteriMarkdownProcessor, isSatteriProcessor } from '@astrojs/markdown-satteri';
import config from '../../astro.config.mjs';
import { baseLinksPlugin } from '../../src/plugins/base-links.ts';
import { projectRoot } from './paths.ts';

const processor = config.markdown?.processor;
if (!processor || !isSatteriProcessor(processor)) throw new Error('astro.config.mjs no longer sets a Sätteri Markdown processor');
const { options } = processor;
const isBaseLinks = (plugin: unknown): boolean => typeof plugin === 'object' && plugin !== null && 'name' in plugin && plugin.name === 'haresign-base-links';
if (!options.hastPlugins?.some(isBaseLinks)) {
	throw new Error('astro.config.mjs no longer gives the Markdown processor baseLinksPlugin');
}

/**
 * Astro's Markdown processor with the plugins astro.config.mjs gives it, as a page is compiled,
 * but in-process: a Markdown plugin is tested on a few lines, not by building a copy of the site.
 * Directives are on because Starlight turns them on for every page. `base` stands in for the
 * path of the site's address, which a build reads from its environment.
 */
const rendererUnder = (base: string) =>
	createSatteriMarkdownProcessor({
		...options,
		hastPlugins: options.hastPlugins?.map((plugin) => (isBaseLinks(plugin) ? baseLinksPlugin(base) : plugin)),
		features: { ...options.features, directive: true },
	});

const renderers = new Map<string, ReturnType<typeof rendererUnder>>();

/** Renders Markdown to HTML as if it were `content/docs/<page>`, on a site served under `base` (`/` unless given). */
export async function renderMarkdown(markdown: string, page = 'test-page.md', { base = '/' }: { base?: string } = {}): Promise<string> {
	if (!renderers.has(base)) renderers.set(base, rendererUnder(base));
	const renderer = await renderers.get(base)!;
	const { code } = await renderer.render(markdown, { fileURL: pathToFileURL(`${projectRoot}content/docs/${page}`) });
	return code;
}
