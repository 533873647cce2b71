import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalise } from '../support/dist.ts';
import { serveSite, type StaticSite } from '../support/server.ts';

let site: StaticSite;

beforeAll(async () => {
	site = await serveSite();
});

afterAll(() => site?.close());

describe('an address the site does not have', () => {
	it.each(['/no-such-page/', '/faq/no-such-question/', '/tools/no-such-tool/'])('%s gets the site’s 404 page, with search and a way home', async (path) => {
		const response = await fetch(`${site.origin}${path}`);
		expect(response.status).toBe(404);
		const { document } = parseHTML(await response.text());
		expect(normalise(document.querySelector('main h1')?.textContent)).toBe('Page not found');
		expect(document.querySelector('main a[href="/"]')).not.toBeNull();
		// A search in the page itself, and the site-wide one.
		expect(document.querySelector('main [role="search"] input[type="search"]')).not.toBeNull();
		expect(document.querySelector('header button[data-search-open]')).not.toBeNull();
	});
});
