/*
 * Orders what a query finds, in two steps. The index holds one record per page, and Pagefind
 * scores each page for each search before anything else is fetched: the pages are ranked on those
 * scores, and only the first few are loaded. Their sections are then ranked on the words each
 * one matched (a heading by how much of it the query says), on what their page's title and
 * introduction matched, and on how well their page ranked.
 */
import { standsFor, topicWords } from './query.ts';

/**
 * The weight the index gives a page's description (its frontmatter summary, which the page does
 * not show; build-index.ts). It counts toward which pages are loaded and toward the page's own
 * opening, not toward the share of its introduction every section gets: a summary of the whole
 * page would make each section an answer. Any weight no other element has, to tell its words apart.
 */
export const descriptionWeight = 1.25;

/** Whether a matched word is the page description's, by its weight (Pagefind keeps weights in 24ths). */
export const inDescription = (word: MatchedWord): boolean => Math.abs(word.weight - descriptionWeight) < 1 / 48;

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
 * A word Pagefind matched on a page: where it is (its place among the page's words), its weight
 * (body text 1, h3 5, h2 6, h1 7) and its score, which grows with the square of the weight (and is
 * less for a word matched by its start).
 */
export interface MatchedWord {
	location: number;
	weight: number;
	balanced_score: number;
}

/**
 * A section's heading, or for the page's opening the page title: where its words are among the
 * page's words, and the share of them the query says. A heading names what its section is about:
 * one the query says in full ("ARRS" for "arrs", "Workspaces" for "workspace") is an exact name,
 * and counts whole; one it says only in part ("ARRS calculator", "Datasets at a glance" for
 * "dataset") counts less (headingSaidInPart).
 */
export interface Heading {
	start: number;
	/** Its words as Pagefind counts them (split on white space). */
	length: number;
	/** The share of its words, stop words aside, that stand for a word searched (query.ts standsFor). */
	said: number;
}

/**
 * How much a heading the query says only in part counts, against one it says in full. Any part
 * counts the same, so a short heading does not win for being short: a reader's one word
 * ("telephony") is not taken to the record with the shortest heading (the Cloud telephony dataset)
 * over the tool (Cloud Telephony Dashboard), as counting the share itself (½ against ⅓) would.
 * Chosen on the query set in tests/browser/search-queries.ts: from 0.5 to 0.7 the tuning part's
 * page hit@1 stays within four queries.
 */
const headingSaidInPart = 0.6;

/** The heading with `text` that starts at `location`, for a query whose searches use `searched` (every word of every search). */
export function headingOf(text: string, location: number, searched: readonly string[]): Heading {
	const words = topicWords(text);
	const said = words.filter((word) => searched.some((searchedWord) => standsFor(searchedWord, word))).length;
	return { start: location, length: text.trim().split(/\s+/).length, said: words.length > 0 ? said / words.length : 1 };
}

/** How much a match in the heading counts: whole for an exact name, less for part of one. */
const headingCounts = (heading: Heading) => (heading.said >= 1 ? 1 : headingSaidInPart);

const inHeading = (word: MatchedWord, heading: Heading | undefined): heading is Heading =>
	heading !== undefined && word.location >= heading.start && word.location < heading.start + heading.length;

/**
 * How much the page title's words count in the page's opening section. They count for every
 * section of the page (rankSections), and at full weight the opening would beat the section that
 * answers. Chosen on the query set in tests/browser/search-queries.ts.
 */
const openingTitleShare = 0.25;

/**
 * One section's score for one search: its matched words' scores, summed, its heading's (the page
 * title's, in the opening) as much as the heading counts. The weights squared make a heading match
 * count most.
 */
export function sectionScore(words: MatchedWord[], heading: Heading | undefined, isOpening: boolean): number {
	return words.reduce(
		(sum, word) => sum + word.balanced_score * (inHeading(word, heading) ? headingCounts(heading) * (isOpening ? openingTitleShare : 1) : 1),
		0,
	);
}

/** The score of the words a page's opening matched in the page title, as much as the title counts. */
export function pageTitleScore(openingWords: MatchedWord[], title: Heading | undefined): number {
	return openingWords.reduce((sum, word) => sum + (inHeading(word, title) ? word.balanced_score * headingCounts(title) : 0), 0);
}

/**
 * The score of the words a page's opening matched in its introduction: the text under the title,
 * before the first heading. The page's description is not part of it: the introduction's share
 * goes to every section of the page (rankSections), and the description is a summary of them all.
 */
export function introductionScore(openingWords: MatchedWord[], title: Heading | undefined): number {
	return openingWords.reduce((sum, word) => sum + (inHeading(word, title) || inDescription(word) ? 0 : word.balanced_score), 0);
}

/**
 * How much of its page title's score each section of a page gets, for an idea the title has:
 * "add our PCN to my account" finds "Link a PCN" on Accounts, as a reader reads it under its
 * page. Chosen on the query set in tests/browser/search-queries.ts.
 */
const titleShare = 0.1;

/**
 * How much of its page introduction's score each other section of a page gets, for an idea the
 * introduction has. An introduction says what the page's sections are: the Glossary's says what
 * its terms "mean", so "no-show appointments meaning" finds the term DNA. Chosen on the query set
 * in tests/browser/search-queries.ts: from ¼ to a whole share, the tuning part's page hit@1 is the
 * same.
 */
const introductionShare = 0.5;

/**
 * A page loaded for its sections: its address (that of its opening), its rank score, and for each
 * idea of the query its title's score, its introduction's and each section's.
 */
export interface LoadedPage {
	url: string;
	score: number;
	titleScores: number[];
	introductionScores: number[];
	/** Section address → score for each idea (0 where the section does not have it). */
	sections: Map<string, number[]>;
}

/**
 * Ranks the sections of the pages loaded. Each section's score for an idea is its own words' plus
 * a share of its page title's and (but for the opening) of its page introduction's; the sections
 * are ranked as rankRecords ranks pages, then scaled by the fourth root of their page's score over
 * the first page's: a section that answers well on a page that ranked lower can still come first,
 * but not on its words alone. The root was chosen on
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
				const underPage = titleShare * page.titleScores[idea]! + (id === page.url ? 0 : introductionShare * page.introductionScores[idea]!);
				if (score + underPage > 0) perIdea[idea]!.push({ id, score: score + underPage });
			});
		}
	}
	const best = Math.max(...pages.map((page) => page.score));
	return rankRecords(perIdea)
		.map(({ id, score }) => ({ id, score: score * (pageOf.get(id)!.score / best) ** 0.25 }))
		.sort((a, b) => b.score - a.score);
}
