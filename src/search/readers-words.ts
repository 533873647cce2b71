import type { GlossaryTerm, Synonym } from '../data/schemas.ts';
import { normaliseQuery, type Expansion } from './query.ts';

/**
 * Every reader's phrase the search understands, with the words the pages use for it: from
 * content/data/synonyms.yaml, and from the glossary, where a term, its abbreviation, its
 * expansion and its synonyms all find each other.
 */
export function searchExpansions(synonyms: Synonym[], glossary: GlossaryTerm[]): Expansion[] {
	const pairs: Expansion[] = [];
	// The author says what these readers mean: a match on the pages' words counts twice a match on the reader's.
	for (const synonym of synonyms) {
		for (const phrase of synonym.readersType) for (const pagesSay of synonym.pagesSay) pairs.push([phrase, pagesSay, 0.5]);
	}
	for (const term of glossary) {
		const names = [term.term, term.abbreviation, term.expansion].filter((name): name is string => Boolean(name));
		// Each name of a term finds the others, equally: "PCN" finds "Primary Care Network" and back.
		for (const name of names) for (const other of names) pairs.push([name, other, 1]);
		for (const synonym of term.synonyms ?? []) for (const name of names) pairs.push([synonym, name, 1]);
	}
	return pairs
		.map(([phrase, pagesSay, weight]): Expansion => [normaliseQuery(phrase), normaliseQuery(pagesSay), weight])
		.filter(([phrase, pagesSay]) => phrase && pagesSay && phrase !== pagesSay);
}
