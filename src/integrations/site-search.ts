import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadGlossary, loadSynonyms } from '../data/records.ts';
import { normaliseQuery, type Expansion } from '../search/query.ts';

const moduleId = 'virtual:haresign/search-expansions';
const dialogUrlId = 'virtual:haresign/search-dialog-url';
const dialogModule = fileURLToPath(new URL('../search/search-dialog.ts', import.meta.url));

/** Every reader's phrase the search understands, from content/data/synonyms.yaml and glossary.yaml. */
export function searchExpansions(): Expansion[] {
	const pairs: Expansion[] = [];
	// The author says what these readers mean: a match on the pages' words counts twice a match on the reader's.
	for (const synonym of loadSynonyms()) {
		for (const phrase of synonym.readersType) for (const pagesSay of synonym.pagesSay) pairs.push([phrase, pagesSay, 0.5]);
	}
	for (const term of loadGlossary()) {
		const names = [term.term, term.abbreviation, term.expansion].filter((name): name is string => Boolean(name));
		// Each name of a term finds the others, equally: "PCN" finds "Primary Care Network" and back.
		for (const name of names) for (const other of names) pairs.push([name, other, 1]);
		for (const synonym of term.synonyms ?? []) for (const name of names) pairs.push([synonym, name, 1]);
	}
	return pairs
		.map(([phrase, pagesSay, weight]): Expansion => [normaliseQuery(phrase), normaliseQuery(pagesSay), weight])
		.filter(([phrase, pagesSay]) => phrase && pagesSay && phrase !== pagesSay);
}

/**
 * Two virtual modules for the search: the dialog's address, for the page's small opening script,
 * and the expansions, for the dialog, so they reach the browser only with a search and are
 * checked at build like the other data.
 */
export function siteSearch(): AstroIntegration {
	return {
		name: 'haresign:site-search',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								/*
								 * The search dialog as a chunk of its own, loaded by address: a plain `import()`
								 * would bring Vite's 700-byte preload helper into every page's small script.
								 */
								name: 'haresign:search-dialog-url',
								resolveId: (id: string) => (id === dialogUrlId ? `\0${dialogUrlId}` : undefined),
								load(id: string) {
									if (id !== `\0${dialogUrlId}`) return undefined;
									if (this.environment.mode === 'dev') return `export default ${JSON.stringify(`/@fs${dialogModule}`)};`;
									const reference = this.emitFile({ type: 'chunk', id: dialogModule, name: 'search-dialog' });
									return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
								},
							},
							{
								name: 'haresign:search-expansions',
								resolveId: (id: string) => (id === moduleId ? `\0${moduleId}` : undefined),
								load(id: string) {
									if (id !== `\0${moduleId}`) return undefined;
									return `export const expansions = ${JSON.stringify(searchExpansions())};`;
								},
							},
						],
					},
				});
			},
		},
	};
}
