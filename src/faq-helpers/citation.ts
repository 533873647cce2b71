import type { CitableDataset } from './records.ts';
import { sentence, tidy } from './text.ts';

/** What the reader has typed into "Cite a figure", as typed. */
export interface CitationFields {
	dataset: CitableDataset | undefined;
	period: string;
	organisation: string;
	comparator: string;
	numerator: string;
	denominator: string;
}

/**
 * The context the FAQ asks for beside a figure in a board report, as one paragraph: source dataset,
 * reporting period, organisation, comparator, numerator and denominator where given, and the caveat
 * the Data Sources page records for the dataset.
 */
export function citationText(fields: CitationFields): string {
	const { dataset } = fields;
	const source = dataset
		? `Source: ${dataset.source}${dataset.publisher ? `, published by ${dataset.publisher}` : ''}, as shown in Haresign.`
		: 'Source: [source dataset].';
	const caveat = dataset?.caveat
		? `Caveat: ${dataset.caveat}`
		: // The Data Sources page's own words for a dataset with no note.
			'Caveats: none recorded for this dataset, which does not mean there is nothing to watch for; check the source and methodology notes.';
	return [
		source,
		sentence('Reporting period', fields.period, 'reporting period'),
		sentence('Organisation', fields.organisation, 'organisation'),
		sentence('Comparator', fields.comparator, 'comparator'),
		...(tidy(fields.numerator) ? [sentence('Numerator', fields.numerator, '')] : []),
		...(tidy(fields.denominator) ? [sentence('Denominator', fields.denominator, '')] : []),
		...(dataset ? [caveat] : []),
	].join(' ');
}
