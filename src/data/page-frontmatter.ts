import { readFileSync } from 'node:fs';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { fieldsOf, nearestField } from './records.ts';

/** The fields our pages' frontmatter adds to Starlight's (content.config.ts). */
export const ourPageFields = z.object({
	// Every page needs a description: search engines and link previews show it.
	description: z.string().min(1),
	// The day the page was last checked against the facts, and, if not a year later, when it is next due.
	reviewed: z.coerce.date().optional(),
	reviewDue: z.coerce.date().optional(),
});

/** Every field a page's frontmatter may have, Starlight's and ours: Starlight drops any other without a word. */
// No field here is an image, so Astro's image() helper is not needed to read the fields' names.
export const knownPageFields = fieldsOf(docsSchema({ extend: ourPageFields })({ image: () => z.never() } as never));

/**
 * Frontmatter fields no page may have, each with its file's line and the field it most likely
 * meant: a misspelt `reviewed:` would otherwise drop the page's review date unseen. A page whose
 * frontmatter is not YAML is left to Astro, which names it.
 */
export function unknownPageFields(file: string, shownFile: string): string[] {
	const frontmatter = readFileSync(file, 'utf8').match(/^---\r?\n([\s\S]*?)\r?\n---/);
	if (!frontmatter) return [];
	const lineCounter = new LineCounter();
	const document = parseDocument(frontmatter[1]!, { lineCounter });
	if (document.errors.length > 0 || !isMap(document.contents)) return [];
	return document.contents.items.flatMap(({ key }) => {
		if (!isScalar(key) || typeof key.value !== 'string' || knownPageFields.includes(key.value)) return [];
		// The frontmatter starts on the file's second line, after "---".
		const line = key.range ? lineCounter.linePos(key.range[0]).line + 1 : undefined;
		return [
			`${shownFile}${line ? `:${line}` : ''}: the frontmatter field "${key.value}": a page has no such field; ${nearestField(key.value, knownPageFields)}`,
		];
	});
}
