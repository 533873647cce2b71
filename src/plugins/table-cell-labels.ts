import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';

const elements = (nodes: ElementContent[] | undefined): Element[] => (nodes ?? []).filter((node): node is Element => node.type === 'element');
const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '');

/**
 * Gives each body cell of a table its column's name (`data-label`), so that on a phone the rows
 * can stack as cards with every value under its label (site.css) instead of a table wider than the screen.
 */
export const tableCellLabelsPlugin: HastPluginDefinition = {
	name: 'haresign-table-cell-labels',
	element: {
		filter: ['table'],
		visit(table, ctx) {
			const sections = elements(table.children);
			const headerRow = elements(sections.find((section) => section.tagName === 'thead')?.children)[0];
			const columns = elements(headerRow?.children).map((cell) => textOf(cell).trim());
			for (const body of sections.filter((section) => section.tagName === 'tbody')) {
				for (const row of elements(body.children)) {
					elements(row.children).forEach((cell, column) => {
						if (columns[column]) ctx.setProperty(cell, 'dataLabel', columns[column]);
					});
				}
			}
		},
	},
};
