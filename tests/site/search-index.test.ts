import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexOptions, withDescription } from '../../src/search/build-index.ts';
import { distDir } from '../support/paths.ts';

const filesUnder = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)))
		.sort();

describe('the search index built from each page’s head and <main> only (src/search/build-index.ts)', () => {
	const wholePagesIndex = mkdtempSync(join(tmpdir(), 'haresign-whole-pages-index-'));

	beforeAll(async () => {
		try {
			// Every built page whole (with its description, as ours), in the same order: what the cut-down pages must match.
			const { index } = await pagefind.createIndex(indexOptions);
			for (const page of filesUnder(distDir).filter((file) => file.endsWith('.html'))) {
				await index!.addHTMLFile({ sourcePath: page, content: withDescription(readFileSync(join(distDir, page), 'utf8')) });
			}
			await index!.writeFiles({ outputPath: wholePagesIndex });
		} finally {
			await pagefind.close();
		}
	});

	afterAll(() => rmSync(wholePagesIndex, { recursive: true, force: true }));

	it('is, file for file and byte for byte, the index Pagefind makes of the whole pages', () => {
		const ours = join(distDir, 'pagefind');
		const files = filesUnder(ours);
		expect(files.filter((file) => file.startsWith('fragment/')).length).toBeGreaterThan(20);
		expect(files).toEqual(filesUnder(wholePagesIndex));
		for (const file of files) expect(readFileSync(join(ours, file)).equals(readFileSync(join(wholePagesIndex, file))), file).toBe(true);
	});
});
