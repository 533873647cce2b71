import { readFileSync } from 'node:fs';
import type { MdastPluginDefinition } from 'satteri';
import { parse } from 'yaml';
import { loadDatasets, loadGlossary, pageFileFor } from '../data/records.ts';
import { authoringError } from '../integrations/authoring-errors.ts';
import { cadenceLabels, type Cadence, type Dataset, type GlossaryTerm } from '../data/schemas.ts';

/*
 * Leaf directives that render the data in content/data into a page's Markdown:
 * `::datasets-table`, `::datasets-by-cadence`, `::datasets-details` and `::glossary-terms`.
 * Expanding them into Markdown nodes (not components) puts their headings in the table of
 * contents, the search index and the link validator, like any hand-written heading.
 */

type Node = Record<string, unknown>;

const text = (value: string): Node => ({ type: 'text', value });
const strong = (value: string): Node => ({ type: 'strong', children: [text(value)] });
const link = (url: string, label: string): Node => ({ type: 'link', url, children: [text(label)] });
const paragraph = (...children: Node[]): Node => ({ type: 'paragraph', children });
const listItem = (...children: Node[]): Node => ({ type: 'listItem', spread: false, children: [paragraph(...children)] });
const list = (items: Node[]): Node => ({ type: 'list', ordered: false, spread: false, children: items });
const heading = (depth: number, id: string, label: string): Node => ({
	type: 'heading',
	depth,
	data: { hProperties: { id } },
	children: [text(label)],
});
const row = (cells: Node[][]): Node => ({
	type: 'tableRow',
	children: cells.map((children) => ({ type: 'tableCell', children })),
});

function pageTitle(path: string): string {
	const file = pageFileFor(path);
	const frontmatter = file ? readFileSync(file, 'utf8').match(/^---\n([\s\S]*?)\n---/) : null;
	return (frontmatter && (parse(frontmatter[1]) as { title?: string }).title) || path;
}

function datasetsTable(datasets: Dataset[]): Node[] {
	return [
		{
			type: 'table',
			align: [null, null, null, null],
			children: [
				row([[text('Area')], [text('Source')], [text('Used for')], [text('How often it is updated')]]),
				...datasets.map((dataset) =>
					row([
						[link(`#${dataset.id}`, dataset.area)],
						[text(dataset.source)],
						[text(dataset.usedFor)],
						[text(cadenceLabels[dataset.cadence])],
					]),
				),
			],
		},
	];
}

function datasetsByCadence(datasets: Dataset[]): Node[] {
	const cadences = Object.keys(cadenceLabels) as Cadence[];
	const items = cadences
		.map((cadence) => ({ cadence, members: datasets.filter((dataset) => dataset.cadence === cadence) }))
		.filter(({ members }) => members.length > 0)
		.map(({ cadence, members }) =>
			listItem(
				strong(`${cadenceLabels[cadence]}:`),
				text(' '),
				...members.flatMap((dataset, index) => [...(index > 0 ? [text(', ')] : []), link(`#${dataset.id}`, dataset.area)]),
			),
		);
	return [list(items)];
}

function datasetsDetails(datasets: Dataset[]): Node[] {
	return datasets.flatMap((dataset) => [
		heading(3, dataset.id, dataset.area),
		list([
			listItem(strong('Source:'), text(` ${dataset.source}${dataset.publisher ? `, published by ${dataset.publisher}` : ''}`)),
			listItem(strong('Used for:'), text(` ${dataset.usedFor}`)),
			listItem(strong('How often it is updated:'), text(` ${cadenceLabels[dataset.cadence].toLowerCase()}`)),
			...(dataset.caveat ? [listItem(strong('Keep in mind:'), text(` ${dataset.caveat}`))] : []),
		]),
	]);
}

function glossaryTerms(terms: GlossaryTerm[]): Node[] {
	const alphabetical = [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en-GB'));
	return alphabetical.flatMap((term) => [
		heading(2, term.id, term.term),
		paragraph(...(term.expansion ? [strong(term.expansion), text(': ')] : []), text(term.definition)),
		...(term.seeAlso ? [paragraph(link(term.seeAlso, `More about ${term.term} in ${pageTitle(term.seeAlso)}`))] : []),
	]);
}

const blocks: Record<string, () => Node[]> = {
	'datasets-table': () => datasetsTable(loadDatasets()),
	'datasets-by-cadence': () => datasetsByCadence(loadDatasets()),
	'datasets-details': () => datasetsDetails(loadDatasets()),
	'glossary-terms': () => glossaryTerms(loadGlossary()),
};

export const dataBlocksPlugin: MdastPluginDefinition = {
	name: 'haresign-data-blocks',
	leafDirective(node, ctx) {
		const render = blocks[node.name];
		if (!render) return;
		try {
			ctx.replaceNode(node, render() as never);
		} catch (error) {
			throw authoringError((error as Error).message);
		}
	},
};
