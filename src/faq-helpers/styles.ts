/*
 * The helpers' look (faq-helpers.css), with their code: a constructed style sheet costs the page's first view nothing,
 * and, unlike a <style> element added by a script, is not refused by the Content-Security-Policy.
 * Colours are Starlight's, so both themes keep their contrast.
 */
import css from './faq-helpers.css?inline';

let adopted = false;

export function adoptHelperStyles(): void {
	if (adopted) return;
	adopted = true;
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(css);
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
