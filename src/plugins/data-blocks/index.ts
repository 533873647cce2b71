import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { docsDir, pageAddressOf, pageTitle, siteRecords, type SiteRecords } from '../../data/records.ts';
import { authoringError, BlockError, placeInPage } from '../../lib/authoring-errors.ts';
import { faqHelperBlocks } from '../../faq-helpers/blocks.ts';
import { datasetsByCadence, datasetsDetails, datasetsTable } from './datasets.ts';
import { endpointsTable } from './endpoints.ts';
import { glossaryTerms } from './glossary.ts';
import type { Node } from '../../lib/mdast.ts';
import { guideTools, toolGuides, toolsCatalogue } from './tools.ts';

/*
 * Leaf directives (`::name` on a line of its own) that render the records in content/data into a
 * page's Markdown. Expanding them into Markdown nodes (not components) puts their headings in the
 * table of contents, the search index and the link validator, like any hand-written heading.
 */

const blocks: Record<string, (records: SiteRecords, page: string) => Node[]> = {
	'datasets-table': ({ datasets }) => datasetsTable(datasets),
	'datasets-by-cadence': ({ datasets }) => datasetsByCadence(datasets),
	'datasets-details': ({ datasets, tools }) => datasetsDetails(datasets, tools),
	'glossary-terms': ({ glossary }) => glossaryTerms(glossary),
	'tools-catalogue': ({ tools, datasets }) => toolsCatalogue(tools, datasets, pageTitle),
	'guide-tools': ({ tools, datasets }, page) => guideTools(page, tools, datasets),
	'tool-guides': ({ tools }) => toolGuides(tools, pageTitle),
	'endpoints-table': ({ endpoints, datasets }) => endpointsTable(endpoints, datasets),
};

/**
 * Blocks that show no records: the FAQ's helpers, an empty mount point each, built in the browser
 * (src/faq-helpers/). Kept apart so a mistake in the records never stops a page that shows none.
 */
const recordFreeBlocks: Record<string, () => Node[]> = faqHelperBlocks;

export const dataBlockNames = [...Object.keys(blocks), ...Object.keys(recordFreeBlocks)];

/**
 * The Markdown nodes that `::name` stands for on the page in `file`. A mistake (an unknown name,
 * or records that do not fit the block) is an authoring error naming the file.
 */
export function dataBlockNodes(name: string, file: string | undefined): Node[] {
	const placeRecordFree = recordFreeBlocks[name];
	if (placeRecordFree) return placeRecordFree();
	const render = blocks[name];
	// Finding the line reads the page file again: only a mistake needs it.
	const where = () => placeInPage(file && pathToFileURL(file), `::${name}`);
	if (!render) {
		throw authoringError(`${where()}: unknown data block "::${name}". Use one of: ${dataBlockNames.map((known) => `::${known}`).join(', ')}.`);
	}
	try {
		return render(siteRecords(), file ? pageAddressOf(relative(docsDir, file)) : '/');
	} catch (error) {
		// A record's mistake names its own file and line; a block's is the page's.
		throw authoringError(error instanceof BlockError ? `${where()}: ${error.message}` : (error as Error).message);
	}
}

export const dataBlocksPlugin: MdastPluginDefinition = {
	name: 'haresign-data-blocks',
	leafDirective(node, ctx) {
		ctx.replaceNode(node, dataBlockNodes(node.name, ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined) as never);
	},
};
