/*
 * Orders what a query finds, in two steps. The index holds one record per page, and Pagefind
 * scores each page for each search before anything else is fetched: the pages are ranked on those
 * scores, and only the first few are loaded. Their sections are then ranked on the words each
 * one matched, and on how well its page ranked.
 */

/** A page or section with its score: for one idea of the query, or, once ranked, for the whole query. */
export interface ScoredRecord {
	id: string;
	score: number;
}

/**
 * Ranks the records found for any idea in the query. A score counts rare words for more than
 * common ones (Pagefind's BM25 for a page); a record that has more of the query's ideas comes
 * first, so "delete account" puts what says both above the many that say only "account".
 * `perIdea[i]` holds the records found for the query's idea i.
 */
export function rankRecords(perIdea: ScoredRecord[][]): ScoredRecord[] {
	// An idea found in few records says more about what the reader wants than one found in many.
	const rarity = perIdea.map((records) => (records.length > 0 ? 1 / Math.log2(1 + records.length) : 0));
	const allRarity = rarity.reduce((sum, value) => sum + value, 0);
	const totals = new Map<string, { score: number; covered: number }>();
	perIdea.forEach((records, idea) => {
		for (const { id, score } of records) {
			const total = totals.get(id) ?? { score: 0, covered: 0 };
			totals.set(id, { score: total.score + score, covered: total.covered + rarity[idea]! });
		}
	});
	return [...totals].map(([id, { score, covered }]) => ({ id, score: score * (covered / allRarity) ** 2 })).sort((a, b) => b.score - a.score);
}

/**
 * A word Pagefind matched on a page: its weight (body text 1, h3 5, h2 6, h1 7) and its score,
 * which grows with the square of the weight (and is less for a word matched by its start).
 */
export interface MatchedWord {
	weight: number;
	balanced_score: number;
}

/** Pagefind's weight for the page title (h1); question headings share it (question-headings.ts) but start sections of their own. */
const pageTitleWeight = 7;
const isTitleWord = (word: MatchedWord) => word.weight >= pageTitleWeight;

/**
 * How much the page title's words count in the page's opening section. They count for every
 * section of the page (rankSections), and at full weight the opening would beat the section that
 * answers. Chosen on the query set in tests/browser/search-queries.ts.
 */
const openingTitleShare = 0.25;

/** One section's score for one search: its matched words' scores, summed; the weights squared make a heading match count most. */
export function sectionScore(words: MatchedWord[], isOpening: boolean): number {
	return words.reduce((sum, word) => sum + word.balanced_score * (isOpening && isTitleWord(word) ? openingTitleShare : 1), 0);
}

/** The score of the words a page's opening matched in the page title. */
export function pageTitleScore(openingWords: MatchedWord[]): number {
	return openingWords.filter(isTitleWord).reduce((sum, word) => sum + word.balanced_score, 0);
}

/**
 * How much of its page title's score each section of a page gets, for an idea the title has:
 * "add our PCN to my account" finds "Link a PCN" on Accounts, as a reader reads it under its
 * page. Chosen on the query set in tests/browser/search-queries.ts.
 */
const titleShare = 0.1;

/** A page loaded for its sections: its rank score, and for each idea of the query its title's score and each section's. */
export interface LoadedPage {
	score: number;
	titleScores: number[];
	/** Section address → score for each idea (0 where the section does not have it). */
	sections: Map<string, number[]>;
}

/**
 * Ranks the sections of the pages loaded. Each section's score for an idea is its own words' plus
 * a share of its page title's; the sections are ranked as rankRecords ranks pages, then scaled by
 * the fourth root of their page's score over the first page's: a section that answers well on a
 * page that ranked lower can still come first, but not on its words alone. The root was chosen on
 * the query set in tests/browser/search-queries.ts: the square root puts three fewer pages and
 * two fewer questions first.
 */
export function rankSections(pages: LoadedPage[], ideas: number): ScoredRecord[] {
	const pageOf = new Map<string, LoadedPage>();
	const perIdea: ScoredRecord[][] = Array.from({ length: ideas }, () => []);
	for (const page of pages) {
		for (const [id, scores] of page.sections) {
			pageOf.set(id, page);
			scores.forEach((score, idea) => {
				const withTitle = score + titleShare * page.titleScores[idea]!;
				if (withTitle > 0) perIdea[idea]!.push({ id, score: withTitle });
			});
		}
	}
	const best = Math.max(...pages.map((page) => page.score));
	return rankRecords(perIdea)
		.map(({ id, score }) => ({ id, score: score * (pageOf.get(id)!.score / best) ** 0.25 }))
		.sort((a, b) => b.score - a.score);
}
