/**
 * The Haresign platform's addresses: the only place they are written.
 * Markdown pages use them as `platform:<name>` links (see `src/plugins/platform-links.ts`);
 * components and tests import them from here.
 */
export const platformOrigin = 'https://haresign.net';

const platformPaths = {
	home: '/',
	tools: '/tools/',
	register: '/accounts/register/',
	signIn: '/accounts/login/',
	profile: '/accounts/profile/',
	passwordReset: '/accounts/password-reset/',
	privacyPolicy: '/privacy-policy/',
	cookiePolicy: '/cookie-policy/',
	apiIndex: '/api/v1/',
	apiDocs: '/api/docs/',
	apiRedoc: '/api/redoc/',
	apiSchema: '/api/schema/',
} as const;

export type PlatformLinkName = keyof typeof platformPaths;

export const platformLinks = Object.fromEntries(
	Object.entries(platformPaths).map(([name, path]) => [name, new URL(path, platformOrigin).href]),
) as Record<PlatformLinkName, string>;

export function isPlatformLinkName(name: string): name is PlatformLinkName {
	return Object.hasOwn(platformPaths, name);
}
