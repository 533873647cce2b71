import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import {
	datasetSchema,
	endpointSchema,
	glossaryTermSchema,
	synonymSchema,
	toolSchema,
	type Dataset,
	type Endpoint,
	type GlossaryTerm,
	type Synonym,
	type Tool,
} from './schemas.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const dataDir = join(projectRoot, 'content/data');
export const docsDir = join(projectRoot, 'content/docs');

/** A mistake in a data file, worded for the person editing it. */
export class RecordError extends Error {
	override name = 'RecordError';
}

/**
 * Reads a YAML list of records and checks each against its schema.
 * Every problem names the file, the record and the field, and says what was expected.
 */
function loadRecords<Schema extends z.ZodType<{ id: string }>>(file: string, schema: Schema): z.infer<Schema>[] {
	const shownFile = relative(projectRoot, file);
	let raw: unknown;
	try {
		raw = parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new RecordError(`${shownFile}: this is not valid YAML. ${(error as Error).message}`);
	}
	if (!Array.isArray(raw)) {
		throw new RecordError(`${shownFile}: expected a list of records, each starting with "- id: ...".`);
	}
	const problems: string[] = [];
	const records: z.infer<Schema>[] = [];
	const seen = new Map<string, number>();
	raw.forEach((entry: unknown, index) => {
		const id = (entry as { id?: unknown } | null)?.id;
		const name = typeof id === 'string' ? `record "${id}"` : `record ${index + 1}`;
		const result = schema.safeParse(entry);
		if (!result.success) {
			for (const issue of result.error.issues) {
				const field = issue.path.join('.') || '(the record itself)';
				const message = issue.code === 'invalid_type' && issue.input === undefined ? 'this field is required' : issue.message;
				problems.push(`${shownFile}: ${name}, field "${field}": ${message}.`);
			}
			return;
		}
		const first = seen.get(result.data.id);
		if (first !== undefined) {
			problems.push(`${shownFile}: ${name}, field "id": "${result.data.id}" is already used by record ${first}; each id must be unique.`);
		}
		seen.set(result.data.id, index + 1);
		records.push(result.data);
	});
	if (problems.length > 0) throw new RecordError(problems.join('\n'));
	return records;
}

/** The page file behind a site path such as `/data-sources/`, or undefined when there is none. */
export function pageFileFor(path: string, dir = docsDir): string | undefined {
	const slug = path.replace(/#.*$/, '').replace(/^\/|\/$/g, '') || 'index';
	return [`${slug}.md`, `${slug}.mdx`, `${slug}/index.md`, `${slug}/index.mdx`]
		.map((candidate) => join(dir, candidate))
		.find((candidate) => existsSync(candidate));
}

/** What a page's frontmatter says of it, for link text and page lists. */
export interface PageHeader {
	title: string | undefined;
	description: string | undefined;
	/** `sidebar.order`, where the page sets one. */
	order: number | undefined;
	/** `reviewed` and `reviewDue`: when the page was last checked against the facts, and when it is next due. */
	reviewed: Date | undefined;
	reviewDue: Date | undefined;
}

/** A frontmatter date: YAML 1.2 reads `2026-12-03` as text, Astro's frontmatter reader as a date. */
const dateOf = (value: unknown): Date | undefined => (value === undefined || value === null ? undefined : new Date(value as string | Date));

const headers = new Map<string, { version: string; header: PageHeader }>();

/**
 * A page file's frontmatter: title, description and sidebar order. Each file is read once until
 * it changes: the glossary block asks for the pages its terms link to on every page that shows it.
 */
export function pageHeader(file: string): PageHeader {
	const { mtimeMs, size } = statSync(file);
	// Time and size: an edit that keeps the time (a coarse clock, a tool that restores it) still shows.
	const version = `${mtimeMs}:${size}`;
	let known = headers.get(file);
	if (known?.version !== version) {
		const frontmatter = readFileSync(file, 'utf8').match(/^---\n([\s\S]*?)\n---/);
		const data = (frontmatter?.[1] ? parse(frontmatter[1]) : {}) as {
			title?: string;
			description?: string;
			sidebar?: { order?: number };
			reviewed?: unknown;
			reviewDue?: unknown;
		};
		const { title, description, reviewed, reviewDue } = data;
		known = { version, header: { title, description, order: data.sidebar?.order, reviewed: dateOf(reviewed), reviewDue: dateOf(reviewDue) } };
		headers.set(file, known);
	}
	return known.header;
}

/** A page's title from its frontmatter, for link text; its path when it has none. */
export function pageTitle(path: string, dir = docsDir): string {
	const file = pageFileFor(path, dir);
	return (file && pageHeader(file).title) || path;
}

export function loadDatasets(file = join(dataDir, 'datasets.yaml')): Dataset[] {
	return loadRecords(file, datasetSchema);
}

type ReferenceCheck<T> = [field: string, problemOf: (record: T) => string | undefined];

/** Fails with one line for each record field that names something that does not exist. */
function checkReferences<T extends { id: string }>(file: string, records: T[], ...checks: ReferenceCheck<T>[]): void {
	const problems = records.flatMap((record) =>
		checks.flatMap(([field, problemOf]) => {
			const problem = problemOf(record);
			return problem ? [`${relative(projectRoot, file)}: record "${record.id}", field "${field}": ${problem}`] : [];
		}),
	);
	if (problems.length > 0) throw new RecordError(problems.join('\n'));
}

const missingPage = (path: string | undefined, example: string) =>
	path && !pageFileFor(path) ? `no page "${path}" in content/docs; link to an existing page, like "${example}".` : undefined;

function missingDatasets(ids: string[] | undefined, datasets: Dataset[]): string | undefined {
	const unknown = (ids ?? []).filter((id) => !datasets.some((dataset) => dataset.id === id));
	if (unknown.length === 0) return undefined;
	return `no dataset ${unknown.map((id) => `"${id}"`).join(', ')} in content/data/datasets.yaml; use one of: ${datasets.map((dataset) => dataset.id).join(', ')}.`;
}

export function loadGlossary(file = join(dataDir, 'glossary.yaml')): GlossaryTerm[] {
	const terms = loadRecords(file, glossaryTermSchema);
	checkReferences(file, terms, ['seeAlso', (term) => missingPage(term.seeAlso, '/data-sources/#qof')]);
	return terms;
}

export function loadSynonyms(file = join(dataDir, 'synonyms.yaml')): Synonym[] {
	return loadRecords(file, synonymSchema);
}

export function loadTools(file = join(dataDir, 'tools.yaml'), datasets = loadDatasets()): Tool[] {
	const tools = loadRecords(file, toolSchema);
	checkReferences(file, tools, ['datasets', (tool) => missingDatasets(tool.datasets, datasets)], ['guide', (tool) => missingPage(tool.guide, '/tools/qof/')]);
	return tools;
}

export function loadEndpoints(file = join(dataDir, 'endpoints.yaml'), datasets = loadDatasets()): Endpoint[] {
	const endpoints = loadRecords(file, endpointSchema);
	checkReferences(file, endpoints, ['dataset', (endpoint) => missingDatasets(endpoint.dataset ? [endpoint.dataset] : undefined, datasets)]);
	return endpoints;
}

export interface SiteRecords {
	datasets: Dataset[];
	glossary: GlossaryTerm[];
	synonyms: Synonym[];
	tools: Tool[];
	endpoints: Endpoint[];
}

const recordFiles = ['datasets.yaml', 'glossary.yaml', 'synonyms.yaml', 'tools.yaml', 'endpoints.yaml'];
let cached: { key: string; records: SiteRecords } | undefined;

/**
 * Every data record, read and cross-checked once: the Markdown plugins ask for them on every page.
 * They are read again only when a file has changed, so `astro dev` picks up edits.
 */
export function siteRecords(dir = dataDir): SiteRecords {
	const key = recordFiles.map((name) => `${join(dir, name)}@${statSync(join(dir, name), { throwIfNoEntry: false })?.mtimeMs}`).join('|');
	if (cached?.key !== key) {
		const datasets = loadDatasets(join(dir, 'datasets.yaml'));
		cached = {
			key,
			records: {
				datasets,
				glossary: loadGlossary(join(dir, 'glossary.yaml')),
				synonyms: loadSynonyms(join(dir, 'synonyms.yaml')),
				tools: loadTools(join(dir, 'tools.yaml'), datasets),
				endpoints: loadEndpoints(join(dir, 'endpoints.yaml'), datasets),
			},
		};
	}
	return cached.records;
}
