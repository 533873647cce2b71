import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overdueReviews } from '../../src/integrations/overdue-reviews.ts';
import { longDate, reviewDates } from '../../src/lib/review-dates.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe('page review dates', () => {
	it('are due twelve months after the review unless the page sets reviewDue', () => {
		expect(reviewDates(day('2026-12-03'), undefined)?.due).toEqual(day('2027-12-03'));
		expect(reviewDates(day('2026-12-03'), day('2027-03-01'))?.due).toEqual(day('2027-03-01'));
		expect(reviewDates(undefined, undefined)).toBeUndefined();
	});

	it('are written in full, British style', () => {
		expect(longDate(day('2026-12-03'), 'en-GB')).toBe('3 December 2026');
	});

	it('name the pages whose review is overdue, and only those', () => {
		const dir = mkdtempSync(join(tmpdir(), 'reviews-'));
		const page = (name: string, frontmatter: string) => {
			writeFileSync(join(dir, name), `---\ntitle: ${name}\ndescription: A page.\n${frontmatter}---\n\nText.\n`);
			return join(dir, name);
		};
		const files = [
			page('old.md', 'reviewed: 2025-01-10\n'),
			page('fresh.md', 'reviewed: 2026-12-03\n'),
			page('never.md', ''),
			page('set.md', 'reviewed: 2026-01-01\nreviewDue: 2026-06-01\n'),
		];
		expect(overdueReviews(day('2026-12-03'), files).map(({ file, due }) => [file.split('/').pop(), due])).toEqual([
			['old.md', day('2026-01-10')],
			['set.md', day('2026-06-01')],
		]);
	});
});
