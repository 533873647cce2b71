import { withBase } from '../lib/base-path.ts';

/**
 * Addresses of the old help site whose content now lives on another page. Board papers and
 * bookmarks link to them. Every other old address has a page of its own here.
 */
export const redirects: Record<string, string> = {
	'/data-import/': '/data-sources/',
};

/** The same redirects for Astro's `redirects`: Astro puts the base before each old address but not before its target. */
export function redirectsUnder(base: string): Record<string, string> {
	return Object.fromEntries(Object.entries(redirects).map(([from, to]) => [from, withBase(to, base)]));
}
