/*
 * Orders the sections found for a query. The index holds one record per section, and Pagefind
 * scores each record for each search before anything else is fetched; the sections are ranked
 * on those scores alone, so only the ones shown are ever loaded.
 */

/** One record Pagefind found for one search, with its score: known before the record's data is loaded. */
export interface ScoredRecord {
	id: string;
	score: number;
}

/** A record that answers the query, and how well. */
export interface RankedRecord {
	id: string;
	score: number;
}

/**
 * Ranks the records found for any idea in the query. Pagefind's score (BM25, with the weights the
 * search gives headings, page titles and questions) counts rare words for more than common ones;
 * a record that has more of the query's ideas comes first, so "delete account" puts the section
 * that says both above the many that say only "account".
 * `perIdea[i]` holds the records Pagefind found for the query's idea i.
 */
export function rankRecords(perIdea: ScoredRecord[][]): RankedRecord[] {
	// An idea found in few sections says more about what the reader wants than one found in many.
	const rarity = perIdea.map((records) => (records.length > 0 ? 1 / Math.log2(1 + records.length) : 0));
	const allRarity = rarity.reduce((sum, value) => sum + value, 0);
	const totals = new Map<string, { score: number; covered: number }>();
	perIdea.forEach((records, idea) => {
		for (const { id, score } of records) {
			const total = totals.get(id) ?? { score: 0, covered: 0 };
			totals.set(id, { score: total.score + score, covered: total.covered + rarity[idea]! });
		}
	});
	return [...totals]
		.map(([id, { score, covered }]) => ({ id, score: score * (covered / allRarity) ** 2 }))
		.sort((a, b) => b.score - a.score);
}

