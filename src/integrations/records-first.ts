import type { AstroIntegration } from 'astro';
import { RecordError, siteRecords } from '../data/records.ts';
import { stopTheBuild } from '../lib/authoring-errors.ts';

/**
 * Reads every data file before anything is built. A mistake in one stops the build there, its
 * message printed once and alone: not once for each page that shows the records, and not followed
 * by the link checker's complaints about the pages that could not be built for it.
 */
export function checkRecordsFirst(): AstroIntegration {
	return {
		name: 'haresign:check-records-first',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				try {
					siteRecords();
				} catch (error) {
					if (!(error instanceof RecordError)) throw error;
					stopTheBuild(logger, error.message);
				}
			},
		},
	};
}
