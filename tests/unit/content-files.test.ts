import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyPage, notUtf8, twoFilesForOnePage } from '../../src/data/content-files.ts';
import { contentFileMistakes } from '../../src/integrations/records-first.ts';

const dir = mkdtempSync(join(tmpdir(), 'haresign-content-files-'));
const file = (name: string, content: string | Buffer): string => {
	const path = join(dir, name);
	mkdirSync(join(path, '..'), { recursive: true });
	writeFileSync(path, content);
	return path;
};
const page = (body: string, frontmatter = 'title: Accounts\ndescription: How to register.') => `---\n${frontmatter}\n---\n${body}`;

describe('the content’s files, before anything is read (src/data/content-files.ts)', () => {
	it('finds a file saved in Latin-1, not UTF-8, naming the line of its first such character and how to save it', () => {
		const latin1 = file('latin1.md', Buffer.concat([Buffer.from(page('\nThe first line.\n')), Buffer.from('The café is open.\n', 'latin1')]));
		expect(notUtf8(latin1, 'content/docs/latin1.md')).toBe(
			'content/docs/latin1.md:7: this file is not saved as UTF-8, so a character on this line would show as "\uFFFD"; save it as UTF-8 (in most editors: Save as, then Encoding: UTF-8).',
		);
		expect(notUtf8(file('utf8.md', page('\nThe café is open, £5.\n')), 'content/docs/utf8.md')).toBeUndefined();
	});

	it('finds two files that would be one page, naming both and the address', () => {
		const files = [
			{ shownFile: 'content/docs/accounts.md', address: '/accounts/' },
			{ shownFile: 'content/docs/accounts.mdx', address: '/accounts/' },
			{ shownFile: 'content/docs/faq.md', address: '/faq/' },
		];
		expect(twoFilesForOnePage(files)).toEqual([
			'content/docs/accounts.md and content/docs/accounts.mdx are all the page /accounts/, and only one would be published; delete or rename all but one.',
		]);
	});

	it('finds a page with nothing under its frontmatter, but not a splash page with a hero', () => {
		expect(emptyPage(page('\n\n  \n'), 'content/docs/empty.md')).toMatch(/^content\/docs\/empty\.md: the page has nothing under its frontmatter/);
		expect(emptyPage(page('', 'title: Home\ndescription: Help.\ntemplate: splash\nhero:\n  tagline: Help'), 'content/docs/index.mdx')).toBeUndefined();
		expect(emptyPage(page('\nText.\n'), 'content/docs/text.md')).toBeUndefined();
	});

	it('stops at a file that is not UTF-8, as the other checks would misread it; else names every mistake, the pages’ and the records’', () => {
		const latin1 = file('docs/bad.md', Buffer.from(page('\nCafé\n'), 'latin1'));
		const accounts = file('docs/accounts.md', page('\nText.\n'));
		const accountsMdx = file('docs/accounts/index.mdx', page('\nText.\n'));
		expect(contentFileMistakes([latin1, accounts, accountsMdx], [])).toEqual([expect.stringContaining('bad.md:6: this file is not saved as UTF-8')]);
		expect(contentFileMistakes([accounts, accountsMdx], [])).toEqual([expect.stringMatching(/accounts\.md and .*accounts\/index\.mdx are all the page/)]);
		const capitalised = file('docs/Accounts.md', page('\nText.\n'));
		expect(contentFileMistakes([capitalised, accounts], [])).toEqual([
			expect.stringMatching(/Accounts\.md and .*accounts\.md are all the page .*\/accounts\//),
		]);
		expect(contentFileMistakes()).toEqual([]);
	});
});
