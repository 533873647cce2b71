import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parseFrontmatter } from 'astro/markdown';
import type { SchemaContext } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { collections } from '../../content.config.ts';
import { unknownPageFields } from '../../src/data/page-frontmatter.ts';

/**
 * The docs collection's schema from content.config.ts, checked as Astro's loader checks a page:
 * parse the frontmatter, then validate it. A build stops at the first such mistake, so these
 * are checked here, page by page, rather than in the build of tests/build/bad-content.test.ts.
 */
const { schema } = collections.docs;
if (typeof schema !== 'function') throw new Error('content.config.ts: expected the docs schema to be Starlight’s docsSchema(), a function');
// No page here has an image in its frontmatter, so Astro's image() helper is not needed.
const pageSchema = schema({ image: () => z.never() } as unknown as SchemaContext);

const frontmatterOf = (fixture: string): unknown =>
	parseFrontmatter(readFileSync(new URL(`../fixtures/bad-pages/${fixture}`, import.meta.url), 'utf8')).frontmatter;

const problemsWith = (frontmatter: unknown): string[] =>
	pageSchema.safeParse(frontmatter).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('a page’s frontmatter', () => {
	it('passes with a title and a description', () => {
		expect(problemsWith({ title: 'Accounts', description: 'How to register and link a practice.' })).toEqual([]);
	});

	it.each([
		['missing-title.md', 'title'],
		['missing-description.md', 'description'],
	])('%s: is refused for its missing %s', (fixture, field) => {
		expect(problemsWith(frontmatterOf(fixture))).toEqual([expect.stringMatching(new RegExp(`^${field}: .*received undefined`))]);
	});

	it('is refused with an empty description', () => {
		expect(problemsWith({ title: 'Accounts', description: '' })).toEqual([expect.stringMatching(/^description: /)]);
	});

	it('malformed-frontmatter.md: is not read at all when its YAML is broken', () => {
		expect(() => frontmatterOf('malformed-frontmatter.md')).toThrow(/unexpected end of the stream/);
	});
});

describe('a page’s frontmatter field that no page may have (src/data/page-frontmatter.ts)', () => {
	const dir = mkdtempSync(join(tmpdir(), 'haresign-frontmatter-'));
	const mistakesIn = (frontmatter: string): string[] => {
		const file = join(dir, 'page.md');
		writeFileSync(file, `---\n${frontmatter}\n---\n\nText.\n`);
		return unknownPageFields(file, 'content/docs/page.md');
	};

	it.each([
		[
			'a misspelt description',
			'title: Accounts\ndescripton: How to register.',
			'content/docs/page.md:3: the frontmatter field "descripton": a page has no such field; did you mean "description"?',
		],
		[
			'a misspelt review date',
			'title: Accounts\ndescription: How to register.\nreviwed: 2026-12-03',
			'content/docs/page.md:4: the frontmatter field "reviwed": a page has no such field; did you mean "reviewed"?',
		],
		[
			'a field like no other',
			'title: Accounts\ndescription: How to register.\ncolour: blue',
			'content/docs/page.md:4: the frontmatter field "colour": a page has no such field; the fields are "description", "reviewed"',
		],
	])('is named with its line and the field it was most likely meant to be: %s', (_mistake, frontmatter, message) => {
		expect(mistakesIn(frontmatter)).toEqual([expect.stringContaining(message)]);
	});

	it('is not looked for inside a field, nor in frontmatter that is not YAML (Astro names that)', () => {
		expect(mistakesIn('title: Accounts\ndescription: How to register.\nsidebar:\n  ordr: 2')).toEqual([]);
		expect(mistakesIn('title: [Accounts\ndescriptin: x')).toEqual([]);
	});
});
