import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isNode, isScalar, LineCounter, parse, parseDocument } from 'yaml';
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
/** A file's path as a maintainer sees it, from the project's folder: content/docs/faq.md. */
export const projectPath = (file: string): string => relative(projectRoot, file);
export const dataDir = join(projectRoot, 'content/data');
export const docsDir = join(projectRoot, 'content/docs');

/** A mistake in a data file, worded for the person editing it. */
export class RecordError extends Error {
	override name = 'RecordError';
}

/** What a schema's type is called for the person writing the YAML, and how to write it where that helps. */
const expectedWords: Record<string, string> = {
	array: 'a list, one item per line starting with "- "',
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
	object: 'a group of fields',
	date: 'a date such as 2026-12-03',
};

/** A value as the person who wrote it would recognise it. */
function described(value: unknown): string {
	if (value === null) return 'nothing after the colon';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
	if (typeof value === 'number') return `the number ${value}`;
	if (typeof value === 'boolean') return String(value);
	if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
	return 'a group of fields';
}

/** What is wrong with a field of `entry`, worded for the person writing the YAML. */
export function problemWith(issue: z.core.$ZodIssue, entry: unknown): string {
	const value = issue.path.reduce<unknown>((parent, key) => (parent as Record<PropertyKey, unknown> | undefined)?.[key], entry);
	if (value === undefined) return 'this field is required';
	if (issue.code === 'invalid_type') return `wrong type: expected ${expectedWords[issue.expected] ?? issue.expected}, found ${described(value)}`;
	return issue.message;
}

/** The fields a schema knows, when it is an object schema. */
export const fieldsOf = (schema: z.ZodType): string[] =>
	'shape' in schema && schema.shape && typeof schema.shape === 'object' ? Object.keys(schema.shape) : [];

/** How many single-letter edits turn one word into the other. */
function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[b.length]!;
}

/** The known field an unknown one was most likely meant to be, or, when none is close, the known fields. */
export function nearestField(key: string, known: string[]): string {
	const [nearest] = known
		.map((field) => ({ field, distance: editDistance(key.toLowerCase(), field.toLowerCase()) }))
		.filter(({ distance }) => distance <= Math.max(1, Math.floor(key.length / 3)))
		.sort((a, b) => a.distance - b.distance);
	return nearest ? `did you mean "${nearest.field}"?` : `the fields are ${known.map((field) => `"${field}"`).join(', ')}.`;
}

/** A field the schema does not know, with the known field it was most likely meant to be. */
const unknownField = (key: string, known: string[]): string => `this kind of record has no such field; ${nearestField(key, known)}`;

/**
 * The line a record's field is written on, for a message a maintainer can go straight to: the
 * field's name where it is written, else its record's first line (a missing field has no line).
 */
function fieldLines(text: string): (index: number, path: readonly PropertyKey[]) => number | undefined {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter });
	const lineAt = (offset: number) => lineCounter.linePos(offset).line;
	return (index, path) => {
		const parent = document.getIn([index, ...path.slice(0, -1)], true);
		const key = isMap(parent) ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === path.at(-1))?.key : undefined;
		if (isNode(key) && key.range) return lineAt(key.range[0]);
		for (let depth = path.length; depth >= 0; depth--) {
			const node = document.getIn([index, ...path.slice(0, depth)], true);
			if (isNode(node) && node.range) return lineAt(node.range[0]);
		}
		return undefined;
	};
}

/**
 * Reads a YAML list of records and checks each against its schema.
 * Every problem names the file and line, the record and the field, and says what was expected.
 */
function loadRecords<Schema extends z.ZodType<{ id: string }>>(file: string, schema: Schema): z.infer<Schema>[] {
	const shownFile = projectPath(file);
	const text = readFileSync(file, 'utf8');
	let raw: unknown;
	try {
		raw = parse(text);
	} catch (error) {
		// YAML indents with spaces, and a tab looks like them in most editors: name it.
		const tabbed = text.split('\n').findIndex((line) => /^ *\t/.test(line));
		const tab = tabbed < 0 ? '' : ` Line ${tabbed + 1} is indented with a tab: YAML indents with spaces only.`;
		throw new RecordError(`${shownFile}: this is not valid YAML.${tab} ${(error as Error).message.trimEnd()}`);
	}
	if (!Array.isArray(raw)) {
		throw new RecordError(`${shownFile}: expected a list of records, each starting with "- id: ...".`);
	}
	const problems: string[] = [];
	const records: z.infer<Schema>[] = [];
	const seen = new Map<string, number>();
	// Parsing again for lines costs as much as the first parse: only a file with a mistake needs them.
	let lineOf: ReturnType<typeof fieldLines> | undefined;
	raw.forEach((entry: unknown, index) => {
		const id = (entry as { id?: unknown } | null)?.id;
		const record = typeof id === 'string' ? `record "${id}"` : `record ${index + 1}`;
		const where = (path: readonly PropertyKey[]) => {
			lineOf ??= fieldLines(text);
			const line = lineOf(index, path);
			return `${shownFile}${line ? `:${line}` : ''}: ${record}`;
		};
		const result = schema.safeParse(entry);
		if (!result.success) {
			for (const issue of result.error.issues) {
				if (issue.code === 'unrecognized_keys') {
					for (const key of issue.keys) problems.push(`${where([...issue.path, key])}, field "${key}": ${unknownField(key, fieldsOf(schema))}`);
					continue;
				}
				const message = problemWith(issue, entry);
				problems.push(`${where(issue.path)}, field "${issue.path.join('.') || '(the record itself)'}": ${message}.`);
			}
			return;
		}
		const first = seen.get(result.data.id);
		if (first !== undefined) {
			problems.push(`${where(['id'])}, field "id": "${result.data.id}" is already used by record ${first}; each id must be unique.`);
		}
		seen.set(result.data.id, index + 1);
		records.push(result.data);
	});
	if (problems.length > 0) throw new RecordError(problems.join('\n'));
	return records;
}

/** What an address in content/data/published-addresses.yaml looks like: a path from the site's root, ending in "/". */
const addressPattern = /^\/(?:[a-z0-9][a-z0-9-]*\/)*$/;

/** Every address the site has published (content/data/published-addresses.yaml), each checked for its shape. */
export function loadPublishedAddresses(file = join(dataDir, 'published-addresses.yaml')): string[] {
	const shownFile = projectPath(file);
	let raw: unknown;
	try {
		raw = parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new RecordError(`${shownFile}: this is not valid YAML. ${(error as Error).message.trimEnd()}`);
	}
	if (!Array.isArray(raw)) throw new RecordError(`${shownFile}: expected a list of addresses, one per line, like "- /tools/qof/".`);
	const problems = raw.flatMap((address: unknown, index) =>
		typeof address === 'string' && addressPattern.test(address)
			? []
			: [
					`${shownFile}: item ${index + 1}, ${JSON.stringify(address)}: an address starts and ends with "/" and has lower-case letters, digits and hyphens between, like "/tools/qof/".`,
				],
	);
	if (problems.length > 0) throw new RecordError(problems.join('\n'));
	return raw as string[];
}

/** The address a page file has, `file` relative to the pages' folder: tools/qof.md, tools/qof/index.md and tools/QOF.md are all /tools/qof/ (Starlight's addresses are lower case). */
export function pageAddressOf(file: string): string {
	const slug = file
		.replace(/\\/g, '/')
		.replace(/\.mdx?$/, '')
		.replace(/(^|\/)index$/, '')
		.toLowerCase();
	return slug ? `/${slug}/` : '/';
}

/** The address of every page file under `dir`, the 404 page's aside: no one links to it. */
export function pageAddresses(dir = docsDir): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.mdx?$/.test(file))
		.map(pageAddressOf)
		.filter((address) => address !== '/404/')
		.sort();
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
	const lineOf = fieldLines(readFileSync(file, 'utf8'));
	// Records are read only when every one is valid, so a record's place in the list is its place in the file.
	const problems = records.flatMap((record, index) =>
		checks.flatMap(([field, problemOf]) => {
			const problem = problemOf(record);
			return problem ? [`${projectPath(file)}:${lineOf(index, [field]) ?? ''}: record "${record.id}", field "${field}": ${problem}`] : [];
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
