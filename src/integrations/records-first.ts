import { relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { unknownPageFields } from '../data/page-frontmatter.ts';
import { docsDir, RecordError, siteRecords } from '../data/records.ts';
import { stopTheBuild } from '../lib/authoring-errors.ts';
import { pageFiles } from './page-warnings.ts';

const projectRoot = `${docsDir}/../..`;

/**
 * Reads every data file, and the names of every page's frontmatter fields, before anything is
 * built. A mistake in one stops the build there, its message printed once and alone: not once
 * for each page that shows the records, and not followed by the link checker's complaints about
 * the pages that could not be built for it.
 */
export function checkRecordsFirst(): AstroIntegration {
	return {
		name: 'haresign:check-records-first',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				const mistakes = pageFiles().flatMap((file) => unknownPageFields(file, relative(projectRoot, file)));
				try {
					siteRecords();
				} catch (error) {
					if (!(error instanceof RecordError)) throw error;
					mistakes.unshift(error.message);
				}
				if (mistakes.length > 0) stopTheBuild(logger, mistakes.join('\n'));
			},
		},
	};
}
