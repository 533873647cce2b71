import { beforeAll, describe, expect, it } from 'vitest';
import { noAddressNotice } from '../../src/config/site.ts';
import { buildWithFixture, type FixtureBuild } from '../support/fixture-build.ts';

/*
 * One copy of the site holding several mistakes at once (tests/fixtures/bad-site/): a build reports
 * all of these together, so one build checks that each is named. Mistakes that stop a build at the
 * first are checked in-process instead: frontmatter in tests/unit/page-schema.test.ts, search
 * synonyms in tests/unit/records.test.ts.
 */
let build: FixtureBuild;

beforeAll(() => {
	build = buildWithFixture('bad-site');
});

/** What the links validator says under a file's name, up to the next file. */
const linkReportFor = (file: string): string =>
	build.output
		.split('╭─ ')
		.slice(1)
		.find((block) => block.startsWith(`${file}\n`)) ?? '';

describe('a site with mistakes in its pages and data', () => {
	it('fails to build and leaves no dist/ that could be deployed', () => {
		expect(build.status).not.toBe(0);
		expect(build.leftDist).toBe(false);
	});

	it('with no site address in its environment, says in one line what is off and how to turn it on', () => {
		expect(build.output.split('\n').filter((line) => line.includes(noAddressNotice))).toHaveLength(1);
	});

	it('names broken-link.md and the page it links to that does not exist', () => {
		expect(linkReportFor('broken-link.md')).toMatch(/\/no-such-page\/\s+·\s+╰── invalid link/);
	});

	it('names broken-anchor.md and the heading it links to that does not exist', () => {
		expect(linkReportFor('broken-anchor.md')).toMatch(/\/faq\/#no-such-question\s+·\s+╰── invalid hash/);
	});

	it('names unknown-platform-link.md, its unknown platform: name, and where the names are', () => {
		expect(build.output).toMatch(
			/content\/docs\/unknown-platform-link\.md: unknown platform link "platform:signup"\. Use one of: .*\(defined in src\/data\/platformLinks\.ts\)/,
		);
	});

	it('names the data file, the record, each field and what was expected', () => {
		expect(build.output).toContain('content/data/datasets.yaml: record "qof", field "usedFor": this field is required.');
		expect(build.output).toContain('content/data/datasets.yaml: record "qof", field "cadence": expected one of: monthly, monthly-or-periodic, annual');
	});
});
