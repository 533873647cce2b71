/*
 * Turns what a reader typed into the searches to run: stop words dropped, and each idea
 * expanded with the words the pages use for it (content/data/synonyms.yaml and the glossary,
 * by readers-words.ts).
 */

/** Words that say nothing about the topic; Pagefind would match them in every FAQ question. */
const stopWords = new Set(
	'a an and are as at be been by can could do does did for from get got has have how i if in into is it its me my of on or our put should so that the their them there these this to us was we were what when where which who why will with would you your'.split(
		' ',
	),
);

/** Lower case words without punctuation: "Numbers don't match!" becomes "numbers dont match". */
export function normaliseQuery(text: string): string {
	return text
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^\p{L}\p{N}_]+/gu, ' ')
		.trim();
}

/**
 * A reader's phrase and the words the pages use for it, both normalised, and how much a match on
 * the reader's own words counts: less than 1 when an author said what the reader means.
 */
export type Expansion = readonly [readersType: string, pagesSay: string, ownWordsWeight: number];

/** One search for an idea, and how much a page it finds counts. */
export interface WeightedSearch {
	words: string;
	weight: number;
}

/**
 * One idea in the query: the reader's words, and the searches that find it. Pagefind returns only
 * pages that have every word of a search, so each way of saying the idea is a search of its own.
 */
export interface Concept {
	typed: string;
	searches: WeightedSearch[];
}

/**
 * Splits a query into concepts. A word close to a known word is read as that word too ("acount"),
 * then the longest phrase from `expansions` that matches at a point wins, so "forgot password"
 * is one idea, not "forgot" and "password".
 */
export function conceptsOf(query: string, expansions: readonly Expansion[], vocabulary = vocabularyOf(expansions)): Concept[] {
	const typed = normaliseQuery(query).split(' ').filter(Boolean);
	const words = typed.map((word) => correctSpelling(word, vocabulary) ?? word);
	const byPhrase = new Map<string, Expansion[]>();
	for (const expansion of expansions) byPhrase.set(expansion[0], [...(byPhrase.get(expansion[0]) ?? []), expansion]);
	const longest = Math.max(1, ...expansions.map(([phrase]) => phrase.split(' ').length));
	const concepts: Concept[] = [];
	for (let start = 0; start < words.length;) {
		let matched = false;
		for (let length = Math.min(longest, words.length - start); length > 0 && !matched; length--) {
			const phrase = words.slice(start, start + length).join(' ');
			const known = byPhrase.get(phrase);
			if (!known) continue;
			const own = { words: withoutStopWords(phrase) || phrase, weight: Math.min(...known.map(([, , weight]) => weight)) };
			const theirs = known.map(([, pagesSay]) => ({ words: withoutStopWords(pagesSay) || pagesSay, weight: 1 }));
			concepts.push({ typed: phrase, searches: unique([own, ...theirs]) });
			start += length;
			matched = true;
		}
		if (matched) continue;
		const word = words[start]!;
		// The reader's own spelling is searched as well, counting less: it may be a word the pages use.
		if (!stopWords.has(word))
			concepts.push({
				typed: word,
				searches: unique([
					{ words: word, weight: 1 },
					{ words: typed[start]!, weight: 0.5 },
				]),
			});
		start += 1;
	}
	// A query of stop words only ("how do i") is still a search.
	if (concepts.length === 0 && words.length > 0) return [{ typed: words.join(' '), searches: [{ words: words.join(' '), weight: 1 }] }];
	return concepts;
}

/** The searches with distinct words, the first of each kept. */
const unique = (searches: WeightedSearch[]): WeightedSearch[] =>
	searches.filter((search, index) => search.words && searches.findIndex((other) => other.words === search.words) === index);
/** The words of a text that say something about its topic: normalised, stop words aside. */
export const topicWords = (text: string): string[] =>
	normaliseQuery(text)
		.split(' ')
		.filter((word) => word && !stopWords.has(word));
const withoutStopWords = (phrase: string): string =>
	phrase
		.split(' ')
		.filter((word) => !stopWords.has(word))
		.join(' ');

/**
 * The known word closest to a misspelt one ("acount" to "account"), or undefined when none is
 * close: one letter wrong, missing, extra or swapped; two in a long word.
 */
export function correctSpelling(word: string, vocabulary: ReadonlySet<string>): string | undefined {
	// Short words are too often other real words: "date" is not a misspelt "data".
	if (word.length < 5 || vocabulary.has(word)) return undefined;
	const allowed = word.length >= 8 ? 2 : 1;
	let best: { word: string; distance: number } | undefined;
	for (const known of vocabulary) {
		if (Math.abs(known.length - word.length) > allowed) continue;
		const distance = editDistance(word, known);
		if (distance <= allowed && (!best || distance < best.distance)) best = { word: known, distance };
	}
	return best?.word;
}

/** The pages' words in the expansions (not readers' misspellings): the words search knows how to spell. */
export const vocabularyOf = (expansions: readonly Expansion[]): Set<string> =>
	new Set(expansions.flatMap(([, pagesSay]) => pagesSay.split(' ')).filter((word) => word.length >= 4));

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
	const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
			rows[i]![j] = best;
		}
	}
	return rows[a.length]![b.length]!;
}

/** Endings that leave a word the same word: "key" and "keys", "export" and "exporting". */
const inflections = new Set(['', 's', 'es', 'd', 'ed', 'ing', 'er', 'ers']);

/**
 * Whether a word (normalised) is a searched word, whole: the same word, or it with an inflection.
 * What is marked in a result's excerpt and on the page it opens; "keyboard" is not "key".
 */
export const sameWord = (searched: string, word: string): boolean => word.startsWith(searched) && inflections.has(word.slice(searched.length));

/**
 * Whether a word a page matched stands for a word searched. Pagefind also matches a page word
 * that is only the start of a searched word ("as" for "asdfghjkl"), which turns keyboard mash
 * into ten results: a match counts when the two share at least half the searched word, and at
 * least four letters of a longer one, or the whole of a short one ("qof", "dna").
 */
export function standsFor(searched: string, matched: string): boolean {
	let shared = 0;
	while (shared < searched.length && shared < matched.length && searched[shared] === matched[shared]) shared++;
	return shared >= Math.min(searched.length, Math.max(4, Math.ceil(searched.length / 2)));
}
