import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../support/markdown.ts';

const regions = async (markdown: string) =>
	[...parseHTML(`<main>${await renderMarkdown(markdown)}</main>`).document.querySelectorAll('section.table-region')].map((region) => ({
		label: region.getAttribute('aria-label'),
		tabindex: region.getAttribute('tabindex'),
		holdsTable: region.firstElementChild?.tagName === 'TABLE',
	}));

describe('table regions', () => {
	it('wrap each table in a focusable section named by the heading above it and its columns', async () => {
		const markdown =
			'## Opening hours\n\nText.\n\n| Day | Opens *at* |\n| --- | --- |\n| Monday | 8am |\n\n- In a list:\n\n  | Site | Phone |\n  | --- | --- |\n  | Main | 0100 |\n';
		expect(await regions(markdown)).toEqual([
			{ label: 'Opening hours: Day, Opens at', tabindex: '0', holdsTable: true },
			{ label: 'Opening hours: Site, Phone', tabindex: '0', holdsTable: true },
		]);
	});

	it('take the last section heading, not one inside a list or an aside, and only the words of headings and columns', async () => {
		const markdown =
			'## Opening hours\n\n- Note:\n\n  ### Bank holidays\n\n:::note\n### Tip\n:::\n\n| Day<br>of week | ![clock](/favicon.svg) Opens |\n| --- | --- |\n| Monday | 8am |\n';
		expect((await regions(markdown)).map((region) => region.label)).toEqual(['Opening hours: Dayof week, Opens']);
	});

	it('take the nearest heading below the page title, and only the columns before any heading', async () => {
		const markdown = '| A | B |\n| - | - |\n| 1 | 2 |\n\n## First\n\n### Second\n\n| C |\n| - |\n| 3 |\n';
		expect((await regions(markdown)).map((region) => region.label)).toEqual(['A, B', 'Second: C']);
	});

	it('wrap the tables the data blocks write', async () => {
		expect((await regions('## Endpoints\n\n::endpoints-table')).map((region) => region.label)).toEqual([expect.stringMatching(/^Endpoints: /)]);
	});
});
