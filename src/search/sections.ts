import { parseHTML } from 'linkedom';

/** One section of a help page, as the search indexes and shows it. */
export interface PageSection {
	/** Site-relative address: the page for its opening, the heading's anchor for the rest. */
	url: string;
	/** The section's heading; the page title for the page's opening. */
	heading: string;
	pageTitle: string;
	/** The section's words, heading first, as plain text. */
	text: string;
}

/** Elements whose text is not the page's content: Starlight's anchor-link labels, icons, scripts. */
const skipped = new Set(['SCRIPT', 'STYLE', 'SVG', 'TEMPLATE', 'NOSCRIPT', 'BUTTON', 'PRE']);
const block = /^(P|LI|TD|TH|TR|DT|DD|DIV|SECTION|PRE|BLOCKQUOTE|H[1-6]|UL|OL|TABLE|FIGCAPTION|BR)$/;

/** Text with the spaces a reader sees between blocks and table cells, which textContent drops. */
function textOf(node: Node): string {
	if (node.nodeType === 3) return node.nodeValue ?? '';
	if (node.nodeType !== 1) return '';
	const element = node as Element;
	const tag = element.tagName.toUpperCase();
	if (skipped.has(tag) || element.hasAttribute('data-pagefind-ignore') || element.classList.contains('sl-anchor-link')) return '';
	const inner = [...element.childNodes].map(textOf).join('');
	return block.test(tag) ? ` ${inner} ` : inner;
}

const tidy = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The h2 or h3 that starts a section: itself, or the one in Starlight's heading wrapper. */
function sectionHeading(element: Element): Element | undefined {
	const heading = /^H[23]$/.test(element.tagName.toUpperCase()) ? element : element.classList.contains('sl-heading-wrapper') ? element.querySelector('h2, h3') : null;
	return heading?.id ? heading : undefined;
}

/** A section the page keeps out of search (`data-pagefind-ignore` on its heading): its words go nowhere. */
const ignored: PageSection = { url: '', heading: '', pageTitle: '', text: '' };

/**
 * Splits a built page into sections at its h2 and h3 headings, so a search result is the section
 * that answers, not the top of a long page. Only pages Starlight marks for search
 * (`data-pagefind-body`: not the 404 page, not pages with `pagefind: false`) have any.
 */
export function sectionsOf(html: string, pagePath: string): PageSection[] {
	// Only the page's <main> is parsed: the head, header and sidebar are most of a page and hold no content.
	const start = html.indexOf('<main');
	const end = html.lastIndexOf('</main>');
	if (start < 0 || end < 0) return [];
	const { document } = parseHTML(`<!doctype html><html><body>${html.slice(start, end + '</main>'.length)}</body></html>`);
	const main = document.querySelector('main[data-pagefind-body]');
	const content = main?.querySelector('.sl-markdown-content');
	if (!main || !content) return [];
	const pageTitle = tidy(main.querySelector('h1')?.textContent ?? '');
	const sections: PageSection[] = [{ url: pagePath, heading: pageTitle, pageTitle, text: pageTitle }];
	for (const child of [...content.children] as Element[]) {
		const heading = sectionHeading(child);
		if (heading?.hasAttribute('data-pagefind-ignore')) {
			sections.push(ignored);
		} else if (heading) {
			const title = tidy(textOf(heading));
			sections.push({ url: `${pagePath}#${heading.id}`, heading: title, pageTitle, text: title });
		} else {
			const current = sections.at(-1)!;
			if (current === ignored) continue;
			current.text = tidy(`${current.text} ${textOf(child)}`);
		}
	}
	return sections.filter((section) => section !== ignored);
}
