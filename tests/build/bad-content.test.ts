import { describe, expect, it } from 'vitest';
import { buildWithFixture } from '../support/fixture-build.ts';

/**
 * Each fixture adds one broken page to a copy of the real site. The build must fail,
 * name the file and what is wrong, and leave no dist/ that could be deployed.
 */
const cases = [
	{ fixture: 'broken-link', file: 'broken-link.md', says: ['/no-such-page/', 'invalid link'] },
	{ fixture: 'broken-anchor', file: 'broken-anchor.md', says: ['/faq/#no-such-question', 'invalid hash'] },
	{ fixture: 'missing-title', file: 'missing-title.md', says: ['title', 'Required'] },
	{ fixture: 'missing-description', file: 'missing-description.md', says: ['description', 'Required'] },
	{ fixture: 'malformed-frontmatter', file: 'malformed-frontmatter.md', says: ['unexpected end of the stream'] },
	{ fixture: 'unknown-platform-link', file: 'unknown-platform-link.md', says: ['platform:signup', 'src/data/platformLinks.ts'] },
	{ fixture: 'bad-synonym', file: 'content/data/synonyms.yaml', says: ['record "export"', 'field "pagesSay"', 'this field is required'] },
];

describe('a page with a mistake', () => {
	it.each(cases)('$fixture: fails the build, naming $file', ({ fixture, file, says }) => {
		const build = buildWithFixture(`bad-content/${fixture}`);
		expect(build.status).not.toBe(0);
		expect(build.output).toContain(file);
		for (const words of says) expect(build.output).toContain(words);
		expect(build.leftDist).toBe(false);
	});
});

describe('a data record with a mistake', () => {
	it('fails the build, naming the data file, the record, each field and what was expected', () => {
		const build = buildWithFixture('bad-data/unknown-cadence');
		expect(build.status).not.toBe(0);
		expect(build.output).toContain('content/data/datasets.yaml: record "qof", field "usedFor": this field is required.');
		expect(build.output).toContain('content/data/datasets.yaml: record "qof", field "cadence": expected one of: monthly, monthly-or-periodic, annual');
		expect(build.leftDist).toBe(false);
	});
});
