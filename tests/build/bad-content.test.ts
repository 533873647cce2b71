import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { InlineCode, Link, Table, TableCell } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths.ts';
import { noAddressNotice } from '../../src/config/site.ts';
import { buildWithFixture, type FixtureBuild } from '../support/fixture-build.ts';

/*
 * Copies of the site, each with an earlier build's dist/, with mistakes laid over them
 * (tests/fixtures/<name>/), one build for each point where a build stops: the link checker and the
 * warnings (bad-links) after the pages are built; the pages' Markdown (unsafe-content) as they are
 * read; the content's files, frontmatter and records (bad-record, bad-frontmatter, not-utf8, whose
 * mistake hides the others) before anything is; and the published addresses (deleted-page). Each
 * mistake's message is checked in-process too (tests/unit/), and the writers' guide's tables of
 * mistakes against these builds, so the guide cannot drift from what the build says.
 */
let badLinks: FixtureBuild;
let unsafeContent: FixtureBuild;
let badRecord: FixtureBuild;
let badFrontmatter: FixtureBuild;
let deletedPage: FixtureBuild;
let notUtf8: FixtureBuild;

beforeAll(() => {
	badLinks = buildWithFixture('bad-links');
	// Mistakes a page's Markdown plugins find as it is read stop the build before any page is built.
	unsafeContent = buildWithFixture('unsafe-content');
	badRecord = buildWithFixture('bad-record');
	badFrontmatter = buildWithFixture('bad-frontmatter');
	// A page deleted, as its address stays in the list: /tools/old-calculator/ was published and has no page now.
	deletedPage = buildWithFixture('deleted-page');
	notUtf8 = buildWithFixture('not-utf8');
});

/** What the links validator says under a file's name, up to the next file. */
const linkReportFor = (file: string): string =>
	badLinks.output
		.split('╭─ ')
		.slice(1)
		.find((block) => block.startsWith(`${file}\n`)) ?? '';

describe('a site with links to nowhere (tests/fixtures/bad-links/)', () => {
	it('fails to build and leaves no dist/ that could be deployed', () => {
		expect(badLinks.status).not.toBe(0);
		expect(badLinks.leftDist).toBe(false);
	});

	it('with no site address in its environment, says in one line what is off and how to turn it on', () => {
		expect(badLinks.output.split('\n').filter((line) => line.includes(noAddressNotice))).toHaveLength(1);
	});

	it('names broken-link.md and the page it links to that does not exist', () => {
		expect(linkReportFor('broken-link.md')).toMatch(/\/no-such-page\/\s+·\s+╰── invalid link/);
	});

	it('names broken-anchor.md and the heading it links to that does not exist', () => {
		expect(linkReportFor('broken-anchor.md')).toMatch(/\/faq\/#no-such-question\s+·\s+╰── invalid hash/);
	});
});

describe('a site with a script, an unknown platform link, a missing image and a guide no tool names, written into its pages (tests/fixtures/unsafe-content/)', () => {
	it('fails to build and leaves no dist/ that could be deployed', () => {
		expect(unsafeContent.status).not.toBe(0);
		expect(unsafeContent.leftDist).toBe(false);
	});

	it('names the file and line of the script, and what is not allowed', () => {
		expect(unsafeContent.output).toContain("content/docs/unsafe-html.md:8: <script> is not allowed in a page: it would run code in readers' browsers.");
	});

	it('names unknown-platform-link.md, its unknown platform: name, and where the names are', () => {
		expect(unsafeContent.output).toMatch(
			/content\/docs\/unknown-platform-link\.md: unknown platform link "platform:signup"\. Use one of: .*\(defined in src\/data\/platformLinks\.ts\)/,
		);
	});

	it('names the file and line of an image that is not in public/', () => {
		expect(unsafeContent.output).toContain(
			'content/docs/missing-image.md:8: the image /images/appointments-by-month.png is not in the public/ folder (public/images/appointments-by-month.png), so readers would get nothing; add it there, or correct the address.',
		);
	});

	it('names the file and line of a tool guide that no tool names, and the line a tool needs', () => {
		expect(unsafeContent.output).toContain(
			'content/docs/tools/unnamed-guide.md:8: ::guide-tools shows the tools whose record in content/data/tools.yaml has guide: /tools/unnamed-guide/, and none has;',
		);
	});

	it('stops before any page is built, each mistake named once, so no other error follows them', () => {
		const errors = unsafeContent.output.split('\n').filter((line) => line.includes('[ERROR]'));
		expect(errors).toHaveLength(6);
		expect(errors.filter((line) => line.includes('<script> is not allowed'))).toHaveLength(1);
		expect(errors.at(-1)).toContain('The pages have 5 mistake(s), each named above with its file and line.');
		expect(unsafeContent.output).not.toContain('generating static routes');
		expect(unsafeContent.output).not.toContain('validating links');
	});
});

describe('a site with a page that has two top-level headings', () => {
	it('warns once, in one summary with the file and line, though the page builds', () => {
		expect(badLinks.output.match(/thing\(s\) to fix, though the site built/g)).toHaveLength(1);
		expect(badLinks.output).toContain(
			'content/docs/second-heading.md:8: a top-level heading ("# "); the title is the page\'s only one, so use "## " for a section.',
		);
	});
});

describe('a site with pages no other page links to', () => {
	it('warns of each, in the same summary, naming its file and what to do', () => {
		expect(badLinks.output).toContain(
			'content/docs/second-heading.md: no page links here and it is in no menu, so readers can find it only by searching or in the A–Z index; add it to src/config/sidebar.ts or link to it from a page.',
		);
	});
});

describe('a site with a wrong record', () => {
	it('fails to build and leaves no dist/ that could be deployed', () => {
		expect(badRecord.status).not.toBe(0);
		expect(badRecord.leftDist).toBe(false);
	});

	it('names the data file and line, the record, each field and what was expected, once, as the only error', () => {
		const lines = badRecord.output.split('\n');
		expect(lines.filter((line) => line.includes('content/data/datasets.yaml:3: record "qof", field "usedFor": this field is required.'))).toHaveLength(1);
		expect(lines.filter((line) => line.includes('record "qof", field "cadence": expected one of: monthly, monthly-or-periodic, annual'))).toHaveLength(1);
		expect(lines.filter((line) => line.includes('[ERROR]'))).toEqual([expect.stringContaining('[haresign:check-records-first] content/data/datasets.yaml')]);
		expect(badRecord.output).toContain('Fix the mistakes above, then build again.');
	});

	it('names, in the same message, a page’s misspelt frontmatter field with its line and the field it meant', () => {
		expect(badRecord.output).toContain(
			'content/docs/misspelt-field.md:5: the frontmatter field "descripton": a page has no such field; did you mean "description"?',
		);
	});

	it('names, in the same message, a page with nothing under its frontmatter', () => {
		expect(badRecord.output).toContain('content/docs/empty.md: the page has nothing under its frontmatter, so it would be published blank;');
	});

	it('stops there: no page is built and no link checked, so nothing the record broke is blamed', () => {
		expect(badRecord.output).not.toMatch(/invalid link|Links validation failed|Error rendering|Syncing content/);
	});
});

describe('a site with a page that has no title', () => {
	it('fails to build, naming the page, and leaves no dist/, not even the earlier one', () => {
		expect(badFrontmatter.status).not.toBe(0);
		expect(badFrontmatter.leftDist).toBe(false);
	});

	it('says so in its own words, as the only error, before Astro reads the page', () => {
		const errors = badFrontmatter.output.split('\n').filter((line) => line.includes('[ERROR]'));
		expect(errors).toEqual([expect.stringContaining('[haresign:check-records-first] content/docs/')]);
		expect(badFrontmatter.output).toContain(
			'content/docs/no-title.md: the frontmatter field "title": this field is required; every page needs one, like: title: Accounts and Workspaces',
		);
		expect(badFrontmatter.output).not.toMatch(/InvalidContentEntryDataError|Stack trace/);
	});
});

describe('a site whose published page was deleted with no redirect', () => {
	it('fails before building, with one message naming the address and the line to add, and leaves no dist/', () => {
		expect(deletedPage.status).not.toBe(0);
		expect(deletedPage.leftDist).toBe(false);
		const errors = deletedPage.output.split('\n').filter((line) => line.includes('[ERROR]'));
		expect(errors).toEqual([
			expect.stringContaining(
				"[haresign:published-addresses] /tools/old-calculator/ was published, but no page has that address now and no redirect leads from it. If its page moved, add this line to `redirects` in src/config/redirects.ts: '/tools/old-calculator/': '/where-it-is-now/',",
			),
		]);
		expect(deletedPage.output).not.toMatch(/Syncing content/);
	});
});

/** The writers' guide's tables of mistakes (docs/writing.md, "When the build says no"): each row's mistake, a part of the message, and its example. */
function guideTables(): { stops: boolean; says: string; example: string }[] {
	const guide = unified()
		.use(remarkParse)
		.use(remarkGfm)
		.parse(readFileSync(join(projectRoot, 'docs/writing.md'), 'utf8'));
	let section = '';
	return guide.children.flatMap((node) => {
		if (node.type === 'heading') section = node.children.map((child) => ('value' in child ? child.value : '')).join('');
		if (node.type !== 'table' || !/^The build (stops|warns)$/.test(section)) return [];
		return (node as Table).children.slice(1).map((row) => {
			const [, says, , example] = row.children as TableCell[];
			const code = says!.children.find((child): child is InlineCode => child.type === 'inlineCode');
			const link = example!.children.find((child): child is Link => child.type === 'link');
			return { stops: section === 'The build stops', says: code?.value ?? '', example: link ? join(projectRoot, 'docs', link.url) : '' };
		});
	});
}

describe('the writers’ guide’s tables of mistakes (docs/writing.md, “When the build says no”)', () => {
	const rows = guideTables();
	const builds = (): Record<string, FixtureBuild> => ({
		'bad-links': badLinks,
		'unsafe-content': unsafeContent,
		'bad-record': badRecord,
		'bad-frontmatter': badFrontmatter,
		'deleted-page': deletedPage,
		'not-utf8': notUtf8,
	});
	/** The one summary of warnings: from its first line to the next line the build logs. */
	const warningsIn = (output: string): string => output.split('thing(s) to fix, though the site built:')[1]?.split(/\n\d\d:\d\d:\d\d /)[0] ?? '';

	it('list each mistake with a part of its message and an example', () => {
		expect(rows.length).toBeGreaterThanOrEqual(25);
		for (const row of rows) expect(row.says && row.example, JSON.stringify(row)).toBeTruthy();
	});

	it.each(rows.map((row) => [relative(projectRoot, row.example), row.says, row] as const))(
		'%s: the build says “%s”, as the guide does',
		(_example, says, row) => {
			const fixture = relative(join(projectRoot, 'tests/fixtures'), row.example).split('/')[0]!;
			if (row.example.includes('/tests/unit/')) {
				// Checked in-process: the test asserts the message, so the guide's words must be in it.
				expect(readFileSync(row.example, 'utf8')).toContain(says);
				return;
			}
			const build = builds()[fixture];
			expect(build, `no fixture build for ${fixture}`).toBeDefined();
			// A page's mistake names the page.
			if (row.example.includes('/content/docs/')) expect(build!.output).toContain(row.example.split('/content/docs/')[1]);
			if (row.stops) {
				expect(build!.status).not.toBe(0);
				expect(warningsIn(build!.output)).not.toContain(says);
				expect(build!.output).toContain(says);
			} else {
				expect(warningsIn(build!.output)).toContain(says);
			}
		},
	);

	it('give every fixture’s mistake a row', () => {
		const examples = new Set(rows.map((row) => row.example));
		const fixtureFiles = Object.keys(builds()).flatMap((fixture) =>
			readdirSync(join(projectRoot, 'tests/fixtures', fixture), { recursive: true, withFileTypes: true })
				.filter((entry) => entry.isFile())
				.map((entry) => join(entry.parentPath, entry.name)),
		);
		expect(fixtureFiles.filter((file) => !examples.has(file)).map((file) => relative(projectRoot, file))).toEqual([]);
	});
});
