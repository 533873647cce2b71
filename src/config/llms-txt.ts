import type { StarlightPlugin } from '@astrojs/starlight/types';
import starlightLlmsTxt from 'starlight-llms-txt';
import type { SiteAddress } from './site.ts';

/**
 * /llms.txt, /llms-full.txt and /llms-small.txt, for readers who hand the help to an AI assistant
 * (the platform has AI connections). They are plain text, so Pagefind never indexes them and no
 * page loads them. The plugin writes full addresses, so like the sitemap they come with the
 * site's address; with none, there are none.
 */
export function llmsTxt(address: SiteAddress | undefined): StarlightPlugin[] {
	if (!address) return [];
	return [
		starlightLlmsTxt({
			details:
				'The pages explain the Haresign platform to practice managers, PCN managers, clinicians, analysts and developers. Platform addresses in them are the real ones.',
			// The 404 page is no help to anyone who did not get lost.
			exclude: ['404'],
		}),
	];
}
