import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parseFrontmatter } from 'astro/markdown';
import type { SchemaContext } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { collections } from '../../content.config.ts';
import { frontmatterMistakes } from '../../src/data/page-frontmatter.ts';

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

describe('a page’s frontmatter, checked before Astro reads it (src/data/page-frontmatter.ts)', () => {
	const mistakesIn = (text: string): string[] => frontmatterMistakes(text, 'content/docs/page.md');
	const withFrontmatter = (frontmatter: string) => mistakesIn(`---\n${frontmatter}\n---\n\nText.\n`);

	it('passes the real pages’ frontmatter', () => {
		expect(withFrontmatter('title: Accounts\ndescription: How to register.\nreviewed: 2026-12-03\nsidebar:\n  order: 2')).toEqual([]);
		// A hero image is Astro's to check, as it resolves the file.
		expect(withFrontmatter('title: Home\ndescription: Help.\ntemplate: splash\nhero:\n  image:\n    file: ../../assets/hero.png\n    alt: A chart')).toEqual(
			[],
		);
	});

	it.each([
		[
			'a misspelt description',
			'title: Accounts\ndescripton: How to register.',
			[
				'content/docs/page.md:3: the frontmatter field "descripton": a page has no such field; did you mean "description"?',
				'content/docs/page.md: the frontmatter field "description": this field is required; every page needs one, like: description: How to register and link a practice.',
			],
		],
		[
			'a misspelt review date',
			'title: Accounts\ndescription: How to register.\nreviwed: 2026-12-03',
			['content/docs/page.md:4: the frontmatter field "reviwed": a page has no such field; did you mean "reviewed"?'],
		],
		[
			'a field like no other',
			'title: Accounts\ndescription: How to register.\ncolour: blue',
			[expect.stringMatching(/^content\/docs\/page\.md:4: the frontmatter field "colour": a page has no such field; the fields are "description", "reviewed"/)],
		],
		[
			'no title',
			'description: How to register.',
			['content/docs/page.md: the frontmatter field "title": this field is required; every page needs one, like: title: Accounts and Workspaces'],
		],
		[
			'a number where a word goes',
			'title: Accounts\ndescription: How to register.\nsidebar:\n  order: two',
			['content/docs/page.md:4: the frontmatter field "sidebar.order": wrong type: expected a number, found the text "two".'],
		],
		[
			'YAML that does not read',
			'title: [Accounts\ndescription: How to register.',
			[expect.stringMatching(/^content\/docs\/page\.md:\d+: the frontmatter is not valid YAML: /)],
		],
	])('names each mistake with its line: %s', (_mistake, frontmatter, messages) => {
		expect(withFrontmatter(frontmatter)).toEqual(messages);
	});

	it('names a page with no frontmatter, and says how to start one', () => {
		expect(mistakesIn('# Accounts\n\nText.\n')).toEqual([
			expect.stringMatching(/^content\/docs\/page\.md:1: the page has no frontmatter; start it with a line "---", then title: /),
		]);
	});
});
