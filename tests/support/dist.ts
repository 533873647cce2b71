import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { distDir } from './paths.ts';

/** The URL path of every built HTML page in dist/, e.g. `/faq/`, with 404.html as `/404.html`. */
export function builtPagePaths(): string[] {
	const paths: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
			} else if (entry.name.endsWith('.html')) {
				const path = '/' + relative(distDir, full).replaceAll('\\', '/');
				paths.push(path.endsWith('/index.html') || path === '/index.html' ? path.replace(/index\.html$/, '') : path);
			}
		}
	};
	walk(distDir);
	return paths.sort();
}

/** The file in dist/ that a static host serves for a URL path, or undefined when it would 404. */
export function fileForPath(urlPath: string): string | undefined {
	const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
	const candidates = clean.endsWith('/') ? [join(distDir, clean, 'index.html')] : [join(distDir, clean)];
	return candidates.find((file) => existsSync(file) && !file.endsWith('/'));
}

const parsedPages = new Map<string, Document>();

export function readPage(urlPath: string): Document {
	const file = fileForPath(urlPath);
	if (!file) throw new Error(`No built page at ${urlPath}`);
	if (!parsedPages.has(file)) parsedPages.set(file, parseHTML(readFileSync(file, 'utf8')).document as unknown as Document);
	return parsedPages.get(file)!;
}

/** A redirect page's target, from its meta refresh, or undefined for an ordinary page. */
export function redirectTarget(document: Document): string | undefined {
	const refresh = document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
	return refresh?.match(/url=(.*)$/i)?.[1];
}

/** Collapses runs of white space, as a reader sees text. */
export const normalise = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
