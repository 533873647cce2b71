import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteRecords } from '../../src/data/records.ts';
import { orphanPages, pageWarnings, recordWarnings } from '../../src/integrations/page-warnings.ts';

const dir = mkdtempSync(join(tmpdir(), 'haresign-page-warnings-'));
let written = 0;
function page(body: string, { title = `Page ${++written}`, description = 'What the page is for.' } = {}): string {
	const file = join(dir, `page-${++written}.md`);
	writeFileSync(file, `---\ntitle: ${title}\ndescription: ${description}\n---\n\n${body}`);
	return file;
}

describe('what a writer should fix though the page builds (src/integrations/page-warnings.ts)', () => {
	it('finds nothing to fix on the real site', () => {
		expect(pageWarnings()).toEqual([]);
		expect(recordWarnings()).toEqual([]);
	});

	it.each([
		[
			'a second top-level heading',
			() => [page('Intro.\n\n# Another title\n')],
			/page-\d+\.md:8: a top-level heading \("# "\); the title is the page's only one/,
		],
		[
			'a table row with a cell too many',
			() => [page('| Name | What |\n| --- | --- |\n| QOF | Quality | extra |\n')],
			/page-\d+\.md:8: this table row has 3 cells and its header 2/,
		],
		[
			'a description search engines would cut',
			() => [page('Text.\n', { description: 'A description that goes on. '.repeat(7).trim() })],
			/page-\d+\.md: the description is 195 characters; search engines show about 160/,
		],
		[
			'two pages with one title',
			() => [page('One.\n', { title: 'Accounts' }), page('Two.\n', { title: 'accounts' })],
			/page-\d+\.md: the title "accounts" is also .*page-\d+\.md's/,
		],
	])('warns of %s, naming the file and line', (_mistake, files, message) => {
		const warnings = pageWarnings(files());
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(message);
	});

	it('reads no heading or table inside fenced code', () => {
		expect(pageWarnings([page('```md\n# Not a heading\n| a | b |\n| --- | --- |\n| 1 | 2 | 3 |\n```\n')])).toEqual([]);
	});

	it('warns of Markdown in a record’s text, which the page would show as typed, naming the file, line, record and field', () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'haresign-record-warnings-'));
		const records = siteRecords();
		const glossary = '- id: dna\n  term: DNA\n  definition: A **missed** appointment.\n';
		for (const kind of Object.keys(records)) writeFileSync(join(dataDir, `${kind}.yaml`), kind === 'glossary' ? glossary : '');
		const withMarkdown = { ...records, glossary: [{ id: 'dna', term: 'DNA', definition: 'A **missed** appointment.' }] };
		expect(recordWarnings(withMarkdown, dataDir)).toEqual([
			expect.stringMatching(/glossary\.yaml:3: record "dna", field "definition": Markdown \(\*\*missed\*\*\) shows as typed on the page; write plain text\.$/),
		]);
	});

	describe('a page no other page links to', () => {
		/** A built site under `base`: each address's page holds the links given. */
		function builtSite(linksByAddress: Record<string, string[]>): string {
			const dist = mkdtempSync(join(tmpdir(), 'haresign-orphans-'));
			for (const [address, hrefs] of Object.entries(linksByAddress)) {
				mkdirSync(join(dist, address), { recursive: true });
				writeFileSync(join(dist, address, 'index.html'), hrefs.map((href) => `<a class="x" href="${href}">link</a>`).join('\n'));
			}
			return dist;
		}

		it('is found, though it links to itself and the A–Z index lists it, and linked pages are not, relative and under a base alike', () => {
			const dist = builtSite({
				'/': ['/help/accounts/', 'faq/#passwords', 'a-z/'],
				'/accounts/': ['/help/', '/help/accounts/'],
				'/faq/': ['https://example.org/help/lonely/'],
				'/lonely/': ['/help/lonely/', '#top'],
				'/a-z/': ['/help/lonely/', '/help/faq/'],
			});
			expect(orphanPages(dist, '/help/', ['/', '/a-z/', '/accounts/', '/faq/', '/lonely/'])).toEqual(['/lonely/']);
		});
	});
});
