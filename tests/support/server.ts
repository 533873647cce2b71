import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { distDir } from './paths.ts';

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.ico': 'image/x-icon',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
};

export interface ServeOptions {
	/** The built site to serve; dist/ unless a benchmark serves a generated corpus. */
	root?: string;
	/** Gzip text responses when the browser accepts it, as static hosts do, so transfer sizes are real. */
	gzip?: boolean;
	/** The path the site is served under, as Read the Docs serves `/en/latest/`; anything outside it is not found. */
	base?: string;
}

/** Pagefind's index files are gzipped already; these are the types a host compresses. */
const compressible = /^(text\/|application\/(json|xml|wasm|manifest\+json)|image\/svg)/;

export interface StaticSite {
	origin: string;
	close(): Promise<void>;
}

/**
 * Serves dist/ on 127.0.0.1 (under `base`, `/` unless given) as a plain static host does: `/path/` serves `path/index.html`,
 * `/path` redirects to `/path/`, and anything else gets 404.html with status 404.
 * `headersFor` adds response headers, as a CDN's configuration would.
 */
export async function serveSite(
	headersFor: (path: string) => Record<string, string> = () => ({}),
	{ root = distDir, gzip = false, base = '/' }: ServeOptions = {},
): Promise<StaticSite> {
	const siteRoot = join(root, '/');
	const server: Server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		// `/en/latest` (no slash) redirects like any folder; an address outside the base is in no file.
		const insideBase = path.startsWith(base) || `${path}/` === base;
		const file = normalize(join(siteRoot, path.slice(base.length - 1)));
		const send = (status: number, target: string) => {
			const contentType = contentTypes[extname(target)] ?? 'application/octet-stream';
			const compress = gzip && compressible.test(contentType) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
			response.writeHead(status, {
				'content-type': contentType,
				...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
				...headersFor(path),
			});
			const body = createReadStream(target);
			(compress ? body.pipe(createGzip()) : body).pipe(response);
		};
		if (!insideBase || !file.startsWith(siteRoot)) return send(404, join(siteRoot, '404.html'));
		if (existsSync(file) && statSync(file).isFile()) return send(200, file);
		if (existsSync(join(file, 'index.html'))) {
			if (!path.endsWith('/')) {
				response.writeHead(301, { location: `${path}/` });
				return response.end();
			}
			return send(200, join(file, 'index.html'));
		}
		send(404, join(siteRoot, '404.html'));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
