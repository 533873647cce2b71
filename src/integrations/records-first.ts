import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { emptyPage, notUtf8, twoFilesForOnePage } from '../data/content-files.ts';
import { frontmatterMistakes } from '../data/page-frontmatter.ts';
import { checklistMistakes } from '../faq-helpers/blocks.ts';
import { dataDir, docsDir, pageAddressOf, projectPath, RecordError, siteRecords } from '../data/records.ts';
import { stopTheBuild } from '../lib/authoring-errors.ts';
import { pageFiles } from './page-warnings.ts';

/** What is wrong with the content's files, each mistake once: a file that is not UTF-8 first, as every other check would misread it. */
export function contentFileMistakes(pages = pageFiles(), dataFiles = readdirSync(dataDir).map((name) => join(dataDir, name))): string[] {
	const encoding = [...pages, ...dataFiles].flatMap((file) => notUtf8(file, projectPath(file)) ?? []);
	if (encoding.length > 0) return encoding;
	const mistakes = twoFilesForOnePage(pages.map((file) => ({ shownFile: projectPath(file), address: pageAddressOf(relative(docsDir, file)) })));
	for (const file of pages) {
		const text = readFileSync(file, 'utf8');
		const shownFile = projectPath(file);
		mistakes.push(...[emptyPage(text, shownFile) ?? []].flat(), ...frontmatterMistakes(text, shownFile), ...checklistMistakes(text, shownFile));
	}
	try {
		siteRecords();
	} catch (error) {
		if (!(error instanceof RecordError)) throw error;
		mistakes.unshift(error.message);
	}
	return mistakes;
}

/**
 * Reads every data file, and every page file's encoding, address, body, frontmatter and FAQ
 * helpers' checklists, before anything is built. A mistake stops the build there, its message printed once and alone:
 * not once for each page that shows the records, and not followed by the link checker's
 * complaints about the pages that could not be built for it.
 */
export function checkRecordsFirst(): AstroIntegration {
	return {
		name: 'haresign:check-records-first',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				const mistakes = contentFileMistakes();
				if (mistakes.length > 0) stopTheBuild(logger, mistakes.join('\n'));
			},
		},
	};
}
