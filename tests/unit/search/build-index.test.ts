import { describe, expect, it } from 'vitest';
import { searchablePart, withDescription } from '../../../src/search/build-index.ts';
import { descriptionWeight } from '../../../src/search/ranking.ts';

const head = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Accounts</title></head>';
const page = (main: string, after = '') =>
	`${head}<body><header>Search</header><nav><ul><li><a href="/faq/">FAQ</a></li></ul></nav>${main}<footer>Footer</footer>${after}</body></html>`;
const marked = '<main data-pagefind-body class="astro-x" lang="en"><h1>Accounts — “workspaces”</h1><p>Text.</p></main>';

describe('what the search index reads of a page', () => {
	it('is the page’s head and the <main> Starlight marks for search, and no other part of the body', () => {
		expect(searchablePart(page(marked))).toBe(`${head}<body>${marked}</body></html>`);
	});

	it('finds the mark wherever it sits among the <main> tag’s attributes', () => {
		expect(searchablePart(page('<main\n class="astro-x" data-pagefind-body><p>Text.</p></main>'))).toContain(
			'<body><main\n class="astro-x" data-pagefind-body><p>Text.</p></main></body>',
		);
	});

	it('is the whole page when it is shaped otherwise, for Pagefind to read as it would on its own', () => {
		const unmarked = page('<main class="astro-x"><h1>Home</h1></main>');
		const twoMains = page(marked, '<template><main><p>Later.</p></main></template>');
		const metaOutside = page(marked).replace('<footer>', '<footer data-pagefind-meta="section:Help">');
		const redirect = '<!DOCTYPE html><title>Redirecting to: /data-sources/</title><meta http-equiv="refresh" content="0;url=/data-sources/">';
		for (const whole of [unmarked, twoMains, metaOutside, redirect]) expect(searchablePart(whole)).toBe(whole);
	});
});

describe('the page description, for the index only', () => {
	const described = (main: string) =>
		page(main).replace('</title>', '</title><meta name="description" content="Sign in, link a practice &amp; switch workspaces.">');

	it('follows the page title as a paragraph with the description’s own weight', () => {
		expect(withDescription(described(marked))).toContain(
			`<h1>Accounts — “workspaces”</h1><p data-pagefind-weight="${descriptionWeight}">Sign in, link a practice &amp; switch workspaces.</p><p>Text.</p>`,
		);
	});

	it('is left out of a page with no description or no title', () => {
		expect(withDescription(page(marked))).toBe(page(marked));
		const untitled = described('<main data-pagefind-body><p>Text.</p></main>');
		expect(withDescription(untitled)).toBe(untitled);
	});
});
