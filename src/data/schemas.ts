import { z } from 'astro/zod';

/** How often a source publishes. A closed set, so the Data Sources page can group datasets by it. */
export const cadenceLabels = {
	monthly: 'Monthly',
	'monthly-or-periodic': 'Monthly or periodically',
	annual: 'Once a year',
	periodic: 'Periodically',
	varies: 'Varies by indicator or profile',
	// The source gives no cadence for these (Practices and PCNs, CQC reference content).
	'not-stated': 'Not stated by the source',
} as const;

export type Cadence = keyof typeof cadenceLabels;

const cadences = Object.keys(cadenceLabels) as [Cadence, ...Cadence[]];

/** An anchor on a page: lower case words joined by hyphens, e.g. `gp-patient-survey`. */
const anchorId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lower case letters, digits and hyphens, like "gp-patient-survey"');

/** A link to a section of one of this site's pages, e.g. `/data-sources/#qof`. */
const pageLink = z.string().regex(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/, 'expected a site path with a trailing slash, like "/data-sources/#qof"');

export const datasetSchema = z.strictObject({
	id: anchorId,
	area: z.string().min(1),
	source: z.string().min(1),
	publisher: z.string().min(1).optional(),
	usedFor: z.string().min(1),
	cadence: z.enum(cadences, { error: `expected one of: ${cadences.join(', ')}` }),
	caveat: z.string().min(1).optional(),
});

export const glossaryTermSchema = z.strictObject({
	id: anchorId,
	term: z.string().min(1),
	/** The letters readers see in running text, when they differ from the term ("ODS" for "ODS code"). */
	abbreviation: z.string().min(1).optional(),
	expansion: z.string().min(1).optional(),
	definition: z.string().min(1),
	synonyms: z.array(z.string().min(1)).optional(),
	seeAlso: pageLink.optional(),
});

/** Words readers type for something the pages say in other words. Used by search only, never shown on a page. */
export const synonymSchema = z.strictObject({
	id: anchorId,
	/** What readers type: words, phrases or common misspellings, e.g. "forgot password", "pasword". */
	readersType: z.array(z.string().min(1)).min(1),
	/** The words the pages use for it, each a search of its own, e.g. "reset your password". */
	pagesSay: z.array(z.string().min(1)).min(1),
});

/** The catalogue's management questions, in the order the Tools page lists them. */
export const toolGroupLabels = {
	funding: 'Funding',
	workforce: 'Workforce',
	demand: 'Demand',
	population: 'Population',
	access: 'Access',
	quality: 'Quality',
	assurance: 'Assurance',
} as const;

export type ToolGroup = keyof typeof toolGroupLabels;

const toolGroups = Object.keys(toolGroupLabels) as [ToolGroup, ...ToolGroup[]];

/** A page of this site, e.g. `/tools/qof/`, with no anchor. */
const pagePath = z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'expected a site path with a trailing slash, like "/tools/qof/"');

const sentences = z.array(z.string().min(1)).min(1);

export const toolSchema = z.strictObject({
	/** Becomes the tool's anchor on the Tools page, e.g. /tools/#gpad-analyser. */
	id: anchorId,
	name: z.string().min(1),
	group: z.enum(toolGroups, { error: `expected one of: ${toolGroups.join(', ')}` }),
	question: z.string().min(1),
	shows: sentences,
	steps: sentences,
	notes: sentences,
	/** Ids from datasets.yaml; only where the facts link the tool to the dataset. */
	datasets: z.array(anchorId).min(1).optional(),
	guide: pagePath.optional(),
	/** The tool has a State of the Nation view: the picture across England. */
	englandView: z.boolean().optional(),
});

export const endpointSchema = z.strictObject({
	/** Becomes the endpoint's anchor on the Developer API page, e.g. /api/#qof-prevalence. */
	id: anchorId,
	path: z.string().regex(/^\/api\/([a-z0-9_{}-]+\/)*$/, 'expected an API path with a trailing slash, like "/api/v1/qof/prevalence/"'),
	parameters: z.array(z.string().regex(/^[a-z_]+$/, 'expected a parameter name, like "page_size"')),
	/** Which filters a request must have, as the API documentation states it. */
	required: z.string().min(1).optional(),
	access: z.literal('public', { error: 'expected "public", or leave the field out' }).optional(),
	returns: z.string().min(1),
	/** An id from datasets.yaml. */
	dataset: anchorId.optional(),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type Synonym = z.infer<typeof synonymSchema>;
export type Tool = z.infer<typeof toolSchema>;
export type Endpoint = z.infer<typeof endpointSchema>;

/** Record fields whose `backticks` the pages show as code (src/plugins/data-blocks/); in every other field, Markdown shows as typed. */
export const fieldsWithCode: Record<string, readonly string[]> = { endpoints: ['required'] };
