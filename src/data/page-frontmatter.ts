import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { fieldsOf, nearestField, problemWith } from './records.ts';

/** The fields our pages' frontmatter adds to Starlight's (content.config.ts). */
export const ourPageFields = z.object({
	// Every page needs a description: search engines and link previews show it.
	description: z.string().min(1),
	// The day the page was last checked against the facts, and, if not a year later, when it is next due.
	reviewed: z.coerce.date().optional(),
	reviewDue: z.coerce.date().optional(),
});

// Images (a splash page's hero) are Astro's to check, as it resolves them: here any value passes.
const pageSchema = docsSchema({ extend: ourPageFields })({ image: () => z.unknown() } as never);

/** Every field a page's frontmatter may have, Starlight's and ours: Starlight drops any other without a word. */
export const knownPageFields = fieldsOf(pageSchema);

/** What a writer adds for a field every page needs. */
const examples: Record<string, string> = { title: 'title: Accounts and Workspaces', description: 'description: How to register and link a practice.' };

/**
 * What is wrong with a page's frontmatter, each with its file's line, before Astro reads it (its
 * message names a temporary path and ends in a stack trace): no frontmatter, YAML that does not
 * read, a field every page needs left out or of the wrong type, and a field no page has, with the
 * field it most likely meant (a misspelt `reviewed:` would otherwise drop the review date unseen).
 */
export function frontmatterMistakes(text: string, shownFile: string): string[] {
	const frontmatter = text.match(/^---\r?\n([\s\S]*?)\r?\n?---/);
	if (!frontmatter)
		return [`${shownFile}:1: the page has no frontmatter; start it with a line "---", then ${examples.title}, ${examples.description}, and "---" again.`];
	const lineCounter = new LineCounter();
	const document = parseDocument(frontmatter[1]!, { lineCounter });
	// The frontmatter starts on the file's second line, after "---".
	const lineOf = (offset: number | undefined) => (offset === undefined ? '' : `:${lineCounter.linePos(offset).line + 1}`);
	const [yamlError] = document.errors;
	if (yamlError)
		return [
			`${shownFile}${lineOf(yamlError.pos[0])}: the frontmatter is not valid YAML: ${yamlError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}.`,
		];
	if (!isMap(document.contents)) return [`${shownFile}:2: the frontmatter should be fields, one per line, like ${examples.title}.`];
	const fields = document.contents;
	const keyOffset = (key: PropertyKey | undefined) =>
		fields.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key as { range?: number[] } | undefined;
	const unknown = fields.items.flatMap(({ key }) => {
		if (!isScalar(key) || typeof key.value !== 'string' || knownPageFields.includes(key.value)) return [];
		return [
			`${shownFile}${lineOf(key.range?.[0])}: the frontmatter field "${key.value}": a page has no such field; ${nearestField(key.value, knownPageFields)}`,
		];
	});
	const data = document.toJS() as unknown;
	const invalid =
		pageSchema.safeParse(data).error?.issues.map((issue) => {
			const field = issue.path.join('.');
			const problem = problemWith(issue, data);
			const example = problem === 'this field is required' && examples[field] ? `; every page needs one, like: ${examples[field]}` : '.';
			return `${shownFile}${lineOf(keyOffset(issue.path[0])?.range?.[0])}: the frontmatter field "${field}": ${problem}${example}`;
		}) ?? [];
	return [...unknown, ...invalid];
}
