/** What a reader typed, on one line: the helpers write it into a paragraph or a message line. */
export const tidy = (value: string): string => value.replace(/\s+/g, ' ').trim();

/** `Label: value`, with the reader's value or, while it is empty, a bracketed reminder of what goes there. */
export const labelled = (label: string, value: string, reminder: string): string => `${label}: ${tidy(value) || `[${reminder}]`}`;

/** `Label: value.` as a sentence of a paragraph, with no second full stop when the reader typed one. */
export function sentence(label: string, value: string, reminder: string): string {
	const line = labelled(label, value, reminder);
	return /[.!?]$/.test(line) ? line : `${line}.`;
}
