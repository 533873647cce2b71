import { cadenceLabels, type Cadence, type Dataset, type Tool } from '../../data/schemas.ts';
import { heading, joined, link, list, listItem, strong, summaryOfRecords, table, text, type Node } from '../../lib/mdast.ts';

export function datasetsTable(datasets: Dataset[]): Node[] {
	return [
		summaryOfRecords(
			table(
				['Area', 'Source', 'Used for', 'Source’s usual cadence'],
				datasets.map((dataset) => [
					[link(`#${dataset.id}`, dataset.area)],
					[text(dataset.source)],
					[text(dataset.usedFor)],
					[text(cadenceLabels[dataset.cadence])],
				]),
			),
		),
	];
}

export function datasetsByCadence(datasets: Dataset[]): Node[] {
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
	return [summaryOfRecords(list(items))];
}

/** Each dataset's section, with the tools that draw on it (from the tools' records, never written twice). */
export function datasetsDetails(datasets: Dataset[], tools: Tool[]): Node[] {
	return datasets.flatMap((dataset) => {
		const usedBy = tools.filter((tool) => tool.datasets?.includes(dataset.id));
		return [
			heading(3, dataset.id, dataset.area),
			list([
				listItem(strong('Source:'), text(` ${dataset.source}${dataset.publisher ? `, published by ${dataset.publisher}` : ''}`)),
				listItem(strong('Used for:'), text(` ${dataset.usedFor}`)),
				listItem(strong('Source’s usual cadence:'), text(` ${cadenceLabels[dataset.cadence].toLowerCase()}`)),
				...(dataset.caveat ? [listItem(strong('Keep in mind:'), text(` ${dataset.caveat}`))] : []),
				...(usedBy.length > 0
					? [listItem(strong('Tools that draw on it include:'), text(' '), ...joined(usedBy.map((tool) => link(`/tools/#${tool.id}`, tool.name))))]
					: []),
			]),
		];
	});
}
