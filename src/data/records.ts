import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { datasetSchema, glossaryTermSchema, synonymSchema, type Dataset, type GlossaryTerm, type Synonym } from './schemas.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const dataDir = join(projectRoot, 'content/data');
const docsDir = join(projectRoot, 'content/docs');

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
export function pageFileFor(path: string): string | undefined {
	const slug = path.replace(/#.*$/, '').replace(/^\/|\/$/g, '') || 'index';
	return [`${slug}.md`, `${slug}.mdx`, `${slug}/index.md`, `${slug}/index.mdx`]
		.map((candidate) => join(docsDir, candidate))
		.find((candidate) => existsSync(candidate));
}

export function loadDatasets(file = join(dataDir, 'datasets.yaml')): Dataset[] {
	return loadRecords(file, datasetSchema);
}

export function loadGlossary(file = join(dataDir, 'glossary.yaml')): GlossaryTerm[] {
	const terms = loadRecords(file, glossaryTermSchema);
	const missing = terms.filter((term) => term.seeAlso && !pageFileFor(term.seeAlso));
	if (missing.length > 0) {
		throw new RecordError(
			missing
				.map((term) => `${relative(projectRoot, file)}: record "${term.id}", field "seeAlso": no page "${term.seeAlso}" in content/docs; link to an existing page, like "/data-sources/#qof".`)
				.join('\n'),
		);
	}
	return terms;
}

export function loadSynonyms(file = join(dataDir, 'synonyms.yaml')): Synonym[] {
	return loadRecords(file, synonymSchema);
}
