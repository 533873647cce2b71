import type { Dataset, Endpoint } from '../../data/schemas.ts';
import { inlineCode, link, table, text, type Node } from '../../lib/mdast.ts';

/** Text with `code spans`, as the records write parameter names. */
const withCode = (value: string): Node[] =>
	value.split(/`([^`]+)`/).flatMap((piece, index) => (piece === '' ? [] : [index % 2 === 1 ? inlineCode(piece) : text(piece)]));

/** The API reference table: one row per endpoint, each row at /api/#<id>. */
export function endpointsTable(endpoints: Endpoint[], datasets: Dataset[]): Node[] {
	return [
		table(
			['Endpoint', 'Filters include', 'Required', 'Returns', 'Data'],
			endpoints.map((endpoint) => {
				const dataset = datasets.find((candidate) => candidate.id === endpoint.dataset);
				return [
					[inlineCode(endpoint.path, endpoint.id)],
					endpoint.parameters.length > 0
						? endpoint.parameters.flatMap((name, index) => [...(index > 0 ? [text(', ')] : []), inlineCode(name)])
						: [text('none')],
					endpoint.access === 'public' ? [text('public')] : withCode(endpoint.required ?? 'none stated'),
					[text(endpoint.returns)],
					dataset ? [link(`/data-sources/#${dataset.id}`, dataset.area)] : [],
				];
			}),
		),
	];
}
