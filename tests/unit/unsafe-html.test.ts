import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../support/markdown.ts';

describe('HTML that runs code, written into a page (src/plugins/unsafe-html.ts)', () => {
	it.each([
		['a script', 'Text.\n\n<script>alert(1)</script>\n', '<script> is not allowed in a page'],
		['an iframe', '<iframe src="https://example.org/"></iframe>\n', '<iframe> is not allowed in a page'],
		['an event handler on an image', '<img src="chart.png" alt="Chart" onerror="alert(1)">\n', 'the event handler onerror= is not allowed in a page'],
		['an event handler inline', 'Some <span onclick="go()">text</span>.\n', 'the event handler onclick= is not allowed in a page'],
		['a javascript: link in Markdown', '[Open](javascript:alert(1))\n', 'a javascript: address is not allowed in a page'],
		['a javascript: link in HTML', '<a href="JavaScript:alert(1)">Open</a>\n', 'a javascript: address is not allowed in a page'],
	])('stops the build, naming the file: %s', async (_mistake, markdown, message) => {
		await expect(renderMarkdown(markdown, 'unsafe.md')).rejects.toThrow(`content/docs/unsafe.md: ${message}: it would run code in readers' browsers.`);
	});

	it.each([
		['plain HTML', 'A <abbr title="Primary Care Network">PCN</abbr> and <kbd>Ctrl</kbd>.\n'],
		['words that only look like it', 'The word javascript: in a sentence, and "onerror=" in `code`.\n'],
		['an ordinary link', '[the FAQ](/faq/) and [NHS England](https://www.england.nhs.uk/)\n'],
	])('lets through %s', async (_kind, markdown) => {
		await expect(renderMarkdown(markdown, 'safe.md')).resolves.toBeTruthy();
	});
});
