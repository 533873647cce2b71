import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import type { CustomRecord } from 'pagefind';
import { sectionsOf, type PageSection } from './sections.ts';

/** The site path of a built page: faq/index.html is /faq/. Pagefind adds the site's base itself. */
function pagePathOf(distDir: string, file: string): string {
	const path = relative(distDir, file).split(sep).join('/');
	return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : htmlFiles(full);
		return entry.name.endsWith('.html') ? [full] : [];
	});
}

/**
 * A section as Pagefind indexes it. Its heading and its page's title go in metadata as well as
 * the text: searched, weighted by the search's `metaWeights`, and never shown as the excerpt.
 * A heading that asks a question is also a `question`, so an answer written for a reader's
 * question wins a near tie.
 */
export function searchRecordFor(section: PageSection): CustomRecord {
	return {
		url: section.url,
		content: section.text,
		language: 'en',
		meta: {
			title: section.heading,
			page: section.pageTitle,
			...(section.heading.endsWith('?') ? { question: section.heading } : {}),
		},
	};
}

export function searchRecordsOf(distDir: string): CustomRecord[] {
	return htmlFiles(distDir)
		.sort()
		.flatMap((file) => sectionsOf(readFileSync(file, 'utf8'), pagePathOf(distDir, file)))
		.map(searchRecordFor);
}

/** Writes the search index into `<distDir>/pagefind/`, one record per section. */
export async function writeSearchIndex(distDir: string, records: CustomRecord[]): Promise<void> {
	const fail = (step: string, errors: string[]) => {
		if (errors.length > 0) throw new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
	};
	try {
		const { index, errors } = await pagefind.createIndex({});
		fail('start', errors);
		for (const record of records) fail(`index ${record.url}`, (await index!.addCustomRecord(record)).errors);
		fail('write the index', (await index!.writeFiles({ outputPath: join(distDir, 'pagefind') })).errors);
	} finally {
		await pagefind.close();
	}
}
