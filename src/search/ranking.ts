/*
 * Orders page sections by how well they answer the query. Pagefind ranks whole pages and lists
 * a page's matching sections in page order; readers want the one section that answers them.
 */

/** One matched word: Pagefind's weight of the element it is in (h2 is 6, body text 1) and its score. */
export interface Location {
	weight: number;
	balanced_score: number;
}

/** A section of a page, as one of Pagefind's sub-results. */
export interface SectionMatch {
	/** The section's address, without Pagefind's highlight parameter. */
	url: string;
	title: string;
	pageTitle: string;
	locations: Location[];
}

export interface RankedSection {
	url: string;
	score: number;
}

/** Pagefind's balanced score of an exact word in an h2: the unit for "one strong match". */
const headingMatch = 18_437;
/** Pagefind's weights: the page title (h1) is 7, h2 and h3 are 6 and 5, body text is 1. */
const titleWeight = 7;
const headingWeight = 5;
/** How strong a match a section gets from its page's title naming an idea: half an exact heading match. */
const pageTitleCredit = 0.5;

const pageOf = (url: string): string => url.split('#')[0]!;
const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * Scores each section found by any concept. A section that covers more of the query's ideas beats
 * one that covers fewer; a match in the heading beats one in the text; ideas found in few
 * sections count for more than ones found everywhere ("account" is everywhere, "delete" is not).
 * `perConcept[i]` holds the sections Pagefind found for concept i.
 */
export function rankSections(perConcept: SectionMatch[][]): RankedSection[] {
	const sections = new Map(perConcept.flat().map((section) => [section.url, section]));
	// An idea no page mentions cannot tell sections apart.
	const found = perConcept.filter((matches) => matches.length > 0);
	const ideas = found.map((matches) => ({
		rarity: Math.log(1 + sections.size / matches.length),
		strengths: new Map(matches.map((section) => [section.url, section])),
		// A section is about what its page's title says: "api pagination" is answered on the API page.
		titledPages: new Set(matches.filter((section) => section.locations.some((location) => location.weight >= titleWeight)).map((section) => pageOf(section.url))),
	}));
	const allRarity = ideas.reduce((sum, idea) => sum + idea.rarity, 0);
	return [...sections.values()]
		.map(({ url, title }) => {
			let total = 0;
			let covered = 0;
			let headingMatches = 0;
			for (const idea of ideas) {
				const match = idea.strengths.get(url);
				if (match) {
					const strength = match.locations.reduce((sum, location) => sum + location.balanced_score, 0);
					total += idea.rarity * Math.min(1.5, Math.sqrt(strength / headingMatch));
					covered += idea.rarity;
					if (match.locations.some((location) => location.weight >= headingWeight)) headingMatches += 1;
				} else if (idea.titledPages.has(pageOf(url))) {
					// Covered, as the page is about it, but more weakly than by the section's own words.
					total += idea.rarity * pageTitleCredit;
					covered += idea.rarity;
				}
			}
			const coverage = covered / allRarity;
			// A short heading that the query covers is more specific than a long one that mentions it.
			const headingFit = headingMatches / Math.max(wordCount(title), headingMatches);
			// A question heading is an answer written for a reader's question: it wins a near tie.
			const question = title.trim().endsWith('?') ? 1.2 : 1;
			return { url, score: total * coverage * (1 + 0.25 * headingFit) * question };
		})
		.sort((a, b) => b.score - a.score);
}
