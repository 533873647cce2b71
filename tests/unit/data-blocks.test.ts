import { describe, expect, it } from 'vitest';
import { siteRecords } from '../../src/data/records.ts';
import { summaryWeight } from '../../src/lib/mdast.ts';
import { dataBlockNames } from '../../src/plugins/data-blocks/index.ts';
import { renderMarkdown } from '../support/markdown.ts';

const { tools, endpoints, datasets } = siteRecords();

describe('a data block', () => {
	it('with a name that does not exist stops the page, naming the file and the blocks that exist', async () => {
		const rendering = renderMarkdown('Intro.\n\n::datasets-tabel\n', 'typo.md');
		await expect(rendering).rejects.toThrow(/content\/docs\/typo\.md: unknown data block "::datasets-tabel"/);
		await expect(rendering).rejects.toThrow(new RegExp(`Use one of: ${dataBlockNames.map((name) => `::${name}`).join(', ')}`));
	});

	it('::tools-catalogue gives every tool its anchor, and sends a tool with a guide to it', async () => {
		const html = await renderMarkdown('::tools-catalogue\n', 'tools.md');
		for (const tool of tools) {
			expect(html).toContain(`id="${tool.id}"`);
			if (tool.guide) expect(html).toContain(`href="${tool.guide}#${tool.id}"`);
		}
	});

	it('::guide-tools shows the whole record of the guide’s own tools, and no others', async () => {
		const html = await renderMarkdown('::guide-tools\n', 'tools/qof.md');
		const own = tools.filter((tool) => tool.guide === '/tools/qof/');
		expect(own.length).toBeGreaterThan(0);
		for (const tool of own) for (const step of tool.steps) expect(html).toContain(step);
		for (const other of tools.filter((tool) => tool.guide !== '/tools/qof/')) expect(html).not.toContain(`id="${other.id}"`);
	});

	it('::guide-tools on a guide no tool names stops the page, naming the file and the line a tool needs', async () => {
		await expect(renderMarkdown('Intro.\n\n::guide-tools\n', 'tools/old-tool.md')).rejects.toThrow(
			'content/docs/tools/old-tool.md: ::guide-tools shows the tools whose record in content/data/tools.yaml has guide: /tools/old-tool/, and none has;',
		);
	});

	it('::endpoints-table gives every endpoint a row with its anchor', async () => {
		const html = await renderMarkdown('::endpoints-table\n', 'api.md');
		for (const endpoint of endpoints) expect(html).toContain(`<code id="${endpoint.id}">${endpoint.path}</code>`);
	});

	it('::datasets-details lists, under each dataset, the tools that draw on it', async () => {
		const html = await renderMarkdown('::datasets-details\n', 'data-sources.md');
		const qof = datasets.find((dataset) => dataset.id === 'qof')!;
		const usingQof = tools.filter((tool) => tool.datasets?.includes(qof.id));
		expect(usingQof.length).toBeGreaterThan(0);
		const section = html.slice(html.indexOf(`id="${qof.id}"`), html.indexOf('<h3', html.indexOf(`id="${qof.id}"`) + 1));
		for (const tool of usingQof) expect(section).toContain(`<a href="/tools/#${tool.id}">${tool.name}</a>`);
	});

	it('marks a summary of records told in full elsewhere to count less in search, and not the records', async () => {
		const weighed = `data-pagefind-weight="${summaryWeight}"`;
		expect(await renderMarkdown('::datasets-table\n', 'data-sources.md')).toContain(`<table ${weighed}>`);
		expect(await renderMarkdown('::datasets-by-cadence\n', 'data-sources.md')).toContain(`<ul ${weighed}>`);
		expect(await renderMarkdown('::tool-guides\n', 'tools.md')).toContain(`<ul ${weighed}>`);
		for (const records of ['::datasets-details\n', '::glossary-terms\n', '::endpoints-table\n']) {
			expect(await renderMarkdown(records, 'data-sources.md')).not.toContain('data-pagefind-weight');
		}
	});
});
