import type { AstroIntegration } from 'astro';
import { redirects } from '../config/redirects.ts';
import { loadPublishedAddresses, pageAddresses, RecordError } from '../data/records.ts';
import { stopTheBuild } from '../lib/authoring-errors.ts';

/** The published addresses that now have neither a page nor a redirect: each would be a dead link in a board paper. */
export const vanishedAddresses = (published: string[], pages: string[], redirected: string[]): string[] =>
	published.filter((address) => !pages.includes(address) && !redirected.includes(address));

/** The pages whose address is not yet in the list, so nothing would notice it vanish. */
export const unlistedPages = (published: string[], pages: string[]): string[] => pages.filter((address) => !published.includes(address));

export const vanishedMessage = (address: string): string =>
	`${address} was published, but no page has that address now and no redirect leads from it. ` +
	`If its page moved, add this line to \`redirects\` in src/config/redirects.ts: '${address}': '/where-it-is-now/',`;

export const unlistedMessage = (addresses: string[]): string =>
	`${addresses.length} page address(es) not yet in content/data/published-addresses.yaml, which keeps them from vanishing later; add: ` +
	`${addresses
		.slice(0, 10)
		.map((address) => `- ${address}`)
		.join('  ')}${addresses.length > 10 ? '  …' : ''}`;

/**
 * Published addresses never vanish (content/data/published-addresses.yaml): checked from the page
 * files before anything is built, so a renamed or deleted page stops the build with the line to
 * add. A page not yet listed is a warning at the end of the build.
 */
export function keepPublishedAddresses(): AstroIntegration {
	let unlisted: string[] = [];
	return {
		name: 'haresign:published-addresses',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				let published: string[];
				try {
					published = loadPublishedAddresses();
				} catch (error) {
					if (!(error instanceof RecordError)) throw error;
					stopTheBuild(logger, error.message);
				}
				const pages = pageAddresses();
				const vanished = vanishedAddresses(published, pages, Object.keys(redirects));
				if (vanished.length > 0) stopTheBuild(logger, vanished.map(vanishedMessage).join('\n'));
				unlisted = unlistedPages(published, pages);
			},
			'astro:build:done': ({ logger }) => {
				if (unlisted.length > 0) logger.warn(unlistedMessage(unlisted));
			},
		},
	};
}
