import { describe, expect, it } from 'vitest';
import { abbreviationPattern } from '../../src/plugins/abbreviations.ts';
import { renderMarkdown } from '../support/markdown.ts';

describe('glossary abbreviations', () => {
	it('are explained at their first use on a page, linking to the glossary', async () => {
		const html = await renderMarkdown('Your PCN and your PCN again.');
		expect(html).toContain('<a href="/glossary/#pcn" class="glossary-term"><abbr title="Primary Care Network">PCN</abbr></a>');
		expect(html.match(/<abbr/g)).toHaveLength(1);
	});

	it('are matched as whole words only', async () => {
		const html = await renderMarkdown('SPCN and PCNX are not abbreviations we know.');
		expect(html).not.toContain('<abbr');
	});
});

describe('the abbreviation pattern', () => {
	it('takes a term’s letters literally, even characters special to regular expressions', () => {
		const pattern = abbreviationPattern(['C++', 'A&E', 'QOF']);
		expect('Write C++ code, or C code.'.match(pattern)).toEqual(['C++']);
		expect('A&E and QOFs'.match(pattern)).toEqual(['A&E', 'QOFs']);
		expect('CCC and AXE'.match(pattern)).toBeNull();
	});
});
