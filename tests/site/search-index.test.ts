import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { excludeSelectors } from '../../src/search/build-index.ts';
import { distDir } from '../support/paths.ts';

/** Each page record's file in an index: Pagefind names a fragment by a hash of its content. */
const fragments = (indexDir: string) => readdirSync(join(indexDir, 'fragment')).sort();

describe('the search index built from each page’s head and <main> only (src/search/build-index.ts)', () => {
	const wholePagesIndex = mkdtempSync(join(tmpdir(), 'haresign-whole-pages-index-'));

	beforeAll(async () => {
		try {
			// Pagefind's own way, reading every built page whole: what the cut-down pages must match.
			const { index } = await pagefind.createIndex({ excludeSelectors });
			await index!.addDirectory({ path: distDir });
			await index!.writeFiles({ outputPath: wholePagesIndex });
		} finally {
			await pagefind.close();
		}
	});

	afterAll(() => rmSync(wholePagesIndex, { recursive: true, force: true }));

	it('holds the same page records, word for word, as Pagefind makes of the whole pages', () => {
		const ours = fragments(join(distDir, 'pagefind'));
		expect(ours.length).toBeGreaterThan(20);
		expect(ours).toEqual(fragments(wholePagesIndex));
	});

	it('has the same pages, in the same language', () => {
		const entry = (dir: string) => JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')).languages;
		const ours = entry(join(distDir, 'pagefind'));
		const whole = entry(wholePagesIndex);
		expect(Object.keys(ours)).toEqual(Object.keys(whole));
		expect(ours.en.page_count).toBe(whole.en.page_count);
	});
});
