import type { HastPluginDefinition } from 'satteri';

/**
 * How much a heading that asks a question counts in the search index, on Pagefind's scale
 * (h1 7, h2 6, h3 5; body text 1). A section written to answer a reader's question, like each
 * FAQ entry, then wins over one that only mentions the same words. Chosen on the query set in
 * tests/browser/search-queries.ts.
 */
export const questionWeight = 7;

/** Marks each h2 or h3 that ends in a question mark with Pagefind's `data-pagefind-weight`. */
export const questionHeadingsPlugin: HastPluginDefinition = {
	name: 'haresign-question-headings',
	element: {
		filter: ['h2', 'h3'],
		visit(heading, ctx) {
			if (ctx.textContent(heading).trim().endsWith('?')) ctx.setProperty(heading, 'dataPagefindWeight', String(questionWeight));
		},
	},
};
