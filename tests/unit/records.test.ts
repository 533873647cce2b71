import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDatasets, loadGlossary, loadSynonyms, pageTitle, RecordError } from '../../src/data/records.ts';

const fixture = (path: string): string => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

const dir = mkdtempSync(join(tmpdir(), 'haresign-records-'));
function yamlFile(name: string, text: string): string {
	const file = join(dir, name);
	writeFileSync(file, text);
	return file;
}

const qof = `- id: qof
  area: QOF
  source: Quality and Outcomes Framework publications
  usedFor: QOF income
  cadence: annual
`;

describe('dataset records', () => {
	it('name every mistake in the file at once: each field’s line (its record’s, when it is missing), record and field, and what was expected', () => {
		// The same file the bad-record build shows, so the two report the same words.
		const file = fixture('bad-record/content/data/datasets.yaml');
		expect(() => loadDatasets(file)).toThrow(
			'tests/fixtures/bad-record/content/data/datasets.yaml:3: record "qof", field "usedFor": this field is required.\n' +
				'tests/fixtures/bad-record/content/data/datasets.yaml:6: record "qof", field "cadence": expected one of: monthly, monthly-or-periodic, annual',
		);
	});

	it('name the file, record and field when a field is missing', () => {
		const file = yamlFile('missing.yaml', qof.replace('  usedFor: QOF income\n', ''));
		expect(() => loadDatasets(file)).toThrow(RecordError);
		expect(() => loadDatasets(file)).toThrow(/missing\.yaml:1: record "qof", field "usedFor": this field is required/);
	});

	it('list the allowed cadences when one is unknown', () => {
		const file = yamlFile('cadence.yaml', qof.replace('cadence: annual', 'cadence: weekly'));
		expect(() => loadDatasets(file)).toThrow(/record "qof", field "cadence": expected one of: monthly, monthly-or-periodic, annual/);
	});

	it('refuse a repeated id', () => {
		const file = yamlFile('duplicate.yaml', qof + qof);
		expect(() => loadDatasets(file)).toThrow(/duplicate\.yaml:6: record "qof", field "id": "qof" is already used by record 1/);
	});

	it('refuse a field the schema does not know, such as a misspelt one', () => {
		const file = yamlFile('unknown.yaml', qof.replace('usedFor', 'usedfor'));
		expect(() => loadDatasets(file)).toThrow(/field "usedFor": this field is required/);
		expect(() => loadDatasets(file)).toThrow(/usedfor/);
	});

	it.each([
		['a number where text goes', qof.replace('area: QOF', 'area: 2024'), '2: record "qof", field "area": wrong type: expected text, found the number 2024.'],
		['a field left empty', qof.replace('area: QOF', 'area:'), '2: record "qof", field "area": wrong type: expected text, found nothing after the colon.'],
		['a misspelt field', qof.replace('usedFor', 'usedfor'), '4: record "qof", field "usedfor": this kind of record has no such field; did you mean "usedFor"?'],
		['a tab for indentation', qof.replace('  area', '\tarea'), ' this is not valid YAML. Line 2 is indented with a tab: YAML indents with spaces only.'],
	])('say what is wrong and how to write it: %s', (_mistake, text, message) => {
		const file = yamlFile('mistake.yaml', text);
		expect(() => loadDatasets(file)).toThrow(`mistake.yaml:${message}`);
	});

	it('say that a list written as one word is the wrong type, and how to write a list', () => {
		const file = yamlFile('glossary.yaml', '- id: dna\n  term: DNA\n  definition: Did not attend.\n  synonyms: no-show\n');
		expect(() => loadGlossary(file)).toThrow(
			'glossary.yaml:4: record "dna", field "synonyms": wrong type: expected a list, one item per line starting with "- ", found the text "no-show".',
		);
	});

	it('say when the file is not YAML', () => {
		const file = yamlFile('broken.yaml', '- id: [qof\n');
		expect(() => loadDatasets(file)).toThrow(/broken\.yaml: this is not valid YAML/);
	});

	it('credit NHS Digital only as "NHS England (formerly NHS Digital)", in content/data/datasets.yaml', () => {
		// NHS Digital is now part of NHS England: a record naming NHS Digital alone sends readers to a body that no longer publishes.
		const stale = loadDatasets().flatMap(({ id, source, publisher }) =>
			Object.entries({ source, publisher })
				.filter(([, value]) => value?.replaceAll('NHS England (formerly NHS Digital)', '').includes('NHS Digital'))
				.map(([field, value]) => `record "${id}", field "${field}": ${value}`),
		);
		expect(stale).toEqual([]);
	});
});

describe('glossary records', () => {
	it('load from content/data/glossary.yaml', () => {
		expect(loadGlossary().map((term) => term.id)).toContain('pcn');
	});

	it('refuse a link to a page that does not exist', () => {
		const file = yamlFile('glossary.yaml', `- id: pcn\n  term: PCN\n  definition: GP practices working together.\n  seeAlso: /no-such-page/#pcn\n`);
		expect(() => loadGlossary(file)).toThrow(/glossary\.yaml:4: record "pcn", field "seeAlso": no page "\/no-such-page\/#pcn"/);
	});
});

describe('synonym records', () => {
	it('load from content/data/synonyms.yaml', () => {
		expect(loadSynonyms().length).toBeGreaterThan(0);
	});

	it('name the record and the field when the pages’ words are missing', () => {
		expect(() => loadSynonyms(fixture('bad-records/synonyms.yaml'))).toThrow(
			'tests/fixtures/bad-records/synonyms.yaml:2: record "export", field "pagesSay": this field is required.',
		);
	});
});

describe('page titles for link text', () => {
	const docs = join(dir, 'docs');
	mkdirSync(join(docs, 'tools'), { recursive: true });
	const page = (file: string, frontmatter: string, modified: number) => {
		writeFileSync(join(docs, file), `---\n${frontmatter}\n---\n\nText.\n`);
		utimesSync(join(docs, file), modified, modified);
	};

	it('are read from the page’s frontmatter, whichever file holds the page', () => {
		page('accounts.md', 'title: Accounts and Workspaces', 1_000);
		page('tools/index.mdx', "title: 'All tools'", 1_000);
		expect(pageTitle('/accounts/#reset-your-password', docs)).toBe('Accounts and Workspaces');
		expect(pageTitle('/tools/', docs)).toBe('All tools');
	});

	it('are the path when there is no such page or no title', () => {
		page('untitled.md', 'description: No title here', 1_000);
		expect(pageTitle('/untitled/', docs)).toBe('/untitled/');
		expect(pageTitle('/missing/', docs)).toBe('/missing/');
	});

	it('follow an edit to the page, even one that keeps its modification time', () => {
		page('faq.md', 'title: FAQ', 1_000);
		expect(pageTitle('/faq/', docs)).toBe('FAQ');
		page('faq.md', 'title: Frequently asked questions', 2_000);
		expect(pageTitle('/faq/', docs)).toBe('Frequently asked questions');
		page('faq.md', 'title: Questions people ask', 2_000);
		expect(pageTitle('/faq/', docs)).toBe('Questions people ask');
	});
});
