import { pageTitle } from '../../data/records.ts';
import type { GlossaryTerm } from '../../data/schemas.ts';
import { heading, link, paragraph, strong, text, type Node } from '../../lib/mdast.ts';

export function glossaryTerms(terms: GlossaryTerm[]): Node[] {
	const alphabetical = [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en-GB'));
	return alphabetical.flatMap((term) => [
		heading(2, term.id, term.term),
		paragraph(...(term.expansion ? [strong(term.expansion), text(': ')] : []), text(term.definition)),
		...(term.seeAlso ? [paragraph(link(term.seeAlso, `More about ${term.term} in ${pageTitle(term.seeAlso)}`))] : []),
	]);
}
