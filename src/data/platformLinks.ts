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
	/** The MCP endpoint readers paste into Claude, ChatGPT or another AI assistant as a custom connector. */
	mcp: '/mcp/',
	/** The signed-in reader's AI Connections page: where to start connecting, and where to revoke a connection. */
	mcpAbout: '/mcp/about/',
} as const;

export type PlatformLinkName = keyof typeof platformPaths;

export const platformLinks = Object.fromEntries(Object.entries(platformPaths).map(([name, path]) => [name, new URL(path, platformOrigin).href])) as Record<
	PlatformLinkName,
	string
>;

export function isPlatformLinkName(name: string): name is PlatformLinkName {
	return Object.hasOwn(platformPaths, name);
}
