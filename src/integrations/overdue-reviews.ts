import type { AstroIntegration } from 'astro';
import { pageHeader, projectPath } from '../data/records.ts';
import { longDate, reviewDates } from '../lib/review-dates.ts';
import { pageFiles } from './page-warnings.ts';

/** The pages whose review date has passed on `today`, each with the day it was due. */
export function overdueReviews(today: Date, files = pageFiles()): { file: string; due: Date }[] {
	return files.flatMap((file) => {
		const { reviewed, reviewDue } = pageHeader(file);
		const review = reviewDates(reviewed, reviewDue);
		return review && review.due < today ? [{ file: projectPath(file), due: review.due }] : [];
	});
}

/** Warns, once at the end of the build, of every page whose review is overdue: the page still builds. */
export function warnOfOverdueReviews(): AstroIntegration {
	return {
		name: 'haresign:overdue-reviews',
		hooks: {
			'astro:build:done': ({ logger }) => {
				const overdue = overdueReviews(new Date());
				if (overdue.length === 0) return;
				logger.warn(
					`${overdue.length} page(s) are due for review: check each against the facts, then set its \`reviewed:\` date.\n` +
						overdue.map(({ file, due }) => `  ${file}: review was due ${longDate(due, 'en-GB')}`).join('\n'),
				);
			},
		},
	};
}
