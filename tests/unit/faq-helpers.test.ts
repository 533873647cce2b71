import { describe, expect, it } from 'vitest';
import { siteRecords } from '../../src/data/records.ts';
import { placesFaqHelper } from '../../src/faq-helpers/blocks.ts';
import { citationText } from '../../src/faq-helpers/citation.ts';
import { problemMessage } from '../../src/faq-helpers/problem-report.ts';
import { helperRecords } from '../../src/faq-helpers/records.ts';
import { renderMarkdown } from '../support/markdown.ts';

const records = helperRecords(siteRecords());
const dataset = (id: string) => records.datasets.find((record) => record.id === id)!;
const noFigures = { period: '', organisation: '', comparator: '', numerator: '', denominator: '' };

describe('the helpers’ blocks', () => {
	it.each([
		['::citation-helper', 'citation'],
		['::problem-report-helper', 'problem-report'],
	])('%s is an empty, hidden mount point and nothing else', async (block, kind) => {
		expect(await renderMarkdown(`Answer.\n\n${block}\n`, 'faq.md')).toBe(`<p>Answer.</p>\n<div hidden data-faq-helper="${kind}"></div>\n`);
	});

	it('mark a page as one that needs the loader only when placed on a line of their own', () => {
		expect(placesFaqHelper('Intro.\n\n::citation-helper\n')).toBe(true);
		expect(placesFaqHelper('Text about `::citation-helper` in a sentence.')).toBe(false);
		expect(placesFaqHelper('::citation-helpers\n')).toBe(false);
	});
});

describe('the helpers’ records', () => {
	it('carry every dataset’s name, publisher and caveat, and every tool’s name, and nothing else', () => {
		const { datasets, tools } = siteRecords();
		expect(records.datasets.map((record) => record.id)).toEqual(datasets.map((record) => record.id));
		expect(records.toolNames).toEqual(tools.map((tool) => tool.name));
		for (const record of records.datasets) expect(Object.keys(record).every((key) => ['id', 'area', 'source', 'publisher', 'caveat'].includes(key))).toBe(true);
	});
});

describe('a citation', () => {
	it('gives the source and publisher, the period, organisation, comparator, numerator, denominator and the dataset’s caveat', () => {
		const text = citationText({
			dataset: dataset('registered-patients'),
			period: 'March 2026',
			organisation: 'Riverside PCN',
			comparator: 'ICB average',
			numerator: '5,200 patients aged 65 and over',
			denominator: '31,000 registered patients',
		});
		expect(text).toBe(
			'Source: Patients Registered at a GP Practice, published by NHS England (formerly NHS Digital), as shown in Haresign. ' +
				'Reporting period: March 2026. Organisation: Riverside PCN. Comparator: ICB average. ' +
				'Numerator: 5,200 patients aged 65 and over. Denominator: 31,000 registered patients. ' +
				'Caveat: List size is usually a raw headcount of registered patients. It is not the weighted population that some funding formulas use.',
		);
	});

	it('leaves out the numerator and denominator when they are not given, and marks what is still to fill in', () => {
		expect(citationText({ dataset: undefined, ...noFigures })).toBe(
			'Source: [source dataset]. Reporting period: [reporting period]. Organisation: [organisation]. Comparator: [comparator].',
		);
	});

	it('names no publisher the records do not give, and says plainly when there is no caveat on record', () => {
		// Every dataset on record names its publisher today; a new one may not.
		const { publisher, ...workforce } = dataset('workforce');
		expect(publisher).toBeDefined();
		const text = citationText({ dataset: workforce, ...noFigures });
		expect(text).toMatch(/^Source: National Workforce Reporting System \(NWRS\), as shown in Haresign\./);
		expect(text).not.toMatch(/published by/);
		expect(dataset('online-consultations').caveat).toBeUndefined();
		expect(citationText({ dataset: dataset('online-consultations'), ...noFigures })).toMatch(
			/Caveats: none recorded for this dataset, which does not mean there is nothing to watch for; check the source and methodology notes\.$/,
		);
	});

	it('writes a reader’s own full stop once', () => {
		expect(citationText({ dataset: undefined, ...noFigures, period: 'Q4 2025-26.' })).toContain('Reporting period: Q4 2025-26. Organisation');
	});
});

describe('a problem message', () => {
	it('gives the tool name, organisation, time period, what was expected and seen, and the checks done', () => {
		expect(
			problemMessage({
				tool: 'QOF Prevalence Dashboard',
				organisation: 'Hillside Surgery',
				period: '2024-25',
				expected: 'Diabetes prevalence near 7%',
				saw: 'Diabetes prevalence of 0%',
				checked: ['selected organisation', 'selected month or year'],
			}),
		).toBe(
			[
				'Hello Haresign,',
				'',
				'A tool looks wrong to me.',
				'',
				'Tool name: QOF Prevalence Dashboard',
				'Organisation: Hillside Surgery',
				'Time period: 2024-25',
				'What I expected to see: Diabetes prevalence near 7%',
				'What I saw: Diabetes prevalence of 0%',
				'',
				'I have already checked:',
				'- selected organisation',
				'- selected month or year',
			].join('\n'),
		);
	});

	it('marks what is still to fill in, and keeps each answer on its line', () => {
		const message = problemMessage({ tool: '', organisation: ' Two\nlines ', period: '', expected: '', saw: '', checked: [] });
		expect(message).toContain(
			'Tool name: [tool name]\nOrganisation: Two lines\nTime period: [time period]\nWhat I expected to see: [what you expected to see]',
		);
		expect(message).not.toContain('What I saw');
		expect(message).not.toContain('checked');
	});
});
