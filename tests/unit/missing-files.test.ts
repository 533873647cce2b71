import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../support/markdown.ts';

describe('an image or a file a page links to that is not in public/ (src/plugins/missing-files.ts)', () => {
	it.each([
		[
			'an image',
			'Text.\n\n![The appointments chart](/images/appointments.png)\n',
			'content/docs/files.md: the image /images/appointments.png is not in the public/ folder (public/images/appointments.png)',
		],
		[
			'a file link',
			'Read [the guide (PDF)](/files/qof%20guide.pdf#page=2).\n',
			'content/docs/files.md: the file /files/qof%20guide.pdf#page=2 is not in the public/ folder (public/files/qof guide.pdf)',
		],
		['an image in HTML', '<img src="/images/chart.svg" alt="Chart">\n', 'content/docs/files.md: the image /images/chart.svg is not in the public/ folder'],
	])('stops the build, naming the page and the missing file: %s', async (_mistake, markdown, message) => {
		await expect(renderMarkdown(markdown, 'files.md')).rejects.toThrow(message);
	});

	it.each([
		['a file that is there', '![Haresign](/favicon.svg)\n'],
		['a file the build writes', 'Give your assistant [the help as one file](/llms-full.txt).\n'],
		['links to pages and other sites', '[the FAQ](/faq/), [a section](/faq/#can-i-export-data) and [a report](https://example.org/report.pdf)\n'],
	])('lets through %s', async (_kind, markdown) => {
		await expect(renderMarkdown(markdown, 'files.md')).resolves.toBeTruthy();
	});
});
