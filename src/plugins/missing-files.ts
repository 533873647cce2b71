import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { HastPluginDefinition } from 'satteri';
import { authoringError, placeInPage } from '../lib/authoring-errors.ts';

/** An address of a file rather than a page: its last part has an extension (`/files/guide.pdf`). */
const fileAddress = /^\/(?!\/)(?:[^?#]*\/)?[^/?#]+\.[a-z0-9]+(?:[?#].*)?$/i;

/** Files the build writes itself, which public/ does not hold (src/config/llms-txt.ts, src/integrations/static-host-files.ts, the sitemap). */
const writtenByTheBuild = new Set(['/llms.txt', '/llms-full.txt', '/llms-small.txt', '/robots.txt', '/sitemap-index.xml']);

function checkFile(address: unknown, what: 'image' | 'file', fileURL: URL | undefined): void {
	if (typeof address !== 'string' || !fileAddress.test(address)) return;
	const path = decodeURIComponent(address.replace(/[?#].*$/, ''));
	if (writtenByTheBuild.has(path) || existsSync(join(process.cwd(), 'public', path))) return;
	throw authoringError(
		`${placeInPage(fileURL, address)}: the ${what} ${address} is not in the public/ folder (public${path}), so readers would get nothing; add it there, or correct the address.`,
	);
}

/**
 * Fails the build on an image or a link to a file, written from the site's root, that is not in
 * public/: published, it would be a broken image or a "page not found". Links to pages are the
 * link checker's; an image beside the page (`./chart.png`) is Astro's, which names it.
 */
export const missingFilesPlugin: HastPluginDefinition = {
	name: 'haresign-missing-files',
	// HTML written into the Markdown: <img src="…">, <a href="…">.
	raw(node, ctx) {
		for (const [, tag, address] of node.value.matchAll(/<(img|a)\b[^>]*?\s(?:src|href)\s*=\s*["']([^"']+)["']/gi)) {
			checkFile(address, tag!.toLowerCase() === 'img' ? 'image' : 'file', ctx.fileURL);
		}
	},
	element: {
		filter: ['img', 'a'],
		visit(node, ctx) {
			const isImage = node.tagName === 'img';
			checkFile(node.properties[isImage ? 'src' : 'href'], isImage ? 'image' : 'file', ctx.fileURL);
		},
	},
};
