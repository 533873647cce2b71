import { describe, expect, it } from 'vitest';
import { builtPagePaths, readPage, redirectTarget } from '../support/dist.ts';
import { firstViewOf } from '../support/first-view.ts';

const KB = 1024;

/**
 * Byte budgets for every built page, gzipped, from dist/ and what each page's HTML references
 * (tests/support/first-view.ts). Readers are on old laptops, phones and congested NHS networks:
 * the budgets keep a default Starlight site's weight (48–57 KB, 9–12 requests) from creeping back.
 */
const budgets = {
	/** Everything on first view, so a page arrives in one or two round trips on a slow network. */
	totalBytes: 25 * KB,
	/** Pages with code blocks may spend a little more on highlighting. */
	totalBytesWithCode: 30 * KB,
	/** JavaScript before the reader opens search: the theme switch, mobile menu and table of contents, not the search UI. */
	jsBytes: 6 * KB,
	/** Each request is a round trip that a congested network makes slow. */
	requests: 8,
	/** System fonts: a web font is a download and a flash of changing text for no reader's benefit. */
	fontFaces: 0,
};

const pages = builtPagePaths().filter((path) => !redirectTarget(readPage(path)));

describe('first-view budgets (gzip)', () => {
	it.each(pages)('%s stays within its byte, JavaScript, request and font budgets', (path) => {
		const view = firstViewOf(path);
		const summary = view.resources.map((resource) => `${resource.path} ${resource.gzipBytes} B`).join('\n');
		expect(view.totalBytes, `total bytes; the page loads:\n${summary}`).toBeLessThanOrEqual(
			view.hasCodeBlocks ? budgets.totalBytesWithCode : budgets.totalBytes,
		);
		expect(view.jsBytes, `JavaScript bytes; the page loads:\n${summary}`).toBeLessThanOrEqual(budgets.jsBytes);
		expect(view.resources.length, `requests:\n${summary}`).toBeLessThanOrEqual(budgets.requests);
		expect(view.fontFaces, 'web fonts').toBe(budgets.fontFaces);
	});
});
