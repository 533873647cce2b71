import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { dataDir, docsDir, pageAddresses, pageFileFor, pageHeader, projectPath, siteRecords, type SiteRecords } from '../data/records.ts';
import { fieldsWithCode } from '../data/schemas.ts';

/** Every page file under content/docs. */
export function pageFiles(dir = docsDir): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? pageFiles(join(dir, entry.name)) : /\.mdx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
	);
}

/** Search engines cut a description about here, so the end of a longer one is never read. */
export const longestDescription = 160;

/** The cells of a Markdown table row: `| a | b |` has two. */
const cellCount = (row: string): number =>
	row
		.trim()
		.replace(/^\|/, '')
		.replace(/\|$/, '')
		.split(/(?<!\\)\|/).length;
const delimiterRow = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** A page's body lines, each with its line number in the file, leaving out frontmatter and fenced code. */
function bodyLines(text: string): { line: number; value: string }[] {
	const lines = text.split('\n');
	const start = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0;
	let fence = '';
	return lines.flatMap((value, index) => {
		if (index < start) return [];
		const opening = value.match(/^\s*(`{3,}|~{3,})/);
		if (opening) fence = fence ? (value.trim().startsWith(fence) ? '' : fence) : opening[1]!;
		return fence || opening ? [] : [{ line: index + 1, value }];
	});
}

/**
 * What a page's writer should fix though the page still builds: a second top-level heading, a
 * table row with more or fewer cells than its header, a description search engines would cut,
 * and two pages with one title (readers could not tell them apart in search or the menu).
 */
export function pageWarnings(files = pageFiles()): string[] {
	const warnings: string[] = [];
	const titles = new Map<string, string>();
	for (const file of files.sort()) {
		const { title, description } = pageHeader(file);
		if (title) {
			const first = titles.get(title.toLowerCase());
			if (first) warnings.push(`${projectPath(file)}: the title "${title}" is also ${first}'s: give each page its own, so readers can tell them apart.`);
			else titles.set(title.toLowerCase(), projectPath(file));
		}
		if (description && description.length > longestDescription) {
			warnings.push(
				`${projectPath(file)}: the description is ${description.length} characters; search engines show about ${longestDescription}, so say it in fewer.`,
			);
		}
		const lines = bodyLines(readFileSync(file, 'utf8'));
		let columns = 0;
		lines.forEach(({ line, value }, index) => {
			if (/^# /.test(value))
				warnings.push(`${projectPath(file)}:${line}: a top-level heading ("# "); the title is the page's only one, so use "## " for a section.`);
			if (delimiterRow.test(value) && value.includes('-') && index > 0 && lines[index - 1]!.value.includes('|')) columns = cellCount(lines[index - 1]!.value);
			else if (columns && value.includes('|')) {
				const cells = cellCount(value);
				if (cells !== columns)
					warnings.push(
						`${projectPath(file)}:${line}: this table row has ${cells} cells and its header ${columns}; a cell too many is dropped, one too few left empty.`,
					);
			} else columns = 0;
		});
	}
	return warnings;
}

/** Markdown that a record's text would show as typed: records are written into pages as plain text, code in a few fields aside. */
const markdownSyntax = /\*\*[^*]+\*\*|__[^_]+__|\[[^\]]+\]\([^)]+\)/;
const markdownOrCode = new RegExp(`${markdownSyntax.source}|\`[^\`]+\``);

/** Record fields written in Markdown, which the page would show with its asterisks, brackets and backticks. */
export function recordWarnings(records: SiteRecords = siteRecords(), dir = dataDir): string[] {
	return Object.entries(records).flatMap(([kind, list]) => {
		const file = join(dir, `${kind}.yaml`);
		const text = readFileSync(file, 'utf8');
		return (list as { id: string }[]).flatMap((record) =>
			Object.entries(record).flatMap(([field, value]) =>
				(Array.isArray(value) ? value : [value]).flatMap((item: unknown) => {
					const syntax = fieldsWithCode[kind]?.includes(field) ? markdownSyntax : markdownOrCode;
					const found = typeof item === 'string' ? item.match(syntax) : null;
					if (!found) return [];
					const at = text.indexOf(found[0]);
					const where = at < 0 ? projectPath(file) : `${projectPath(file)}:${text.slice(0, at).split('\n').length}`;
					return [`${where}: record "${record.id}", field "${field}": Markdown (${found[0]}) shows as typed on the page; write plain text.`];
				}),
			),
		);
	});
}

/** The A–Z index (content/docs/a-z.mdx) links every page by construction, so its links say nothing of how readers would find one. */
const listsEveryPage = '/a-z/';

/**
 * Pages that no other built page links to: in no menu and named on no page, a reader reaches them
 * only by search or the A–Z index. Read from the built pages, so a link from the sidebar, a page,
 * a record or the footer all count, and a page's links to itself do not.
 */
export function orphanPages(dist: string, base = '/', addresses = pageAddresses()): string[] {
	const underBase = (address: string) => `${base.replace(/\/$/, '')}${address}`;
	const unlinked = new Set(addresses.filter((address) => address !== '/').map(underBase));
	for (const address of addresses.filter((address) => address !== listsEveryPage)) {
		// The sidebar on the first page usually links every page there is.
		if (unlinked.size === 0) break;
		const here = new URL(underBase(address), 'https://site.invalid');
		const html = readFileSync(join(dist, address, 'index.html'), 'utf8');
		for (const [, href] of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) {
			const target = new URL(href!.replaceAll('&amp;', '&'), here);
			if (target.origin === here.origin && target.pathname !== here.pathname) unlinked.delete(target.pathname);
		}
	}
	return addresses.filter((address) => unlinked.has(underBase(address)));
}

const orphanWarning = (address: string): string => {
	const file = pageFileFor(address);
	return `${file ? projectPath(file) : address}: no page links here and it is in no menu, so readers can find it only by searching or in the A–Z index; add it to src/config/sidebar.ts or link to it from a page.`;
};

/** Prints, once at the end of the build, one summary of what the pages' and records' writers should fix. */
export function warnOfWritingMistakes(): AstroIntegration {
	let base = '/';
	return {
		name: 'haresign:writing-warnings',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const warnings = [...pageWarnings(), ...recordWarnings(), ...orphanPages(fileURLToPath(dir), base).map(orphanWarning)];
				if (warnings.length === 0) return;
				logger.warn(`${warnings.length} thing(s) to fix, though the site built:\n${warnings.map((warning) => `  ${warning}`).join('\n')}`);
			},
		},
	};
}
