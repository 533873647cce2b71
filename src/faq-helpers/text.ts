/** What a reader typed, on one line: the helpers write it into a paragraph or a message line. */
export const tidy = (value: string): string => value.replace(/\s+/g, ' ').trim();

/** A helper's text, and the fields, by name, still to fill in: it is copied only when there are none. */
export interface Written<Field extends string> {
	text: string;
	missing: Field[];
}

/**
 * Writes a helper's text a line at a time. A field the text cannot stand without shows, while empty,
 * a bracketed reminder of what goes there, and is noted as missing; an optional one is left out.
 */
export function writer<Field extends string>() {
	const missing: Field[] = [];
	return {
		missing,
		/** `Label: value`, or `Label: [reminder]` while the reader has still to fill it in. */
		required(field: Field, label: string, value: string, reminder: string): string {
			if (!tidy(value)) missing.push(field);
			return `${label}: ${tidy(value) || `[${reminder}]`}`;
		},
		/** `Label: value` as the only item, or no item while the value is empty. */
		optional: (label: string, value: string): string[] => (tidy(value) ? [`${label}: ${tidy(value)}`] : []),
	};
}

/** A line as a sentence of a paragraph, with no second full stop when the reader typed one. */
export const sentence = (line: string): string => (/[.!?]$/.test(line) ? line : `${line}.`);

/** What the Copy button says instead of copying an unfinished text: the empty fields, by their labels. */
export function fillInFirst(labels: string[]): string {
	const quoted = labels.map((label) => `“${label}”`);
	const list = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}` : quoted.join('');
	return `Not finished yet: fill in ${list} first.`;
}
