import { readFileSync } from 'node:fs';
import type { Heading, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { faqSource } from './paths.ts';

export interface FaqEntry {
	question: string;
	/** The answer's paragraphs and list items, in order, as plain text. */
	blocks: string[];
	/** The bare URLs the answer gives. */
	urls: string[];
}

const textOf = (node: RootContent): string =>
	'value' in node ? node.value : 'children' in node ? node.children.map((child) => textOf(child as RootContent)).join('') : '';

const urlsOf = (node: RootContent): string[] =>
	node.type === 'link' ? [node.url] : 'children' in node ? node.children.flatMap((child) => urlsOf(child as RootContent)) : [];

/** The anchor readers and other pages link to: the question in lower case, words joined by hyphens. */
export const faqAnchor = (question: string): string =>
	question
		.toLowerCase()
		.replace(/[^a-z0-9 ]/g, '')
		.trim()
		.replace(/ +/g, '-');

/** The owner's FAQ (tests/fixtures/owner-faq.md), parsed as GitHub-flavoured Markdown: each `##` question with its answer. */
export function readFaqSource(): FaqEntry[] {
	const tree = unified().use(remarkParse).use(remarkGfm).parse(readFileSync(faqSource, 'utf8')) as Root;
	const entries: FaqEntry[] = [];
	for (const node of tree.children) {
		if (node.type === 'heading' && (node as Heading).depth === 2) {
			entries.push({ question: textOf(node), blocks: [], urls: [] });
		} else if (entries.length > 0 && node.type !== 'thematicBreak') {
			const entry = entries.at(-1)!;
			entry.urls.push(...urlsOf(node));
			if (node.type === 'list') {
				entry.blocks.push(...node.children.map((item) => textOf(item)));
			} else {
				entry.blocks.push(textOf(node));
			}
		}
	}
	return entries;
}
