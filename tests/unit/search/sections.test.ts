import { describe, expect, it } from 'vitest';
import { sectionsOf } from '../../../src/search/sections.ts';

const page = (main: string, attributes = 'data-pagefind-body') => `<!doctype html><html><body><header>Site header</header>
<main ${attributes}><h1 id="_top">Accounts</h1><div class="sl-markdown-content">${main}</div></main></body></html>`;

const heading = (level: 2 | 3, id: string, text: string) =>
	`<div class="sl-heading-wrapper level-h${level}"><h${level} id="${id}">${text}</h${level}><a class="sl-anchor-link" href="#${id}"><span data-pagefind-ignore>Section titled “${text}”</span></a></div>`;

describe('a built page, split into sections', () => {
	const keptOut = heading(3, 'summary', 'Summary').replace('<h3 id="summary"', '<h3 id="summary" data-pagefind-ignore');
	const sections = sectionsOf(
		page(
			`<p>Intro words.</p>${heading(2, 'reset-your-password', 'Reset your password')}<ol><li>Open the page.</li><li>Follow the link.</li></ol>` +
				`${heading(3, 'no-email', 'No email?')}<table><tr><td>Cell one</td><td>Cell two</td></tr></table><pre><code>export HARESIGN=…</code></pre>` +
				`<script>ignored()</script>${keptOut}<p>Kept out.</p>`,
		),
		'/accounts/',
	);

	it('has the page’s opening, then one section per h2 and h3, each at its anchor', () => {
		expect(sections.map((section) => section.url)).toEqual(['/accounts/', '/accounts/#reset-your-password', '/accounts/#no-email']);
		expect(sections.map((section) => section.heading)).toEqual(['Accounts', 'Reset your password', 'No email?']);
		expect(sections.every((section) => section.pageTitle === 'Accounts')).toBe(true);
	});

	it('keeps each section’s words apart, with spaces between blocks and cells, and no code, script or words from outside the content', () => {
		expect(sections[0]!.text).toBe('Accounts Intro words.');
		expect(sections[1]!.text).toBe('Reset your password Open the page. Follow the link.');
		expect(sections[2]!.text).toBe('No email? Cell one Cell two');
	});

	it('leaves out a section whose heading is kept out of search', () => {
		expect(sections.map((section) => section.heading)).not.toContain('Summary');
	});

	it('is empty for a page Starlight keeps out of search', () => {
		expect(sectionsOf(page('<p>Words</p>', ''), '/')).toEqual([]);
	});
});
