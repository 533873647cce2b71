import type { AstroIntegration } from 'astro';
import { RecordError, siteRecords } from '../data/records.ts';

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
					logger.error(`${error.message}\nFix the mistakes above, then build again.`);
					// Thrown, Astro would add its own heading and a stack trace of our code to the one message that matters.
					process.exit(1);
				}
			},
		},
	};
}
