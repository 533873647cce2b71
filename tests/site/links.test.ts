import { describe, expect, it } from 'vitest';
import { platformLinks } from '../../src/data/platformLinks.ts';
import { builtPagePaths, fileForPath, readPage, redirectTarget } from '../support/dist.ts';

const pagePaths = builtPagePaths();

/** Every link on every built page, resolved against the page's own URL. */
const links = pagePaths.flatMap((pagePath) =>
	[...readPage(pagePath).querySelectorAll('a[href]')].map((a) => ({
		page: pagePath,
		href: a.getAttribute('href')!,
		url: new URL(a.getAttribute('href')!, `http://site.invalid${pagePath}`),
	})),
);

/** Follows redirect pages, as a browser would, to the page a reader lands on. */
function landingPath(path: string): string | undefined {
	for (let hops = 0; hops < 5; hops++) {
		const file = fileForPath(path);
		if (!file) return undefined;
		const target = redirectTarget(readPage(path));
		if (!target) return path;
		path = new URL(target, `http://site.invalid${path}`).pathname;
	}
	return undefined;
}

describe('links in the built site (an independent crawl of dist/)', () => {
	it('finds the pages and their links', () => {
		expect(pagePaths.length).toBeGreaterThanOrEqual(8);
		expect(links.length).toBeGreaterThan(100);
	});

	it('has no internal link to a missing page or a missing heading', () => {
		const broken = links
			.filter(({ url }) => url.host === 'site.invalid')
			.flatMap(({ page, href, url }) => {
				const landing = landingPath(url.pathname);
				if (!landing) return [`${page}: ${href} (no such page)`];
				const id = decodeURIComponent(url.hash.slice(1));
				if (id && !readPage(landing).getElementById(id)) return [`${page}: ${href} (no #${id} on ${landing})`];
				return [];
			});
		expect(broken).toEqual([]);
	});

	it('leaves no page that only search can reach: each is linked from another page', () => {
		const linkedFromElsewhere = new Set(
			links
				// The A–Z index lists every page, so only other pages' links show how readers find one.
				.filter(({ page, url }) => url.host === 'site.invalid' && url.pathname !== page && page !== '/a-z/')
				.map(({ url }) => landingPath(url.pathname)),
		);
		const unlinked = pagePaths.filter((path) => redirectTarget(readPage(path)) === undefined && !path.startsWith('/404') && !linkedFromElsewhere.has(path));
		expect(unlinked).toEqual([]);
	});

	it('links to haresign.net only through the single list of platform addresses', () => {
		const known = new Set(Object.values(platformLinks));
		const strays = links
			.filter(({ url }) => url.hostname === 'haresign.net' || url.hostname.endsWith('.haresign.net'))
			.filter(({ url }) => !known.has(url.href))
			.map(({ page, href }) => `${page}: ${href}`);
		expect(strays).toEqual([]);
	});
});
