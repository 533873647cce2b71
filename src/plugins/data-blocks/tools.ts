import { toolGroupLabels, type Dataset, type Tool, type ToolGroup } from '../../data/schemas.ts';
import { BlockError } from '../../lib/authoring-errors.ts';
import { heading, joined, keptOutOfSearch, link, list, listItem, paragraph, strong, summaryOfRecords, text, type Node } from '../../lib/mdast.ts';

function dataLine(tool: Tool, datasets: Dataset[]): Node[] {
	const used = datasets.filter((dataset) => tool.datasets?.includes(dataset.id));
	return used.length > 0 ? [paragraph(strong('Data:'), text(' '), ...joined(used.map((dataset) => link(`/data-sources/#${dataset.id}`, dataset.area))))] : [];
}

/** One tool's whole record: the question, then what it shows, how to use it and how to read it. */
function toolSection(tool: Tool, depth: number, datasets: Dataset[]): Node[] {
	return [
		heading(depth, tool.id, tool.name),
		paragraph(strong('The question it answers:'), text(` ${tool.question}`)),
		paragraph(strong('What it shows:')),
		list([
			...tool.shows.map((item) => listItem(text(item))),
			...(tool.englandView ? [listItem(text('a State of the Nation view: the picture across England'))] : []),
		]),
		paragraph(strong('How to use it:')),
		list(
			tool.steps.map((step) => listItem(text(step))),
			true,
		),
		paragraph(strong('Reading the results:')),
		list(tool.notes.map((note) => listItem(text(note)))),
		...dataLine(tool, datasets),
	];
}

/**
 * A tool with a guide, in the catalogue: its question and the way to its guide, which holds the rest.
 * Kept out of search, which leads to the guide.
 */
function toolSummary(tool: Tool & { guide: string }, datasets: Dataset[], guideTitle: string): Node[] {
	return [
		heading(3, tool.id, tool.name),
		paragraph(strong('The question it answers:'), text(` ${tool.question}`)),
		paragraph(text('What it shows, how to use it and how to read it: '), link(`${tool.guide}#${tool.id}`, guideTitle), text('.')),
		...dataLine(tool, datasets),
	].map(keptOutOfSearch);
}

/**
 * The Tools page: a section per management question, a tool per subsection, each at /tools/#<id>.
 * A tool with a guide is summed up here and told in full on its guide, so nothing is said twice.
 */
export function toolsCatalogue(tools: Tool[], datasets: Dataset[], titleOf: (page: string) => string): Node[] {
	return (Object.keys(toolGroupLabels) as ToolGroup[]).flatMap((group) => {
		const members = tools.filter((tool) => tool.group === group);
		if (members.length === 0) return [];
		return [
			heading(2, `${group}-tools`, toolGroupLabels[group]),
			...members.flatMap((tool) => (tool.guide ? toolSummary({ ...tool, guide: tool.guide }, datasets, titleOf(tool.guide)) : toolSection(tool, 3, datasets))),
		];
	});
}

/** A guide page's tools: the records whose `guide` is that page. */
export function guideTools(page: string, tools: Tool[], datasets: Dataset[]): Node[] {
	const guided = tools.filter((tool) => tool.guide === page);
	if (guided.length === 0) {
		throw new BlockError(
			`::guide-tools shows the tools whose record in content/data/tools.yaml has guide: ${page}, and none has; add that line to each tool this page guides, or take the block out.`,
		);
	}
	return guided.flatMap((tool) => toolSection(tool, 2, datasets));
}

/** The tool guides, in catalogue order, each once: from the tools' records, so a new guide joins by itself. */
export function toolGuides(tools: Tool[], titleOf: (page: string) => string): Node[] {
	const guides = [...new Set(tools.flatMap((tool) => (tool.guide ? [tool.guide] : [])))];
	return [summaryOfRecords(list(guides.map((guide) => listItem(link(guide, titleOf(guide))))))];
}
