import { pathToFileURL } from 'node:url';
import { createSatteriMarkdownProcessor, isSatteriProcessor } from '@astrojs/markdown-satteri';
import config from '../../astro.config.mjs';
import { projectRoot } from './paths.ts';

const processor = config.markdown?.processor;
if (!processor || !isSatteriProcessor(processor)) throw new Error('astro.config.mjs no longer sets a Sätteri Markdown processor');

/**
 * Astro's Markdown processor with the plugins astro.config.mjs gives it, as a page is compiled,
 * but in-process: a Markdown plugin is tested on a few lines, not by building a copy of the site.
 * Directives are on because Starlight turns them on for every page.
 */
const renderer = await createSatteriMarkdownProcessor({
	...processor.options,
	features: { ...processor.options.features, directive: true },
});

/** Renders Markdown to HTML as if it were `content/docs/<page>`. */
export async function renderMarkdown(markdown: string, page = 'test-page.md'): Promise<string> {
	const { code } = await renderer.render(markdown, { fileURL: pathToFileURL(`${projectRoot}content/docs/${page}`) });
	return code;
}
