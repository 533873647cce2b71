import { fileURLToPath } from 'node:url';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { loadEndpoints, loadGlossary, loadSynonyms } from '../data/records.ts';
import { writeSearchIndex } from './build-index.ts';
import { questionHeadingsPlugin } from './question-headings.ts';
import { searchExpansions } from './readers-words.ts';
import { searchUiStrings } from './ui-strings.ts';

const dialogModule = fileURLToPath(new URL('./search-dialog.ts', import.meta.url));
const highlightModule = fileURLToPath(new URL('./highlight.ts', import.meta.url));

/** A virtual module: its id as imported, and its code. */
function virtualModule(id: string, load: (this: { environment: { mode: string }; emitFile(file: object): string }) => string) {
	const resolved = `\0${id}`;
	return {
		name: id,
		resolveId: (source: string) => (source === id ? resolved : undefined),
		load(this: never, source: string) {
			return source === resolved ? load.call(this) : undefined;
		},
	};
}

/**
 * The address of `module` built as a chunk of its own, for the opening script to load with
 * `import(address)`: a plain `import()` would bring Vite's 700-byte preload helper into every
 * page's small opening script.
 */
const chunkUrlModule = (id: string, module: string, name: string) =>
	virtualModule(id, function () {
		if (this.environment.mode === 'dev') return `export default ${JSON.stringify(`/@fs${module}`)};`;
		const reference = this.emitFile({ type: 'chunk', id: module, name });
		return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
	});

/**
 * The site's search, as one Starlight plugin: it replaces Starlight's search box and index
 * (src/search/README.md). Pages get a small opening script; the dialog, Pagefind and the index load
 * on intent. The index holds one record per page; the pages found first are loaded and their
 * sections ranked (search-dialog.ts).
 */
export function siteSearch(): StarlightPlugin {
	return {
		name: 'haresign-site-search',
		hooks: {
			'i18n:setup'({ injectTranslations }) {
				injectTranslations(searchUiStrings);
			},
			'config:setup'({ config, updateConfig, addIntegration }) {
				updateConfig({ pagefind: false, components: { ...config.components, Search: './src/search/Search.astro' } });
				addIntegration({
					name: 'haresign:site-search',
					hooks: {
						'astro:config:setup': ({ config, updateConfig: updateAstroConfig, logger }) => {
							// Added to the Markdown processor's plugins the way Starlight adds its own.
							const { processor } = config.markdown;
							if (isSatteriProcessor(processor)) processor.options.hastPlugins.push(questionHeadingsPlugin);
							else logger.warn('The Markdown processor is not Sätteri: question headings will not weigh more in search.');
							updateAstroConfig({
								vite: {
									plugins: [
										// The dialog as a chunk of its own, loaded by address (chunkUrlModule).
										chunkUrlModule('virtual:haresign/search-dialog-url', dialogModule, 'search-dialog'),
										// The same for what marks the searched words on arrival from a result.
										chunkUrlModule('virtual:haresign/search-highlight-url', highlightModule, 'search-highlight'),
										// The API endpoints' paths and anchors, for the A–Z index page.
										virtualModule('virtual:haresign/a-to-z-endpoints', () => {
											return `export const endpoints = ${JSON.stringify(loadEndpoints().map(({ id, path }) => ({ id, path })))};`;
										}),
										// Readers' words for what the pages say: they reach the browser only with a search, never in a page.
										virtualModule('virtual:haresign/search-expansions', () => {
											return `export const expansions = ${JSON.stringify(searchExpansions(loadSynonyms(), loadGlossary()))};`;
										}),
									],
								},
							});
						},
						'astro:build:done': async ({ dir, logger }) => {
							const pages = await writeSearchIndex(fileURLToPath(dir));
							logger.info(`Search index: ${pages} pages.`);
						},
					},
				});
			},
		},
	};
}
