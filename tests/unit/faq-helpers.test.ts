import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteRecords } from '../../src/data/records.ts';
import { checklistMistakes, helperHeadingIds, placesFaqHelper } from '../../src/faq-helpers/blocks.ts';
import { citation, type CitationFields } from '../../src/faq-helpers/citation.ts';
import { helpPageFromSearch, problemMessage, type ProblemFields } from '../../src/faq-helpers/problem-report.ts';
import { helperRecords } from '../../src/faq-helpers/records.ts';
import { fillInFirst } from '../../src/faq-helpers/text.ts';
import { renderMarkdown } from '../support/markdown.ts';

const records = helperRecords(siteRecords());
const dataset = (id: string) => records.datasets.find((record) => record.id === id)!;
const noFigures = {
	figure: '',
	period: '',
	organisation: '',
	comparator: '',
	numerator: '',
	denominator: '',
};
const citationText = (fields: CitationFields) => citation(fields).text;
const noProblem: ProblemFields = {
	page: '',
	address: '',
	tool: '',
	organisation: '',
	period: '',
	expected: '',
	saw: '',
	checked: [],
};
const siteOrigin = 'https://help.haresign.example';

describe('the helpers’ blocks', () => {
	it.each([
		['::citation-helper', 'citation'],
		['::problem-report-helper', 'problem-report'],
	] as const)('%s is the helper’s heading, what it does, an empty, hidden mount point, and a line for a reader without JavaScript', async (block, kind) => {
		const html = await renderMarkdown(`Answer.\n\n${block}\n`, 'faq.md');
		const id = helperHeadingIds[kind];
		expect(html).toMatch(
			new RegExp(
				`^<p>Answer.</p>\\n<h3 id="${id}">[^<]+</h3>\\n<p>Fill in [^]+?</p>\\n<div hidden data-faq-helper="${kind}"></div>\\n` +
					`<noscript data-pagefind-ignore="">This helper needs JavaScript[^<]+</noscript>\\n$`,
			),
		);
	});

	it('refuse a describe-a-problem helper whose question has no checklist for its tick boxes, naming the file and line', () => {
		const question = (answer: string) => `## What Should I Do If A Tool Looks Wrong?\n\n${answer}\n\n::problem-report-helper\n`;
		expect(checklistMistakes(question('Check:\n\n- selected organisation;\n- selected month.'), 'faq.md')).toEqual([]);
		expect(checklistMistakes(question('Check:\n\n1. selected organisation;\n2. selected month.'), 'faq.md')).toEqual([]);
		expect(checklistMistakes(`## Earlier\n\n- a list in another question\n\n${question('Check the organisation and the month.')}`, 'faq.md')).toEqual([
			expect.stringMatching(/^faq\.md:9: ::problem-report-helper makes its tick boxes from the checklist above it in its question, and finds none/),
		]);
		expect(checklistMistakes(readFileSync(new URL('../../content/docs/faq.md', import.meta.url), 'utf8'), 'faq.md')).toEqual([]);
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
	it('gives the figure first, then the source and publisher, the period, organisation, comparator, numerator, denominator and the dataset’s caveat', () => {
		// The dataset's words as the records give them: the content may change them.
		const { source, publisher, caveat } = dataset('registered-patients');
		const { text, missing } = citation({
			figure: '17% of registered patients are aged 65 and over',
			dataset: dataset('registered-patients'),
			period: 'March 2026',
			organisation: 'Riverside PCN',
			comparator: 'ICB average',
			numerator: '5,200 patients aged 65 and over',
			denominator: '31,000 registered patients',
		});
		expect(text).toBe(
			'Figure: 17% of registered patients are aged 65 and over. ' +
				`Source: ${source}, published by ${publisher}, as shown in Haresign. ` +
				'Reporting period: March 2026. Organisation: Riverside PCN. Comparator: ICB average. ' +
				'Numerator: 5,200 patients aged 65 and over. Denominator: 31,000 registered patients. ' +
				`Caveat: ${caveat}`,
		);
		expect(missing).toEqual([]);
	});

	it('leaves out the numerator and denominator when they are not given, and marks what is still to fill in', () => {
		expect(citationText({ dataset: undefined, ...noFigures })).toBe(
			'Figure: [figure]. Source: [source dataset]. Reporting period: [reporting period]. Organisation: [organisation]. Comparator: [comparator].',
		);
	});

	it('needs the figure, dataset, period, organisation and comparator, in the form’s order, and not the numerator or denominator', () => {
		expect(citation({ dataset: undefined, ...noFigures }).missing).toEqual(['figure', 'dataset', 'period', 'organisation', 'comparator']);
		const { missing } = citation({
			...noFigures,
			dataset: dataset('qof'),
			figure: '92%',
			organisation: ' \n ',
			comparator: 'England',
		});
		expect(missing).toEqual(['period', 'organisation']);
		expect(
			citation({
				...noFigures,
				dataset: dataset('qof'),
				figure: '92%',
				period: '2024-25',
				organisation: 'Y01234',
				comparator: 'England',
			}).missing,
		).toEqual([]);
	});

	it('names no publisher the records do not give, and says plainly when there is no caveat on record', () => {
		// Every dataset on record names its publisher today; a new one may not.
		const { publisher, ...workforce } = dataset('workforce');
		expect(publisher).toBeDefined();
		const text = citationText({ dataset: workforce, ...noFigures });
		expect(text.startsWith(`Figure: [figure]. Source: ${workforce.source}, as shown in Haresign.`)).toBe(true);
		expect(text).not.toMatch(/published by/);
		expect(dataset('online-consultations').caveat).toBeUndefined();
		expect(citationText({ dataset: dataset('online-consultations'), ...noFigures })).toMatch(
			/Caveats: none recorded for this dataset, which does not mean there is nothing to watch for; check the source and methodology notes\.$/,
		);
	});

	it('writes a reader’s own full stop once', () => {
		expect(citationText({ dataset: undefined, ...noFigures, period: 'Q4 2025-26.' })).toContain('Reporting period: Q4 2025-26. Organisation');
		expect(citationText({ dataset: undefined, ...noFigures, figure: 'Up 4%!' })).toMatch(/^Figure: Up 4%! Source/);
	});
});

describe('the Copy button’s answer to an unfinished text', () => {
	it('names the fields to fill in, by their labels, and never says it copied', () => {
		expect(fillInFirst(['Figure'])).toBe('Not finished yet: fill in “Figure” first.');
		expect(fillInFirst(['Figure', 'Comparator'])).toBe('Not finished yet: fill in “Figure” and “Comparator” first.');
		const said = fillInFirst(['Organisation', 'Time period', 'What you expected to see']);
		expect(said).toBe('Not finished yet: fill in “Organisation”, “Time period” and “What you expected to see” first.');
		expect(said).not.toMatch(/copied/i);
	});
});

describe('a problem message', () => {
	it('gives the tool name, organisation, time period, what was expected and seen, and the checks done', () => {
		const { text, missing } = problemMessage({
			...noProblem,
			tool: 'QOF Prevalence Dashboard',
			organisation: 'Hillside Surgery',
			period: '2024-25',
			expected: 'Diabetes prevalence near 7%',
			saw: 'Diabetes prevalence of 0%',
			checked: ['selected organisation', 'selected month or year'],
		});
		expect(missing).toEqual([]);
		expect(text).toBe(
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
		const { text: message, missing } = problemMessage({
			...noProblem,
			organisation: ' Two\nlines ',
		});
		expect(missing).toEqual(['tool', 'period', 'expected']);
		expect(message).toContain(
			'Tool name: [tool name]\nOrganisation: Two lines\nTime period: [time period]\nWhat I expected to see: [what you expected to see]',
		);
		expect(message).not.toContain('What I saw');
		expect(message).not.toContain('checked');
	});

	it('about a help page, names the page by its title and address, and needs only what the reader expected to see', () => {
		const page = {
			page: 'Data Sources',
			address: `${siteOrigin}/data-sources/`,
		};
		const { text, missing } = problemMessage({ ...noProblem, ...page });
		expect(text).toBe(
			[
				'Hello Haresign,',
				'',
				'Something on one of your help pages is wrong or missing.',
				'',
				'Help page: Data Sources',
				`Page address: ${siteOrigin}/data-sources/`,
				'What I expected to see: [what you expected to see]',
			].join('\n'),
		);
		expect(missing).toEqual(['expected']);
	});

	it('about a help page and a tool, tells the tool, organisation and period when given, and the checks done', () => {
		const { text, missing } = problemMessage({
			...noProblem,
			page: 'Tools',
			tool: 'GP Appointments Dashboard',
			period: 'March 2026',
			expected: 'The dashboard’s March figures explained',
			checked: ['selected month or year'],
		});
		expect(missing).toEqual([]);
		expect(text).toBe(
			[
				'Hello Haresign,',
				'',
				'Something on one of your help pages is wrong or missing.',
				'',
				'Help page: Tools',
				'Tool name: GP Appointments Dashboard',
				'Time period: March 2026',
				'What I expected to see: The dashboard’s March figures explained',
				'',
				'I have already checked:',
				'- selected month or year',
			].join('\n'),
		);
	});
});

describe('the help page in the FAQ’s address', () => {
	const from = (parameters: Record<string, string>) => helpPageFromSearch(`?${new URLSearchParams(parameters)}`, siteOrigin);

	it('is the title and the address in full, as a page’s “Something wrong or missing on this page?” link gives them', () => {
		expect(helpPageFromSearch('?problem-page=Data+Sources&problem-address=%2Fdata-sources%2F', siteOrigin)).toEqual({
			page: 'Data Sources',
			address: `${siteOrigin}/data-sources/`,
		});
		expect(
			from({
				'problem-page': 'API',
				'problem-address': `${siteOrigin}/en/latest/api/#keys`,
			}),
		).toEqual({
			page: 'API',
			address: `${siteOrigin}/en/latest/api/#keys`,
		});
	});

	it('is nothing when the address names no page', () => {
		expect(helpPageFromSearch('', siteOrigin)).toBeUndefined();
		expect(from({ q: 'Data Sources' })).toBeUndefined();
		expect(
			from({
				'problem-page': ' \n ',
				'problem-address': 'https://elsewhere.example/',
			}),
		).toBeUndefined();
	});

	it('keeps the title as one line of text, markup and all, cut to 200 characters', () => {
		const markup = '<img src=x onerror="alert(1)"><b>Data</b>';
		expect(from({ 'problem-page': `  ${markup}\n\u0000Sources ` })?.page).toBe(`${markup} Sources`);
		const long = from({ 'problem-page': 'Data Sources '.repeat(40) })!.page;
		expect(long).toBe('Data Sources '.repeat(40).slice(0, 200).trim());
		expect([...from({ 'problem-page': '🩺'.repeat(300) })!.page]).toHaveLength(200);
	});

	it.each([
		'https://elsewhere.example/data-sources/',
		'http://help.haresign.example/data-sources/',
		'//elsewhere.example/data-sources/',
		'/\\elsewhere.example/data-sources/',
		'javascript:alert(1)',
		'data:text/html,<b>x</b>',
		'data-sources/',
		`${siteOrigin}.elsewhere.example/`,
		`/${'long/'.repeat(40)}`,
	])('leaves out the address %s: not a page of this site, or too long to be whole', (address) => {
		expect(from({ 'problem-page': 'Data Sources', 'problem-address': address })).toEqual({ page: 'Data Sources', address: '' });
	});
});
