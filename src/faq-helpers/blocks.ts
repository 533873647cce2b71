import type { Node } from '../lib/mdast.ts';
import { faqHelperNames, mountAttribute, type FaqHelperKind } from './mount-point.ts';

/**
 * An empty, hidden <div>: without JavaScript the page reads exactly as the author wrote it, and the
 * helper's words and records arrive only with its code.
 */
const mountPoint = (kind: FaqHelperKind): Node => ({
	type: 'paragraph',
	data: { hName: 'div', hProperties: { hidden: true, [mountAttribute]: kind } },
	children: [],
});

/** For the data-blocks plugin: `::citation-helper` and `::problem-report-helper`. */
export const faqHelperBlocks = Object.fromEntries(Object.entries(faqHelperNames).map(([name, kind]) => [name, (): Node[] => [mountPoint(kind)]]));

/** Whether a page's Markdown places a helper: only then does the page carry the helpers' loader. */
export const placesFaqHelper = (markdown: string): boolean => Object.keys(faqHelperNames).some((name) => new RegExp(`^::${name}[ \\t]*$`, 'm').test(markdown));
