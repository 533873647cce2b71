/**
 * HTTP response headers for static hosts, written to dist/_headers at build time (the format
 * Netlify and Cloudflare Pages read). The Content-Security-Policy is added by the build, from the
 * pages' own policies, so it always matches what was built.
 */
export const securityHeaders = {
	'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

/** HTML and unhashed files: readers see a change within minutes. */
export const shortCache = 'public, max-age=300, must-revalidate';

/** Files whose names change with their content can be kept for a year. */
export const longCache = 'public, max-age=31536000, immutable';

/** URL patterns of content-hashed files: Astro's bundles and Pagefind's index chunks. */
export const hashedAssetPatterns = ['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*'] as const;
