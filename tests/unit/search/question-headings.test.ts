import { pathToFileURL } from 'node:url';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { questionHeadingsPlugin, questionWeight } from '../../../src/search/question-headings.ts';
import { projectRoot } from '../../support/paths.ts';

// The search plugin adds this Markdown plugin to the site's processor when the site builds (src/search/index.ts).
const renderer = createSatteriMarkdownProcessor({ hastPlugins: [questionHeadingsPlugin] });
const render = async (markdown: string) =>
	(await (await renderer).render(markdown, { fileURL: pathToFileURL(`${projectRoot}content/docs/test-page.md`) })).code;

describe('headings that ask a question', () => {
	it('weigh more in the search index than other headings', async () => {
		const html = await render('## Do I need an account?\n\nNo.\n\n### Can I export data?\n\nYes.\n\n## Link a PCN\n\nText ending in a question?');
		const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
		const weightOf = (selector: string) => document.querySelector(selector)?.getAttribute('data-pagefind-weight');
		expect(weightOf('#do-i-need-an-account')).toBe(String(questionWeight));
		expect(weightOf('#can-i-export-data')).toBe(String(questionWeight));
		expect(weightOf('#link-a-pcn')).toBeNull();
		expect(document.querySelectorAll('[data-pagefind-weight]')).toHaveLength(2);
	});
});
