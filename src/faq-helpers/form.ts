/*
 * The pieces both helpers are built from. Every text goes in with textContent or a property, never
 * as markup, so whatever a reader types is shown and copied as text.
 */
import { fillInFirst } from './text.ts';

let lastId = 0;
/** A page-unique id for a control, so its label, hint and output can point at it. */
export const newId = (name: string): string => `faq-helper-${name}-${++lastId}`;

export function element<Tag extends keyof HTMLElementTagNameMap>(
	tag: Tag,
	properties: Partial<HTMLElementTagNameMap[Tag]> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[Tag] {
	const node = Object.assign(document.createElement(tag), properties);
	node.append(...children);
	return node;
}

export type TextControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A control with its visible label above it and, where given, a hint the label's reader hears too. */
export function field<Control extends TextControl>(label: string, control: Control, hint?: string): { row: HTMLElement; control: Control; label: string } {
	control.id = newId(control.tagName.toLowerCase());
	const row = element('div', { className: 'faq-helper-field' }, element('label', { htmlFor: control.id }, label));
	if (hint) {
		const hintText = element('span', { id: `${control.id}-hint`, className: 'faq-helper-hint' }, hint);
		control.setAttribute('aria-describedby', hintText.id);
		row.append(hintText);
	}
	row.append(control);
	return { row, control, label };
}

export const textInput = (properties: Partial<HTMLInputElement> = {}): HTMLInputElement =>
	element('input', { type: 'text', autocomplete: 'off', ...properties });

/**
 * The result, written as the reader types, with its Copy button. The <output> itself is not a live
 * region: announcing every keystroke's paragraph would drown the reader; the status line says when
 * the text has been copied, or which fields it still needs, in which case nothing is copied.
 */
export function outputWithCopy(
	label: string,
	copyLabel: string,
	copiedMessage: string,
	controls: TextControl[],
): { section: HTMLElement; show(text: string, missingLabels: string[]): void } {
	const output = element('output', { id: newId('output'), className: 'faq-helper-output' });
	output.htmlFor.value = controls.map((control) => control.id).join(' ');
	output.setAttribute('aria-live', 'off');
	const status = element('p', { className: 'faq-helper-status' });
	status.setAttribute('role', 'status');
	let missing: string[] = [];
	const copy = element('button', { type: 'button', className: 'faq-helper-copy' }, copyLabel);
	copy.addEventListener('click', async () => {
		// Emptied first, so the same message copied twice is announced twice.
		status.textContent = '';
		if (missing.length > 0) {
			status.textContent = fillInFirst(missing);
			return;
		}
		try {
			await navigator.clipboard.writeText(output.textContent ?? '');
			status.textContent = copiedMessage;
		} catch {
			status.textContent = 'Could not copy. Select the text above and copy it yourself.';
		}
	});
	const section = element(
		'div',
		{ className: 'faq-helper-result' },
		element('label', { htmlFor: output.id, className: 'faq-helper-result-label' }, label),
		output,
		element('div', { className: 'faq-helper-actions' }, copy, status),
	);
	const show = (text: string, missingLabels: string[]) => {
		// What the status said is about the text before this change: "copied" or "fill in" would no longer be true.
		if (text !== output.textContent) status.textContent = '';
		output.textContent = text;
		missing = missingLabels;
	};
	return { section, show };
}

/** The helper's frame: a region named by the heading the page gives it (blocks.ts), after the answer it serves. */
export function helperRegion(headingId: string, ...children: Node[]): HTMLElement {
	const region = element('section', { className: 'faq-helper' }, ...children);
	if (headingId) region.setAttribute('aria-labelledby', headingId);
	return region;
}
