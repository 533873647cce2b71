import type { SiteRecords } from '../data/records.ts';
import type { Dataset } from '../data/schemas.ts';

/** What a citation says about a dataset: the fields the Data Sources page shows for it. */
export type CitableDataset = Pick<Dataset, 'id' | 'area' | 'source' | 'publisher' | 'caveat'>;

export interface HelperRecords {
	datasets: CitableDataset[];
	/** Suggestions for "Tool name", in catalogue order. */
	toolNames: string[];
}

/** Only the fields the helpers show, so the helpers' chunk carries no more of the records than it needs. */
export function helperRecords({ datasets, tools }: Pick<SiteRecords, 'datasets' | 'tools'>): HelperRecords {
	return {
		datasets: datasets.map(({ id, area, source, publisher, caveat }) => ({
			id,
			area,
			source,
			...(publisher ? { publisher } : {}),
			...(caveat ? { caveat: caveat.replace(/\s+/g, ' ').trim() } : {}),
		})),
		toolNames: tools.map((tool) => tool.name),
	};
}
