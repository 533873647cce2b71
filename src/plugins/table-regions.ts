import type { MdastPluginEntry } from 'satteri';

/** The words a reader sees: not raw HTML such as `<br>`, and not an image's alternative text. */
const textOnly = { includeHtml: false, includeImageAlt: false };

/**
 * Puts each Markdown table in a named `<section>` that scrolls sideways and takes keyboard focus,
 * so a phone reader can scroll a wide table with the keyboard (WCAG 2.1.1; axe
 * `scrollable-region-focusable`). The name is the heading the table sits under and its column
 * names, which tells apart two tables under one heading.
 * On the Markdown tree, where a table is one node with its header row first; it runs after the
 * data blocks, so their tables get a region too. The heading is the last section heading before
 * the table. A factory: each page starts under no heading.
 */
export const tableRegionsPlugin: MdastPluginEntry = () => {
	let headingAbove = '';
	return {
		name: 'haresign-table-regions',
		heading(heading, ctx) {
			// A section's heading, not one inside a list, an aside or a component.
			if (heading.depth >= 2 && ctx.parent(heading).type === 'root') headingAbove = ctx.textContent(heading, textOnly).trim();
		},
		table(table, ctx) {
			const columns = (table.children[0]?.children ?? []).map((cell) => ctx.textContent(cell, textOnly).trim());
			const label = [headingAbove, columns.join(', ')].filter(Boolean).join(': ');
			ctx.wrapNode(table, {
				type: 'tableRegion',
				data: { hName: 'section', hProperties: { className: ['table-region'], tabIndex: 0, ariaLabel: label || 'Table' } },
				children: [],
			});
		},
	};
};
