/** Small builders for the Markdown (mdast) nodes the data blocks expand into. */

export type Node = Record<string, unknown>;

export const text = (value: string): Node => ({ type: 'text', value });
export const inlineCode = (value: string, id?: string): Node => ({
	type: 'inlineCode',
	value,
	// Satteri keeps an id on inline code, not on a table row: the anchor for a row goes here.
	...(id ? { data: { hProperties: { id } } } : {}),
});
export const strong = (value: string): Node => ({ type: 'strong', children: [text(value)] });
export const link = (url: string, label: string | Node): Node => ({
	type: 'link',
	url,
	children: [typeof label === 'string' ? text(label) : label],
});
export const paragraph = (...children: Node[]): Node => ({ type: 'paragraph', children });
export const listItem = (...children: Node[]): Node => ({ type: 'listItem', spread: false, children: [paragraph(...children)] });
export const list = (items: Node[], ordered = false): Node => ({ type: 'list', ordered, spread: false, children: items });
export const heading = (depth: number, id: string, label: string): Node => ({
	type: 'heading',
	depth,
	data: { hProperties: { id } },
	children: [text(label)],
});

/** The same block, with Pagefind's mark that keeps its words out of the search index. */
export const keptOutOfSearch = (node: Node): Node => {
	const data = (node['data'] ?? {}) as { hProperties?: Record<string, unknown> };
	return { ...node, data: { ...data, hProperties: { ...data.hProperties, 'data-pagefind-ignore': '' } } };
};

/**
 * Pagefind's weight for the words of a summary of records told in full elsewhere (body text 1; a
 * word's score grows with the square of its weight, so a quarter): a table or list that names every
 * record matches many queries a little, and search should lead to the record that answers.
 */
export const summaryWeight = 0.5;

/** The same block, as a summary of records told in full elsewhere: it counts less in search (summaryWeight). */
export const summaryOfRecords = (node: Node): Node => {
	const data = (node['data'] ?? {}) as { hProperties?: Record<string, unknown> };
	return { ...node, data: { ...data, hProperties: { ...data.hProperties, 'data-pagefind-weight': String(summaryWeight) } } };
};

/** `a, b and c`: links or words joined as a sentence reads them. */
export function joined(items: Node[]): Node[] {
	return items.flatMap((item, index) => [...(index === 0 ? [] : [text(index === items.length - 1 ? ' and ' : ', ')]), item]);
}

export function table(header: string[], rows: Node[][][]): Node {
	const row = (cells: Node[][]): Node => ({ type: 'tableRow', children: cells.map((children) => ({ type: 'tableCell', children })) });
	return { type: 'table', align: header.map(() => null), children: [row(header.map((label) => [text(label)])), ...rows.map(row)] };
}
