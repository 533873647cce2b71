import { describe, expect, it } from 'vitest';
import { searchablePart } from '../../../src/search/build-index.ts';

const page = (main: string) =>
	Buffer.from(
		`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Accounts</title></head>` +
			`<body><header>Search</header><nav><ul><li><a href="/faq/">FAQ</a></li></ul></nav>${main}<footer>Footer</footer></body></html>`,
	);

describe('what the search index reads of a page', () => {
	it('is the page’s head and the <main> Starlight marks for search, and no other part of the body', () => {
		const main = '<main data-pagefind-body class="astro-x" lang="en"><h1>Accounts — “workspaces”</h1><p>Text.</p></main>';
		expect(searchablePart(page(main))).toBe(
			`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Accounts</title></head><body>${main}</body></html>`,
		);
	});

	it('finds the mark wherever it sits among the <main> tag’s attributes', () => {
		expect(searchablePart(page('<main class="astro-x" data-pagefind-body><p>Text.</p></main>'))).toContain('<body><main class="astro-x" data-pagefind-body><p>Text.</p></main></body>');
	});

	it('is nothing for a page Starlight leaves out of search', () => {
		expect(searchablePart(page('<main class="astro-x"><h1>Home</h1></main>'))).toBeUndefined();
		expect(searchablePart(Buffer.from('<!DOCTYPE html><title>Redirecting to: /data-sources/</title><meta http-equiv="refresh" content="0;url=/data-sources/">'))).toBeUndefined();
	});
});
