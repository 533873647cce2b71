import { describe, expect, it } from 'vitest';
import { wordsFromPath } from '../../src/components/wordsFromPath.ts';

describe('the words the 404 page offers to search for', () => {
	it.each([
		['/tools/qof/', 'qof'],
		['/tools/gp-appointments/', 'gp appointments'],
		['/ai-connections/', 'ai connections'],
		['/workflows', 'workflows'],
		['/old/page.html', 'page'],
		['/', ''],
		['/%3Cimg%20src=x%20onerror=alert(1)%3E/', 'img src x onerror alert 1'],
		['/%E0%A4%A/', 'E0 A4 A'],
	])('%s gives "%s"', (path, words) => {
		expect(wordsFromPath(path)).toBe(words);
	});
});
