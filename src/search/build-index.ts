import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import type { NewFileResponse } from 'pagefind';

/**
 * Left out of the index: code examples, whose placeholders would outweigh the prose around them.
 * Whatever carries `data-pagefind-ignore` is left out too: Starlight's "Section titled …" link
 * labels, and the Tools catalogue's summaries of tools that have a guide (data-blocks/tools.ts).
 */
export const excludeSelectors = ['pre'];

/**
 * What Pagefind reads of a page: its `<head>` (language, title) and the `<main>` Starlight marks
 * `data-pagefind-body`, the only part it indexes. The rest of the body, the sidebar above all (a
 * thousand links on a large site), it would parse only to skip. Undefined for a page with no such
 * `<main>` (a redirect, the 404 page, a page with `pagefind: false`): Pagefind would leave it out.
 */
export function searchablePart(page: Buffer): string | undefined {
	const bodyStart = page.indexOf('<body');
	const mainStart = page.indexOf('<main ');
	const mainTagEnd = page.indexOf('>', mainStart);
	const mainEnd = page.indexOf('</main>', mainStart);
	if (bodyStart < 0 || mainStart < 0 || mainTagEnd < 0 || mainEnd < 0) return undefined;
	if (!page.toString('utf8', mainStart, mainTagEnd).includes(' data-pagefind-body')) return undefined;
	// Decoded from the bytes, not sliced from the whole page's string, which each part would keep alive.
	return `${page.toString('utf8', 0, bodyStart)}<body>${page.toString('utf8', mainStart, mainEnd + '</main>'.length)}</body></html>`;
}

/** Pages sent to Pagefind and not yet indexed, at most: as fast as all at once, and 30 MB less at the peak for 1,000 pages. */
const pagesInFlight = 8;

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

/**
 * Writes the search index into `<distDir>/pagefind/`: one record per page that Starlight marks
 * for search (`data-pagefind-body`), with its headings as the anchors of its sections. Pagefind
 * weighs headings over body text, and a question heading more (question-headings.ts).
 * Pages go to Pagefind in path order, so the same pages give the same index files, and a few at a
 * time: sent all at once, a large site's pages wait in this process's memory at its busiest moment.
 * Returns the number of pages indexed.
 */
export async function writeSearchIndex(distDir: string): Promise<number> {
	const fail = (step: string, errors: string[]) => {
		if (errors.length > 0) throw new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
	};
	try {
		const { index, errors } = await pagefind.createIndex({ excludeSelectors });
		fail('start', errors);
		const files = htmlFiles(distDir);
		const added: NewFileResponse[] = [];
		let next = 0;
		const sendPages = async () => {
			for (let at = next++; at < files.length; at = next++) {
				const content = searchablePart(readFileSync(files[at]!));
				if (content !== undefined) added.push(await index!.addHTMLFile({ sourcePath: relative(distDir, files[at]!), content }));
			}
		};
		await Promise.all(Array.from({ length: pagesInFlight }, sendPages));
		fail('index the pages', added.flatMap((page) => page.errors));
		fail('write the index', (await index!.writeFiles({ outputPath: join(distDir, 'pagefind') })).errors);
		return added.length;
	} finally {
		await pagefind.close();
	}
}
