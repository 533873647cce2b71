/*
 * On arrival from a result (`?highlight=` words, then the section's anchor): the searched words are
 * marked, whole, in the section the result opened, or before the first heading when it opened the
 * page. Loaded by open-search.ts only on such an arrival.
 */
import { normaliseQuery, sameWord } from './query.ts';

const headings = 'h1, h2, h3, h4, h5, h6';

/** A heading's level, for a heading or Starlight's wrapper around one; none for anything else. */
function levelOf(node: Element): number | undefined {
	const heading = node.matches(headings) ? node : node.matches('.sl-heading-wrapper') ? node.querySelector(headings) : null;
	return heading ? Number(heading.tagName[1]) : undefined;
}

/**
 * What the address's anchor opens, in the page's content: from its heading to the next heading
 * of the same or a higher level; an anchor inside a block (a table row's code) opens that block;
 * no anchor, the content before the first heading.
 */
export function targetSection(content: Element, target: Element | null): Element[] {
	const start = target?.closest('.sl-heading-wrapper') ?? target;
	if (start && start.parentElement !== content) return [start.closest('tr, li, p, dd') ?? start];
	const level = start ? (levelOf(start) ?? 7) : 0;
	const section: Element[] = start ? [start] : [];
	for (let node = start ? start.nextElementSibling : content.firstElementChild; node; node = node.nextElementSibling) {
		const nodeLevel = levelOf(node);
		if (nodeLevel !== undefined && (level === 0 || nodeLevel <= level)) break;
		section.push(node);
	}
	return section;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Wraps each word of the text nodes under `roots` that is one of `searched` in `<mark class="search-highlight">`. */
export function markWords(roots: Element[], searched: string[]): number {
	const words = searched.map(normaliseQuery).filter((word) => word.length > 1);
	let marked = 0;
	for (const root of roots) {
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
			// Left unmarked as the search left them out of its index: code, and what is marked to be ignored.
			acceptNode: (node) =>
				node.parentElement?.closest('pre, script, style, mark, [data-pagefind-ignore]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
		});
		const texts: Text[] = [];
		while (walker.nextNode()) texts.push(walker.currentNode as Text);
		for (const text of texts) {
			const value = text.data;
			const parts: Node[] = [];
			let last = 0;
			for (const match of value.matchAll(wordPattern)) {
				const word = normaliseQuery(match[0]);
				if (!words.some((searchedWord) => sameWord(searchedWord, word))) continue;
				parts.push(document.createTextNode(value.slice(last, match.index)));
				const mark = document.createElement('mark');
				mark.className = 'search-highlight';
				mark.textContent = match[0];
				parts.push(mark);
				last = match.index + match[0].length;
				marked++;
			}
			if (parts.length === 0) continue;
			parts.push(document.createTextNode(value.slice(last)));
			text.replaceWith(...parts);
		}
	}
	return marked;
}

/** Marks the words the address names in the section it opens. */
export function highlightArrival(highlightParam: string): void {
	const words = new URLSearchParams(location.search).getAll(highlightParam);
	const content = document.querySelector('.sl-markdown-content') ?? document.querySelector('[data-pagefind-body]');
	if (!content || words.length === 0) return;
	const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
	markWords(targetSection(content, target), words);
}
