import { heading, keptOutOfSearch, link, paragraph, text, type Node } from '../lib/mdast.ts';
import { faqHelperNames, mountAttribute, type FaqHelperKind } from './mount-point.ts';

/** The id of the heading the page gives each helper: its address in "On this page" and in search results. */
export const helperHeadingIds: Record<FaqHelperKind, string> = {
	citation: 'cite-a-figure',
	'problem-report': 'describe-the-problem',
};

/**
 * What each helper is called and what it does, written into the page: its heading is in "On this
 * page" and in the search index, so a reader who asks for it by its job finds it.
 */
const introductions: Record<FaqHelperKind, { title: string; says: Node[] }> = {
	citation: {
		title: 'Cite a figure',
		says: [
			text('Fill in the figure and what it is about, and this writes the citation or reference to copy into a board report or paper: '),
			text('the source dataset and its publisher, the period, organisation and comparator, and the caveat that '),
			link('/data-sources/#caveats-by-kind-of-data', 'Data Sources'),
			text(' records for the dataset.'),
		],
	},
	'problem-report': {
		title: 'Describe the problem',
		says: [text('Fill in what looks wrong, and this writes a message about it to copy and send to Haresign.')],
	},
};

/** Said where the helper would be when it cannot be: the answer above still says what to include. */
const withoutJavaScript = 'This helper needs JavaScript, which is off in this browser. The answer above lists what to include.';

/**
 * The helper's heading and what it does, then the place it is built in: an empty, hidden <div>, so
 * the helper's code and records arrive only with its code. Without JavaScript, a line says so
 * (after the <div>: the loader watches what the <div> follows, which must be on screen).
 */
const helperSection = (kind: FaqHelperKind): Node[] => [
	heading(3, helperHeadingIds[kind], introductions[kind].title),
	paragraph(...introductions[kind].says),
	{ type: 'paragraph', data: { hName: 'div', hProperties: { hidden: true, [mountAttribute]: kind } }, children: [] },
	keptOutOfSearch({ type: 'paragraph', data: { hName: 'noscript' }, children: [text(withoutJavaScript)] }),
];

/** For the data-blocks plugin: `::citation-helper` and `::problem-report-helper`. */
export const faqHelperBlocks = Object.fromEntries(Object.entries(faqHelperNames).map(([name, kind]) => [name, (): Node[] => helperSection(kind)]));

/** Whether a page's Markdown places a helper: only then does the page carry the helpers' loader. */
export const placesFaqHelper = (markdown: string): boolean => Object.keys(faqHelperNames).some((name) => new RegExp(`^::${name}[ \\t]*$`, 'm').test(markdown));

/**
 * The describe-a-problem helper's tick boxes are its answer's checklist, the list above it in its
 * question (helpers.ts reads it in the browser): where the question has no list, the helper would
 * show none, without a word. Each such placing, with its file's line.
 */
export function checklistMistakes(markdown: string, shownFile: string): string[] {
	const lines = markdown.split('\n');
	return lines.flatMap((line, index) => {
		if (!/^::problem-report-helper[ \t]*$/.test(line)) return [];
		for (let above = index - 1; above >= 0 && !/^#{1,2} /.test(lines[above]!); above--) {
			if (/^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]/.test(lines[above]!)) return [];
		}
		return [
			`${shownFile}:${index + 1}: ::problem-report-helper makes its tick boxes from the checklist above it in its question, and finds none; write the checks as a list, one per line starting with "- ".`,
		];
	});
}
