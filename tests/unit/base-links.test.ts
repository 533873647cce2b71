import { describe, expect, it } from 'vitest';
import { platformLinks } from '../../src/data/platformLinks.ts';
import { renderMarkdown } from '../support/markdown.ts';

const base = '/en/latest/';
const render = (markdown: string) => renderMarkdown(markdown, 'test-page.md', { base });

describe('site-relative links on a site served under a path', () => {
	it('get the base, keeping the anchor', async () => {
		expect(await render('[link the practice](/accounts/#link-a-practice)')).toContain('<a href="/en/latest/accounts/#link-a-practice">');
		expect(await render('[home](/)')).toContain('<a href="/en/latest/">');
	});

	it('that the data blocks and abbreviations write get it too', async () => {
		expect(await render('::tools-catalogue')).toMatch(/href="\/en\/latest\/data-sources\/#/);
		expect(await render('A PCN can share a workspace.')).toContain('href="/en/latest/glossary/#pcn"');
	});

	it('leave platform: links, other sites, anchors and links already under the base alone', async () => {
		const html = await render(
			'[register](platform:register), [elsewhere](https://example.org/a/), [below](#below), [here](/en/latest/faq/), [mail](mailto:help@example.org)',
		);
		expect(html).toContain(`href="${platformLinks.register}"`);
		expect(html).toContain('href="https://example.org/a/"');
		expect(html).toContain('href="#below"');
		expect(html).toContain('href="/en/latest/faq/"');
		expect(html).not.toContain('/en/latest/en/latest/');
		expect(html).toContain('href="mailto:help@example.org"');
	});

	it('are left as written when the site is served at the root', async () => {
		expect(await renderMarkdown('[link the practice](/accounts/#link-a-practice)')).toContain('<a href="/accounts/#link-a-practice">');
	});
});
