import { describe, expect, it } from 'vitest';
import { platformLinks } from '../../src/data/platformLinks.ts';
import { renderMarkdown } from '../support/markdown.ts';

describe('a platform: link', () => {
	it('links to the address in src/data/platformLinks.ts, keeping its text', async () => {
		const html = await renderMarkdown('[register for an account](platform:register)');
		expect(html).toContain(`<a href="${platformLinks.register}">register for an account</a>`);
	});

	it('as an autolink, shows the full address', async () => {
		const html = await renderMarkdown('<platform:apiDocs>');
		expect(html).toContain(`<a href="${platformLinks.apiDocs}">${platformLinks.apiDocs}</a>`);
	});

	it('with a name not in the list stops the page, naming the file, the link and where the names are', async () => {
		const rendering = renderMarkdown('[Sign up](platform:signup)', 'sign-up.md');
		await expect(rendering).rejects.toThrow(/content\/docs\/sign-up\.md: unknown platform link "platform:signup"/);
		await expect(rendering).rejects.toThrow(/Use one of: platform:home, .*platform:register.* \(defined in src\/data\/platformLinks\.ts\)/);
	});
});
