import { describe, expect, it } from 'vitest';
import { questionWeight } from '../../../src/search/question-headings.ts';
import { renderMarkdown } from '../../support/markdown.ts';

describe('headings that ask a question', () => {
	it('weigh more in the search index than other headings', async () => {
		const html = await renderMarkdown('## Do I need an account?\n\nNo.\n\n### Can I export data?\n\nYes.\n\n## Link a PCN\n\nText ending in a question?');
		expect(html).toContain(`<h2 data-pagefind-weight="${questionWeight}" id="do-i-need-an-account">`);
		expect(html).toContain(`<h3 data-pagefind-weight="${questionWeight}" id="can-i-export-data">`);
		expect(html).toContain('<h2 id="link-a-pcn">');
		expect(html).not.toMatch(/<p[^>]*data-pagefind-weight/);
	});
});
