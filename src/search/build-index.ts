import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Left out of the index: code examples, whose placeholders would outweigh the prose around them.
 * Whatever carries `data-pagefind-ignore` is left out too: Starlight's "Section titled …" link
 * labels, and the Tools catalogue's summaries of tools that have a guide (data-blocks/tools.ts).
 */
const excludeSelectors = ['pre'];

/**
 * Writes the search index into `<distDir>/pagefind/`: one record per page that Starlight marks
 * for search (`data-pagefind-body`), with its headings as the anchors of its sections. Pagefind
 * weighs headings over body text, and a question heading more (question-headings.ts).
 * Returns the number of pages indexed.
 */
export async function writeSearchIndex(distDir: string): Promise<number> {
	const fail = (step: string, errors: string[]) => {
		if (errors.length > 0) throw new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
	};
	try {
		const { index, errors } = await pagefind.createIndex({ excludeSelectors });
		fail('start', errors);
		const added = await index!.addDirectory({ path: distDir });
		fail('index the pages', added.errors);
		fail('write the index', (await index!.writeFiles({ outputPath: join(distDir, 'pagefind') })).errors);
		return added.page_count;
	} finally {
		await pagefind.close();
	}
}
