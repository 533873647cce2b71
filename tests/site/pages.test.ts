import { describe, expect, it } from 'vitest';
import { builtPagePaths, normalise, readPage, redirectTarget } from '../support/dist.ts';

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

	// A page left out of src/config/sidebar.ts builds, but no reader finds it from the menu or the home page.
	const helpPages = builtPagePaths().filter((path) => path.endsWith('/') && path !== '/' && !redirectTarget(readPage(path)));

	it.each(helpPages)('%s is in the menu and in the home page’s list of help pages', (path) => {
		const menu = [...readPage('/faq/').querySelectorAll('nav[aria-label="Main"] a')].map((a) => a.getAttribute('href'));
		const home = [...readPage('/').querySelectorAll('main a')].map((a) => a.getAttribute('href'));
		expect(menu).toContain(path);
		expect(home).toContain(path);
	});
});
