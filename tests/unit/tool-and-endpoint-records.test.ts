import { copyFileSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir, loadEndpoints, loadTools, RecordError, siteRecords } from '../../src/data/records.ts';

const dir = mkdtempSync(join(tmpdir(), 'haresign-tool-records-'));
function yamlFile(name: string, text: string): string {
	const file = join(dir, name);
	writeFileSync(file, text);
	return file;
}

const tool = `- id: qof-income-calculator
  name: QOF Income Calculator
  group: funding
  question: What could the practice earn from QOF?
  shows: [income scenarios]
  steps: [Pick the practice.]
  notes: [It is an estimate.]
  datasets: [qof]
  guide: /tools/qof/
`;

const endpoint = `- id: qof-prevalence
  path: /api/v1/qof/prevalence/
  parameters: [year, practice, indicator]
  required: "\`year\` or \`practice\`"
  returns: practice QOF prevalence
  dataset: qof
`;

describe('tool records', () => {
	it('fail naming the file and line, the record and the field for an unknown dataset or guide page', () => {
		const file = yamlFile('tools.yaml', tool.replace('[qof]', '[qof, no-such-dataset]').replace('/tools/qof/', '/tools/no-such-guide/'));
		expect(() => loadTools(file)).toThrow(RecordError);
		expect(() => loadTools(file)).toThrow(/tools\.yaml:8: record "qof-income-calculator", field "datasets": no dataset "no-such-dataset"/);
		expect(() => loadTools(file)).toThrow(/tools\.yaml:9: record "qof-income-calculator", field "guide": no page "\/tools\/no-such-guide\/"/);
	});

	it('fail on a group that is not one of the management questions, listing them', () => {
		const file = yamlFile('group.yaml', tool.replace('group: funding', 'group: money'));
		expect(() => loadTools(file)).toThrow(
			/record "qof-income-calculator", field "group": expected one of: funding, workforce, demand, population, access, quality, assurance/,
		);
	});

	it('fail on a repeated id', () => {
		const file = yamlFile('repeated.yaml', tool + tool);
		expect(() => loadTools(file)).toThrow(/field "id": "qof-income-calculator" is already used by record 1/);
	});
});

describe('endpoint records', () => {
	it('fail naming the file and line, the record and the field for an unknown dataset', () => {
		const file = yamlFile('endpoints.yaml', endpoint.replace('dataset: qof', 'dataset: qof-data'));
		expect(() => loadEndpoints(file)).toThrow(/endpoints\.yaml:6: record "qof-prevalence", field "dataset": no dataset "qof-data"/);
	});

	it('fail on a path that is not an API path', () => {
		const file = yamlFile('path.yaml', endpoint.replace('/api/v1/qof/prevalence/', 'qof/prevalence'));
		expect(() => loadEndpoints(file)).toThrow(/record "qof-prevalence", field "path": expected an API path/);
	});
});

describe('the records as the build reads them', () => {
	it('are read and checked once, and again only after a file changes', () => {
		const copy = mkdtempSync(join(tmpdir(), 'haresign-site-records-'));
		for (const name of ['datasets.yaml', 'glossary.yaml', 'synonyms.yaml', 'tools.yaml', 'endpoints.yaml']) {
			copyFileSync(join(dataDir, name), join(copy, name));
		}
		const first = siteRecords(copy);
		expect(siteRecords(copy)).toBe(first);
		const later = new Date(Date.now() + 60_000);
		utimesSync(join(copy, 'tools.yaml'), later, later);
		expect(siteRecords(copy)).not.toBe(first);
	});
});
