/*
 * The helpers' look, with their code: a constructed style sheet costs the page's first view nothing,
 * and, unlike a <style> element added by a script, is not refused by the Content-Security-Policy.
 * Colours are Starlight's, so both themes keep their contrast.
 */
const css = `
.faq-helper { margin-block: 2rem; padding: 1rem 1.25rem 1.25rem; border: 1px solid var(--sl-color-gray-5); border-radius: 0.5rem; }
.faq-helper .faq-helper-field, .faq-helper .faq-helper-result { display: flex; flex-direction: column; gap: 0.25rem; }
.faq-helper .faq-helper-field > *, .faq-helper .faq-helper-result > *, .faq-helper .faq-helper-checks * { margin: 0; }
.faq-helper label, .faq-helper legend { font-weight: 600; color: var(--sl-color-white); }
.faq-helper .faq-helper-checks label { font-weight: 400; }
.faq-helper .faq-helper-hint { font-size: var(--sl-text-sm); color: var(--sl-color-gray-2); }
.faq-helper input[type='text'], .faq-helper select, .faq-helper textarea {
	box-sizing: border-box; width: 32rem; max-width: 100%; padding: 0.375rem 0.5rem; font: inherit;
	color: var(--sl-color-white); background-color: var(--sl-color-black); border: 1px solid var(--sl-color-gray-3); border-radius: 0.25rem;
}
.faq-helper input[type='checkbox'] { width: 1.125rem; height: 1.125rem; flex: none; }
.faq-helper .faq-helper-checks { display: flex; flex-direction: column; gap: 0.375rem; border: 0; padding: 0; }
.faq-helper .faq-helper-checks legend { padding: 0; margin-block-end: 0.375rem; }
.faq-helper .faq-helper-checks div { display: flex; gap: 0.5rem; align-items: center; }
.faq-helper .faq-helper-output {
	display: block; white-space: pre-wrap; overflow-wrap: anywhere; padding: 0.75rem 1rem;
	color: var(--sl-color-white); background-color: var(--sl-color-gray-6); border-inline-start: 4px solid var(--sl-color-text-accent);
}
.faq-helper .faq-helper-actions { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; }
.faq-helper .faq-helper-copy {
	padding: 0.375rem 1rem; font: inherit; font-weight: 600; cursor: pointer;
	color: var(--sl-color-black); background-color: var(--sl-color-text-accent); border: 0; border-radius: 0.25rem;
}
.faq-helper :focus-visible { outline: 2px solid var(--sl-color-text-accent); outline-offset: 2px; }
`;

let adopted = false;

export function adoptHelperStyles(): void {
	if (adopted) return;
	adopted = true;
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(css);
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
