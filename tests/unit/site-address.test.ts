import { describe, expect, it } from 'vitest';
import { siteAddressFrom } from '../../src/config/site.ts';

describe('the site address, from the build environment', () => {
	it('is none when no variable is set, so the build works as before with sitemap and canonical links off', () => {
		expect(siteAddressFrom({})).toBeUndefined();
		expect(siteAddressFrom({ SITE_URL: '  ' })).toBeUndefined();
	});

	it('from SITE_URL: origin as the site, path as the base', () => {
		expect(siteAddressFrom({ SITE_URL: 'https://help.example.org/en/latest/' })).toEqual({
			site: 'https://help.example.org',
			base: '/en/latest/',
			href: 'https://help.example.org/en/latest/',
			variable: 'SITE_URL',
		});
		expect(siteAddressFrom({ SITE_URL: 'https://help.example.org' })).toMatchObject({ base: '/', href: 'https://help.example.org/' });
		expect(siteAddressFrom({ SITE_URL: 'http://localhost:4321/docs' })).toMatchObject({ base: '/docs/', site: 'http://localhost:4321' });
	});

	it('from Read the Docs’ READTHEDOCS_CANONICAL_URL alone, with its /<language>/<version>/ path', () => {
		expect(siteAddressFrom({ READTHEDOCS: 'True', READTHEDOCS_CANONICAL_URL: 'https://haresign.readthedocs.io/en/latest/' })).toEqual({
			site: 'https://haresign.readthedocs.io',
			base: '/en/latest/',
			href: 'https://haresign.readthedocs.io/en/latest/',
			variable: 'READTHEDOCS_CANONICAL_URL',
		});
	});

	it('from Netlify’s URL only on Netlify, and from Cloudflare Pages’ CF_PAGES_URL', () => {
		expect(siteAddressFrom({ NETLIFY: 'true', URL: 'https://help.example.org' })).toMatchObject({ variable: 'URL', base: '/' });
		expect(siteAddressFrom({ URL: 'https://somewhere.example' })).toBeUndefined();
		expect(siteAddressFrom({ CF_PAGES: '1', CF_PAGES_URL: 'https://abc123.haresign-help.pages.dev' })).toMatchObject({ variable: 'CF_PAGES_URL' });
	});

	it('takes SITE_URL over any host’s variable, so the owner can always choose', () => {
		const env = {
			SITE_URL: 'https://help.example.org/',
			READTHEDOCS_CANONICAL_URL: 'https://x.readthedocs.io/en/latest/',
			NETLIFY: 'true',
			URL: 'https://x.netlify.app',
			CF_PAGES_URL: 'https://x.pages.dev',
		};
		expect(siteAddressFrom(env)?.variable).toBe('SITE_URL');
		expect(siteAddressFrom({ ...env, SITE_URL: undefined })?.variable).toBe('READTHEDOCS_CANONICAL_URL');
	});

	it.each([
		['ftp://help.example.org/', /SITE_URL="ftp:\/\/help\.example\.org\/".*starts with "ftp:"/],
		['help.example.org', /SITE_URL="help\.example\.org".*is not an address/],
		['https://help.example.org/?lang=en', /SITE_URL=".*".*carries a query/],
		['https://help.example.org/#top', /SITE_URL=".*".*carries a fragment/],
	])('fails the build on %s, saying what was read and from which variable', (value, message) => {
		expect(() => siteAddressFrom({ SITE_URL: value })).toThrow(message);
	});

	it('names the host’s variable when that is where a bad address came from', () => {
		expect(() => siteAddressFrom({ READTHEDOCS_CANONICAL_URL: 'https://x.readthedocs.io/en/latest/?q' })).toThrow(
			/READTHEDOCS_CANONICAL_URL=.*from Read the Docs/,
		);
	});
});
