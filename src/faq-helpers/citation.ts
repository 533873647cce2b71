import type { CitableDataset } from './records.ts';
import { sentence, writer, type Written } from './text.ts';

/** What the reader has typed into "Cite a figure", as typed. */
export interface CitationFields {
	figure: string;
	dataset: CitableDataset | undefined;
	period: string;
	organisation: string;
	comparator: string;
	numerator: string;
	denominator: string;
}

/**
 * The figure with the context the FAQ asks for beside it in a board report, as one paragraph: the
 * figure, source dataset, reporting period, organisation, comparator, numerator and denominator where
 * given, and the caveat the Data Sources page records for the dataset. The numerator and denominator
 * are "where relevant", so optional; the rest the citation cannot stand without.
 */
export function citation(fields: CitationFields): Written<keyof CitationFields> {
	const { dataset } = fields;
	const { missing, required, optional } = writer<keyof CitationFields>();
	const figure = required('figure', 'Figure', fields.figure, 'figure');
	if (!dataset) missing.push('dataset');
	const source = dataset
		? `Source: ${dataset.source}${dataset.publisher ? `, published by ${dataset.publisher}` : ''}, as shown in Haresign.`
		: 'Source: [source dataset].';
	const caveat = dataset?.caveat
		? `Caveat: ${dataset.caveat}`
		: // The Data Sources page's own words for a dataset with no note.
			'Caveats: none recorded for this dataset, which does not mean there is nothing to watch for; check the source and methodology notes.';
	const text = [
		sentence(figure),
		source,
		sentence(required('period', 'Reporting period', fields.period, 'reporting period')),
		sentence(required('organisation', 'Organisation', fields.organisation, 'organisation')),
		sentence(required('comparator', 'Comparator', fields.comparator, 'comparator')),
		...optional('Numerator', fields.numerator).map(sentence),
		...optional('Denominator', fields.denominator).map(sentence),
		...(dataset ? [caveat] : []),
	].join(' ');
	return { text, missing };
}
