import type { HastPluginEntry } from 'satteri';
import type { Element, ElementContent, Text } from 'hast';
import { siteRecords } from '../data/records.ts';
import { authoringError } from '../lib/authoring-errors.ts';

/** Where an abbreviation is left alone: headings, links, code, existing <abbr>, and scripts and styles. */
const untouchedInside = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'kbd', 'abbr', 'script', 'style']);

interface Abbreviation {
	letters: string;
	expansion: string;
	glossaryHref: string;
}

function glossaryAbbreviations(): Abbreviation[] {
	let glossary;
	try {
		glossary = siteRecords().glossary;
	} catch (error) {
		// A mistake in the records fails the build, reported once however many pages meet it; the page goes on without abbreviations.
		authoringError((error as Error).message);
		return [];
	}
	return glossary
		.filter((term) => term.expansion)
		.map((term) => ({
			letters: term.abbreviation ?? term.term,
			expansion: term.expansion!,
			glossaryHref: `/glossary/#${term.id}`,
		}));
}

/**
 * Finds any of the letters, with a plural "s", as a whole word: not inside another word.
 * The letters are taken literally, so a term such as "C++" is no pattern of its own.
 */
export function abbreviationPattern(letters: string[]): RegExp {
	const alternatives = letters.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
	return new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(s?)(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * Explains the first use on each page of every glossary abbreviation (PCN, QOF, ICB…):
 * it becomes a link to its glossary entry, holding an <abbr> with the expansion. A link,
 * unlike a hover tooltip, reaches keyboard and screen-reader users.
 * A factory, so each page starts with nothing explained yet.
 */
export const abbreviationsPlugin: HastPluginEntry = () => {
	const abbreviations = glossaryAbbreviations();
	if (abbreviations.length === 0) return { name: 'haresign-abbreviations' };
	const byLetters = new Map(abbreviations.map((abbreviation) => [abbreviation.letters, abbreviation]));
	const pattern = abbreviationPattern(abbreviations.map((a) => a.letters));
	const mentionsAny = new RegExp(pattern.source, 'u');
	const explained = new Set<string>();

	return {
		name: 'haresign-abbreviations',
		text(node, ctx) {
			if (!mentionsAny.test(node.value)) return;
			// Most mentions come after the first on the page: only one not yet explained is worth the
			// walk up the tree, which took most of this visitor's time at a thousand pages.
			const mentions = [...node.value.matchAll(pattern)];
			if (mentions.every((match) => explained.has(match[1]!))) return;
			for (let parent: ReturnType<typeof ctx.parent> = ctx.parent(node); parent; parent = ctx.parent(parent)) {
				if (parent.type === 'element' && untouchedInside.has(parent.tagName)) return;
			}
			const pieces: ElementContent[] = [];
			let last = 0;
			for (const match of mentions) {
				const abbreviation = byLetters.get(match[1]!)!;
				if (explained.has(abbreviation.letters)) continue;
				explained.add(abbreviation.letters);
				if (match.index > last) pieces.push({ type: 'text', value: node.value.slice(last, match.index) } satisfies Text);
				pieces.push({
					type: 'element',
					tagName: 'a',
					properties: { href: abbreviation.glossaryHref, className: ['glossary-term'] },
					children: [
						{
							type: 'element',
							tagName: 'abbr',
							properties: { title: abbreviation.expansion },
							children: [{ type: 'text', value: match[0] }],
						} satisfies Element,
					],
				});
				last = match.index + match[0].length;
			}
			if (pieces.length === 0) return;
			if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
			ctx.replaceNode(node, pieces as never);
		},
	};
};
