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
/** Pagefind's weight of h1 to h3; lower weights are body text. */
const headingWeight = 5;

/**
 * Scores each section found by any concept. A section that matches every idea in the query beats
 * one that matches some strongly; within that, a match in the heading beats one in the text, and
 * ideas found in few sections count for more than ones found everywhere.
 * `perConcept[i]` holds the sections Pagefind found for concept i.
 */
export function rankSections(perConcept: SectionMatch[][]): RankedSection[] {
	const scores = new Map<string, { total: number; covered: number; headingMatches: number; title: string }>();
	const sectionCount = new Set(perConcept.flat().map((section) => section.url)).size;
	// An idea no page mentions cannot tell sections apart.
	const found = perConcept.filter((sections) => sections.length > 0);
	// Rarity of an idea across the sections found: "account" is everywhere, "delete" is not.
	const rarities = found.map((sections) => Math.log(1 + sectionCount / sections.length));
	const allRarity = rarities.reduce((sum, rarity) => sum + rarity, 0);
	found.forEach((sections, index) => {
		const rarity = rarities[index]!;
		for (const section of sections) {
			const strength = section.locations.reduce((sum, location) => sum + location.balanced_score, 0);
			const entry = scores.get(section.url) ?? { total: 0, covered: 0, headingMatches: 0, title: section.title };
			entry.total += rarity * Math.min(1.5, Math.sqrt(strength / headingMatch));
			entry.covered += rarity;
			if (section.locations.some((location) => location.weight >= headingWeight)) entry.headingMatches += 1;
			scores.set(section.url, entry);
		}
	});
	return [...scores]
		.map(([url, entry]) => {
			const coverage = entry.covered / allRarity;
			// A short heading that the query covers is more specific than a long one that mentions it.
			const headingFit = entry.headingMatches / Math.max(wordCount(entry.title), entry.headingMatches);
			// A question heading is an answer written for a reader's question: it wins a near tie.
			const question = entry.title.trim().endsWith('?') ? 1.2 : 1;
			return { url, score: entry.total * coverage * coverage * (1 + 0.25 * headingFit) * question };
		})
		.sort((a, b) => b.score - a.score);
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
