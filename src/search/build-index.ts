import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import type { NewFileResponse } from 'pagefind';
import { builtHtmlFiles } from '../integrations/built-pages.ts';
import { descriptionWeight } from './ranking.ts';

/**
 * Left out of the index: code examples, whose placeholders would outweigh the prose around them.
 * Whatever carries `data-pagefind-ignore` is left out too: Starlight's "Section titled …" link
 * labels, and the Tools catalogue's summaries of tools that have a guide (data-blocks/tools.ts).
 */
export const excludeSelectors = ['pre'];

/** How the index is made. The pages say en-GB; Pagefind's English index ("en") is the one the ranking was tuned and measured on. */
export const indexOptions: pagefind.PagefindServiceConfig = { excludeSelectors, forceLanguage: 'en' };

/** Where `<main` opens an element (not `<mainframe`) at or after `from`, or -1. */
function mainOpeningAt(html: string, from: number): number {
	for (let at = html.indexOf('<main', from); at >= 0; at = html.indexOf('<main', at + 1)) {
		if (/[\s>]/.test(html.charAt(at + '<main'.length))) return at;
	}
	return -1;
}

/**
 * What Pagefind needs of a page: its `<head>` (language, title) and the one `<main>` Starlight
 * marks `data-pagefind-body`, the only part it indexes. The rest of the body, the sidebar above
 * all (a thousand links on a large site), it would parse only to skip. When the page is shaped
 * otherwise (no such `<main>`, more than one, or a Pagefind attribute outside it), the whole page,
 * for Pagefind to read as it would on its own. Searched with indexOf, not copied: at 1,000 pages
 * each page is about 150 KB, and a regular expression and a copy of the rest cost a second in all.
 */
export function searchablePart(html: string): string {
	const bodyStart = html.indexOf('<body');
	const mainStart = bodyStart < 0 ? -1 : mainOpeningAt(html, bodyStart);
	const mainEnd = html.lastIndexOf('</main>') + '</main>'.length;
	if (mainStart < 0 || mainEnd < mainStart || mainOpeningAt(html, mainStart + 1) >= 0) return html;
	if (!html.slice(mainStart, html.indexOf('>', mainStart)).includes('data-pagefind-body')) return html;
	const attributeOutside = html.lastIndexOf('data-pagefind-', mainStart) >= 0 || html.indexOf('data-pagefind-', mainEnd) >= 0;
	if (attributeOutside) return html;
	return `${html.slice(0, bodyStart)}<body>${html.slice(mainStart, mainEnd)}</body></html>`;
}

/**
 * The page with its description (its frontmatter summary, in its head) as a paragraph after its
 * title, for the index only: the page does not show it. It says what the page is for in the words
 * a reader may search with, so it helps decide which pages are loaded for their sections; it is
 * marked with its own weight so that the ranking keeps it out of every section's share
 * (ranking.ts, descriptionWeight).
 */
export function withDescription(html: string): string {
	const bodyStart = html.indexOf('<body');
	const description = /<meta name="description" content="([^"]*)"/.exec(html.slice(0, Math.max(bodyStart, 0)))?.[1];
	const titleEnd = html.indexOf('</h1>', bodyStart);
	if (!description || bodyStart < 0 || titleEnd < 0) return html;
	const at = titleEnd + '</h1>'.length;
	return `${html.slice(0, at)}<p data-pagefind-weight="${descriptionWeight}">${description}</p>${html.slice(at)}`;
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
				added.push(
					await index!.addHTMLFile({ sourcePath: relative(distDir, files[at]!), content: withDescription(searchablePart(readFileSync(files[at]!, 'utf8'))) }),
				);
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
