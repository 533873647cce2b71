import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileForPath, readPage } from './dist.ts';

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

export interface FirstViewResource {
	/** The URL path the browser requests, e.g. `/_astro/common.css`. */
	path: string;
	kind: ResourceKind;
	/** Bytes after gzip, as a static host that compresses text sends them. */
	gzipBytes: number;
}

export interface FirstView {
	/** Every request a browser makes for the page before the reader does anything, HTML first. */
	resources: FirstViewResource[];
	/** External scripts (with their static imports) plus the page's inline scripts, gzipped. */
	jsBytes: number;
	cssBytes: number;
	totalBytes: number;
	/** `@font-face` rules in the page's stylesheets: any one of them is a web font download. */
	fontFaces: number;
	hasCodeBlocks: boolean;
}

const gzipBytes = (content: string | Buffer): number => gzipSync(content).length;

const kindOf = (path: string): ResourceKind => {
	if (/\.(css)$/.test(path)) return 'css';
	if (/\.(m?js)$/.test(path)) return 'js';
	if (/\.(woff2?|ttf|otf|eot)$/.test(path)) return 'font';
	if (/\.(svg|png|jpe?g|gif|webp|avif|ico)$/.test(path)) return 'image';
	return 'other';
};

/** Static `import … from "x"`, `import "x"` and `export … from "x"` in built (minified) modules; `import()` is left out. */
const staticImports = (code: string): string[] =>
	[...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g)].map((match) => match[1]!);

/** `url(…)` references in CSS that are not data: URIs. */
const cssUrls = (css: string): string[] =>
	[...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((match) => match[1]!).filter((url) => !url.startsWith('data:'));

const isLocal = (url: string): boolean => !/^[a-z]+:/i.test(url) && !url.startsWith('//');

/**
 * What a browser downloads for a built page on first view, from the HTML's own references:
 * stylesheets (print ones too: Chromium fetches them at low priority on every view), the icon,
 * module scripts and the modules they import statically, images, and whatever the CSS pulls in.
 * Dynamic `import()` is left out: the browser test checks nothing else is fetched before the reader acts.
 */
export function firstViewOf(urlPath: string): FirstView {
	const htmlFile = fileForPath(urlPath);
	if (!htmlFile) throw new Error(`No built page at ${urlPath}`);
	const document = readPage(urlPath);
	const resources: FirstViewResource[] = [{ path: urlPath, kind: 'html', gzipBytes: gzipBytes(readFileSync(htmlFile)) }];
	const seen = new Set<string>([urlPath]);
	let fontFaces = 0;

	const add = (url: string, base: string, kind?: ResourceKind): void => {
		if (!isLocal(url)) throw new Error(`${urlPath} loads ${url} from another host`);
		const path = new URL(url, `http://site${base}`).pathname;
		if (seen.has(path)) return;
		seen.add(path);
		const file = fileForPath(path);
		if (!file || !existsSync(file)) throw new Error(`${urlPath} references ${path}, which is not in dist/`);
		const content = readFileSync(file);
		const resourceKind = kind ?? kindOf(path);
		resources.push({ path, kind: resourceKind, gzipBytes: gzipBytes(content) });
		if (resourceKind === 'js') for (const imported of staticImports(content.toString('utf8'))) add(imported, path, 'js');
		if (resourceKind === 'css') {
			const css = content.toString('utf8');
			fontFaces += css.match(/@font-face/g)?.length ?? 0;
			for (const referenced of cssUrls(css)) add(referenced, path);
		}
	};

	const icons = [...document.querySelectorAll('link[rel~="icon"]')].map((link) => link.getAttribute('href')!);
	// With no icon link, browsers ask for /favicon.ico anyway.
	if (icons.length === 0) icons.push('/favicon.ico');
	for (const href of icons) if (!href.startsWith('data:')) add(href, urlPath, 'image');
	for (const link of document.querySelectorAll('link[rel~="stylesheet"], link[rel="preload"], link[rel="modulepreload"]')) {
		add(link.getAttribute('href')!, urlPath);
	}
	for (const script of document.querySelectorAll('script[src]')) add(script.getAttribute('src')!, urlPath, 'js');
	for (const script of document.querySelectorAll('script[type="module"]:not([src])')) {
		for (const imported of staticImports(script.textContent ?? '')) add(imported, urlPath, 'js');
	}
	for (const image of document.querySelectorAll('img[src]')) {
		const src = image.getAttribute('src')!;
		if (!src.startsWith('data:')) add(src, urlPath, 'image');
	}
	for (const style of document.querySelectorAll('style')) {
		const css = style.textContent ?? '';
		fontFaces += css.match(/@font-face/g)?.length ?? 0;
		for (const referenced of cssUrls(css)) add(referenced, urlPath);
	}

	const inlineScripts = [...document.querySelectorAll('script:not([src])')]
		.filter((script) => !/json/.test(script.getAttribute('type') ?? ''))
		.map((script) => script.textContent ?? '')
		.join('\n');
	const sum = (kind: ResourceKind) => resources.filter((resource) => resource.kind === kind).reduce((total, resource) => total + resource.gzipBytes, 0);
	return {
		resources,
		jsBytes: sum('js') + (inlineScripts.trim() ? gzipBytes(inlineScripts) : 0),
		cssBytes: sum('css'),
		totalBytes: resources.reduce((total, resource) => total + resource.gzipBytes, 0),
		fontFaces,
		hasCodeBlocks: document.querySelector('pre') !== null,
	};
}
