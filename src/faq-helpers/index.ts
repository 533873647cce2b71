import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration } from 'astro';
import { siteRecords } from '../data/records.ts';
import { authoringError } from '../lib/authoring-errors.ts';
import { helperRecords, type HelperRecords } from './records.ts';

const recordsId = 'virtual:haresign/faq-helper-records';
const helpersUrlId = 'virtual:haresign/faq-helpers-url';
const helpersModule = fileURLToPath(new URL('./helpers.ts', import.meta.url));

/**
 * The records for the helpers. A mistake in them is reported with the content's other mistakes at
 * the end of the build, not thrown here, where it would stop the build before the others are found.
 */
function recordsOrNone(): HelperRecords {
	try {
		return helperRecords(siteRecords());
	} catch (error) {
		authoringError((error as Error).message);
		return { datasets: [], toolNames: [] };
	}
}

/**
 * Two virtual modules: the helpers' address, for the page's small loader, and the records they show,
 * for the helpers, so the records reach the browser only with the helpers' code.
 */
function helperModules(): AstroIntegration {
	return {
		name: 'haresign:faq-helpers',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								// A chunk of its own, loaded by address: a plain `import()` would bring Vite's preload helper into the loader.
								name: 'haresign:faq-helpers-url',
								resolveId: (id: string) => (id === helpersUrlId ? `\0${helpersUrlId}` : undefined),
								load(id: string) {
									if (id !== `\0${helpersUrlId}`) return undefined;
									if (this.environment.mode === 'dev') return `export default ${JSON.stringify(`/@fs${helpersModule}`)};`;
									const reference = this.emitFile({ type: 'chunk', id: helpersModule, name: 'faq-helpers' });
									return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
								},
							},
							{
								name: 'haresign:faq-helper-records',
								resolveId: (id: string) => (id === recordsId ? `\0${recordsId}` : undefined),
								load(id: string) {
									if (id !== `\0${recordsId}`) return undefined;
									return `export const records = ${JSON.stringify(recordsOrNone())};`;
								},
							},
						],
					},
				});
			},
		},
	};
}

/**
 * The FAQ's checklists as helpers ("Cite a figure", "Describe the problem"): a page places one with
 * `::citation-helper` or `::problem-report-helper` (src/plugins/data-blocks/), and only such a page
 * carries the loader, through the MarkdownContent override beside this file.
 */
export function faqHelpers(): StarlightPlugin {
	return {
		name: 'haresign-faq-helpers',
		hooks: {
			'config:setup'({ config, updateConfig, addIntegration }) {
				updateConfig({ components: { ...config.components, MarkdownContent: './src/faq-helpers/MarkdownContent.astro' } });
				addIntegration(helperModules());
			},
		},
	};
}
