/** How long a page's review lasts unless its frontmatter gives `reviewDue`: a year, as NHS pages have it. */
const reviewMonths = 12;

export interface ReviewDates {
	reviewed: Date;
	due: Date;
}

/** A page's review dates from its frontmatter (`reviewed`, and `reviewDue` if set), or undefined when it has never been reviewed. */
export function reviewDates(reviewed: Date | undefined, reviewDue: Date | undefined): ReviewDates | undefined {
	if (!reviewed) return undefined;
	const due = reviewDue ?? new Date(Date.UTC(reviewed.getUTCFullYear(), reviewed.getUTCMonth() + reviewMonths, reviewed.getUTCDate()));
	return { reviewed, due };
}

/** "3 December 2026", in the page's language. */
export const longDate = (date: Date, lang: string): string => date.toLocaleDateString(lang, { dateStyle: 'long', timeZone: 'UTC' });
