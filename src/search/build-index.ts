import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import type { NewFileResponse } from 'pagefind';
import { builtHtmlFiles } from '../integrations/built-pages.ts';

/**
 * Left out of the index: code examples, whose placeholders would outweigh the prose around them.
 * Whatever carries `data-pagefind-ignore` is left out too: Starlight's "Section titled …" link
 * labels, and the Tools catalogue's summaries of tools that have a guide (data-blocks/tools.ts).
 */
export const excludeSelectors = ['pre'];

/** How the index is made. The pages say en-GB; Pagefind's English index ("en") is the one the ranking was tuned and measured on. */
export const indexOptions: pagefind.PagefindServiceConfig = { excludeSelectors, forceLanguage: 'en' };

const mainOpening = /<main[\s>]/g;

/**
 * What Pagefind needs of a page: its `<head>` (language, title) and the one `<main>` Starlight
 * marks `data-pagefind-body`, the only part it indexes. The rest of the body, the sidebar above
 * all (a thousand links on a large site), it would parse only to skip. When the page is shaped
 * otherwise (no such `<main>`, more than one, or a Pagefind attribute outside it), the whole page,
 * for Pagefind to read as it would on its own.
 */
export function searchablePart(html: string): string {
	const bodyStart = html.indexOf('<body');
	const mains = [...html.matchAll(mainOpening)].filter((match) => match.index > bodyStart);
	const mainStart = mains[0]?.index ?? -1;
	const mainEnd = html.lastIndexOf('</main>') + '</main>'.length;
	if (bodyStart < 0 || mains.length !== 1 || mainEnd < mainStart) return html;
	if (!html.slice(mainStart, html.indexOf('>', mainStart)).includes('data-pagefind-body')) return html;
	const outside = html.slice(0, mainStart) + html.slice(mainEnd);
	if (outside.includes('data-pagefind-')) return html;
	return `${html.slice(0, bodyStart)}<body>${html.slice(mainStart, mainEnd)}</body></html>`;
}

/** Pages sent to Pagefind and not yet indexed, at most: as fast as all at once, and 30 MB less at the peak for 1,000 pages. */
const pagesInFlight = 8;

/**
 * Writes the search index into `<distDir>/pagefind/`: one record per page that Starlight marks
 * for search (`data-pagefind-body`), with its headings as the anchors of its sections. Pagefind
 * weighs headings over body text, and a question heading more (question-headings.ts).
 * Pages go to Pagefind in path order, so the same pages give the same index files, and a few at a
 * time: sent all at once, a large site's pages wait in this process's memory at its busiest moment.
 * Returns the number of pages in the index, as Pagefind counts them.
 */
export async function writeSearchIndex(distDir: string): Promise<number> {
	const fail = (step: string, errors: string[]) => {
		if (errors.length > 0) throw new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
	};
	try {
		const { index, errors } = await pagefind.createIndex(indexOptions);
		fail('start', errors);
		const files = builtHtmlFiles(distDir);
		const added: NewFileResponse[] = [];
		let next = 0;
		const sendPages = async () => {
			for (let at = next++; at < files.length; at = next++) {
				added.push(await index!.addHTMLFile({ sourcePath: relative(distDir, files[at]!), content: searchablePart(readFileSync(files[at]!, 'utf8')) }));
			}
		};
		await Promise.all(Array.from({ length: pagesInFlight }, sendPages));
		fail(
			'index the pages',
			added.flatMap((page) => page.errors),
		);
		const outputPath = join(distDir, 'pagefind');
		fail('write the index', (await index!.writeFiles({ outputPath })).errors);
		const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		return Object.values(entry.languages).reduce((pages, language) => pages + language.page_count, 0);
	} finally {
		await pagefind.close();
	}
}
