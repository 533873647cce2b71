import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';

const headingTags = ['h2', 'h3', 'h4', 'h5', 'h6'];
const isElement = (node: ElementContent, tags: string[]): node is Element => node.type === 'element' && tags.includes(node.tagName);

/**
 * Puts each Markdown table in a named `<section>` that scrolls sideways and takes keyboard focus,
 * so a phone reader can scroll a wide table with the keyboard (WCAG 2.1.1; axe
 * `scrollable-region-focusable`). The name is the heading the table sits under and its column
 * names, which tells apart two tables under one heading.
 */
export const tableRegionsPlugin: HastPluginDefinition = {
	name: 'haresign-table-regions',
	element: {
		filter: ['table'],
		visit(table, ctx) {
			const heading = (ctx.parent(table).children as ElementContent[])
				.slice(0, ctx.indexOf(table))
				.findLast((node) => isElement(node, headingTags));
			const columns = table.children
				.filter((node) => isElement(node, ['thead']))
				.flatMap((head) => head.children.filter((node) => isElement(node, ['tr'])))
				.flatMap((row) => row.children.filter((node) => isElement(node, ['th'])))
				.map((cell) => ctx.textContent(cell).trim());
			const label = [heading && ctx.textContent(heading).trim(), columns.join(', ')].filter(Boolean).join(': ');
			ctx.wrapNode(table, {
				type: 'element',
				tagName: 'section',
				properties: { className: ['table-region'], tabIndex: 0, ariaLabel: label || 'Table' },
				children: [],
			});
		},
	},
};
