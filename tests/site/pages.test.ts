import { describe, expect, it } from 'vitest';
import { normalise, readPage, redirectTarget } from '../support/dist.ts';

/** The help pages and the titles readers see: the old help site's URLs are kept. */
const pages = [
	{ path: '/', title: 'Haresign help' },
	{ path: '/faq/', title: 'Frequently asked questions' },
	{ path: '/accounts/', title: 'Accounts and Workspaces' },
	{ path: '/data-sources/', title: 'Data Sources' },
	{ path: '/public-vs-account/', title: 'Public access or an account' },
	{ path: '/glossary/', title: 'Glossary' },
	{ path: '/api/', title: 'Developer API' },
];

describe('help pages', () => {
	it.each(pages)('$path is built with the title "$title"', ({ path, title }) => {
		const document = readPage(path);
		expect(normalise(document.querySelector('h1')?.textContent)).toBe(title);
		expect(normalise(document.title)).toMatch(new RegExp(`^${title}`));
	});

	it('keeps the old /data-import/ address, leading to Data Sources', () => {
		expect(redirectTarget(readPage('/data-import/'))).toBe('/data-sources/');
	});

	it('links from the home page to registering, signing in, the tools, the API docs and every help page', () => {
		const hrefs = [...readPage('/').querySelectorAll('main a')].map((a) => a.getAttribute('href'));
		expect(hrefs).toEqual(
			expect.arrayContaining([
				'https://haresign.net/accounts/register/',
				'https://haresign.net/accounts/login/',
				'https://haresign.net/tools/',
				'https://haresign.net/api/docs/',
				'/faq/',
				'/accounts/',
				'/data-sources/',
			]),
		);
	});
});
