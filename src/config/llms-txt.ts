import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import starlightLlmsTxt from 'starlight-llms-txt';
import { docsDir, pageFileFor, pageHeader } from '../data/records.ts';
import { sidebar } from './sidebar.ts';
import type { SiteAddress } from './site.ts';

type SidebarItem = (typeof sidebar)[number] | { slug: string; label: string } | { autogenerate: { directory: string } };

/** `- [Title](full address): description`, the llms.txt convention's line for a page. */
function pageLine(slug: string, address: SiteAddress): string {
	const file = pageFileFor(`/${slug}/`);
	if (!file) throw new Error(`src/config/sidebar.ts names the page "${slug}", and there is no such file in content/docs.`);
	const { title, description } = pageHeader(file);
	const url = new URL(slug === '' ? '' : `${slug}/`, address.href).href;
	return `- [${title ?? slug}](${url})${description ? `: ${description}` : ''}`;
}

/** The pages an item of the sidebar stands for, as page lines, in the sidebar's order. */
function pageLines(item: SidebarItem, address: SiteAddress): string[] {
	if ('slug' in item && item.slug !== undefined) return [pageLine(item.slug, address)];
	if ('link' in item && item.link !== undefined) return item.link === '/' ? [pageLine('', address)] : [];
	if ('autogenerate' in item) {
		const { directory } = item.autogenerate;
		return readdirSync(join(docsDir, directory))
			.filter((name) => /\.mdx?$/.test(name))
			.map((name) => ({ slug: `${directory}/${name.replace(/\.mdx?$/, '')}`, header: pageHeader(join(docsDir, directory, name)) }))
			.sort((a, b) => (a.header.order ?? Infinity) - (b.header.order ?? Infinity) || (a.header.title ?? '').localeCompare(b.header.title ?? ''))
			.map(({ slug }) => pageLine(slug, address));
	}
	return (item.items ?? []).flatMap((child) => pageLines(child as SidebarItem, address));
}

/**
 * Every page, as the llms.txt convention lists them: a section for each of the sidebar's groups,
 * the pages outside a group first, each page a link with its description.
 */
export function llmsPageSections(address: SiteAddress): string {
	const ungrouped = sidebar.filter((item) => !('items' in item));
	const groups = sidebar.filter((item) => 'items' in item);
	return [
		['Help pages', ungrouped.flatMap((item) => pageLines(item, address))] as const,
		...groups.map((group) => [group.label, pageLines(group, address)] as const),
	]
		.map(([label, lines]) => `## ${label}\n\n${lines.join('\n')}`)
		.join('\n\n');
}

/**
 * /llms.txt, /llms-full.txt and /llms-small.txt, for readers who hand the help to an AI assistant
 * (the platform has AI connections). They are plain text, so Pagefind never indexes them and no
 * page loads them. The plugin writes full addresses, so like the sitemap they come with the
 * site's address; with none, there are none.
 */
export function llmsTxt(address: SiteAddress | undefined): StarlightPlugin[] {
	if (!address) return [];
	return [
		starlightLlmsTxt({
			details: `The pages explain the Haresign platform to practice managers, PCN managers, clinicians, analysts and developers. Platform addresses in them are the real ones.\n\n${llmsPageSections(address)}`,
			// The 404 page is no help to anyone who did not get lost.
			exclude: ['404'],
		}),
	];
}
