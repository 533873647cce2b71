import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redirects } from '../../src/config/redirects.ts';
import { loadPublishedAddresses, pageAddresses } from '../../src/data/records.ts';
import { unlistedMessage, unlistedPages, vanishedAddresses, vanishedMessage } from '../../src/integrations/published-addresses.ts';

const dir = mkdtempSync(join(tmpdir(), 'haresign-addresses-'));
function yamlFile(text: string): string {
	const file = join(dir, 'published-addresses.yaml');
	writeFileSync(file, text);
	return file;
}

describe('the published addresses (content/data/published-addresses.yaml)', () => {
	it('each have a page or a redirect on the real site, and every page is listed', () => {
		const published = loadPublishedAddresses();
		expect(vanishedAddresses(published, pageAddresses(), Object.keys(redirects))).toEqual([]);
		expect(unlistedPages(published, pageAddresses())).toEqual([]);
	});

	it('count a page by its file, an index file as its folder, and leave out the 404 page', () => {
		expect(pageAddresses()).toContain('/');
		expect(pageAddresses()).toContain('/tools/qof/');
		expect(pageAddresses()).not.toContain('/404/');
	});

	it('name an address whose page was deleted or renamed without a redirect, and the line that keeps it', () => {
		expect(vanishedAddresses(['/faq/', '/accounts/', '/data-import/'], ['/faq/'], ['/data-import/'])).toEqual(['/accounts/']);
		expect(vanishedMessage('/accounts/')).toBe(
			"/accounts/ was published, but no page has that address now and no redirect leads from it. If its page moved, add this line to `redirects` in src/config/redirects.ts: '/accounts/': '/where-it-is-now/',",
		);
	});

	it('list a new page not yet in the file, as the line to add', () => {
		expect(unlistedPages(['/faq/'], ['/faq/', '/new-page/'])).toEqual(['/new-page/']);
		expect(unlistedMessage(['/new-page/'])).toMatch(/add: - \/new-page\/$/);
	});

	it('refuse an address that is not a path from the root ending in "/", naming the item', () => {
		expect(() => loadPublishedAddresses(yamlFile('- /faq/\n- accounts\n- /Tools/QOF\n'))).toThrow(
			/item 2, "accounts": an address starts and ends with "\/".*\n.*item 3, "\/Tools\/QOF"/,
		);
		expect(() => loadPublishedAddresses(yamlFile('/faq/\n'))).toThrow(/expected a list of addresses, one per line, like "- \/tools\/qof\/"/);
	});
});
