import { readFileSync } from 'node:fs';

/*
 * Mistakes in the content's files themselves, found before any is read as Markdown or YAML: each
 * would otherwise be published quietly wrong (a "�" in the text, one of two pages, a blank page).
 */

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A file that is not UTF-8 (an editor's "ANSI" or Latin-1): its first bad character's line, and how to save it. */
export function notUtf8(file: string, shownFile: string): string | undefined {
	const bytes = readFileSync(file);
	try {
		strictUtf8.decode(bytes);
		return undefined;
	} catch {
		const text = new TextDecoder('utf-8').decode(bytes);
		const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
		return `${shownFile}:${line}: this file is not saved as UTF-8, so a character on this line would show as "\uFFFD"; save it as UTF-8 (in most editors: Save as, then Encoding: UTF-8).`;
	}
}

/** Two files that would be one page (`accounts.md` and `accounts.mdx`, or `tools/qof.md` and `tools/qof/index.md`): only one would be published. */
export function twoFilesForOnePage(files: { shownFile: string; address: string }[]): string[] {
	const byAddress = Map.groupBy(files, ({ address }) => address);
	return [...byAddress.entries()]
		.filter(([, same]) => same.length > 1)
		.map(
			([address, same]) =>
				`${same.map(({ shownFile }) => shownFile).join(' and ')} are all the page ${address}, and only one would be published; delete or rename all but one.`,
		);
}

/** A page with nothing under its frontmatter, which would be published blank (a splash page's hero aside). */
export function emptyPage(text: string, shownFile: string): string | undefined {
	const frontmatter = text.match(/^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/)?.[0] ?? '';
	if (text.slice(frontmatter.length).trim() !== '' || /^hero:/m.test(frontmatter)) return undefined;
	return `${shownFile}: the page has nothing under its frontmatter, so it would be published blank; write its text, or delete the file (and, if it was published, add a redirect).`;
}
