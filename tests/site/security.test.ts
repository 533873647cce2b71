import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { starlightInlineScriptHashes } from '../../src/config/csp.ts';
import { builtPagePaths, fileForPath, readPage, redirectTarget } from '../support/dist.ts';
import { parsePolicy, readHeadersFile } from '../support/headers.ts';

const pages = builtPagePaths().filter((path) => !redirectTarget(readPage(path)));
const headersFor = readHeadersFile();

/** Every inline <script> on a page, with the hash a CSP needs to allow it. */
function inlineScripts(path: string): { hash: string; start: string }[] {
	const html = readFileSync(fileForPath(path)!, 'utf8');
	return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => ({
		hash: `sha256-${createHash('sha256').update(body!).digest('base64')}`,
		start: body!.trim().slice(0, 60),
	}));
}

const metaPolicy = (path: string) => parsePolicy(readPage(path).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '');

/** Only the site itself: keywords, hashes and data: images, never another origin. */
const ownSources = /^('self'|'none'|'wasm-unsafe-eval'|'unsafe-inline'|'sha256-[A-Za-z0-9+/=]+'|data:)$/;

describe('the Content-Security-Policy of each page', () => {
	it.each(pages)('%s allows every inline script it has, by hash, and nothing inline beyond that', (path) => {
		const policy = metaPolicy(path);
		const scriptSources = policy.get('script-src') ?? [];
		expect(scriptSources).not.toContain("'unsafe-inline'");
		const unlisted = inlineScripts(path)
			.filter(({ hash }) => !scriptSources.includes(`'${hash}'`))
			.map(({ hash, start }) => `add '${hash}' to src/config/csp.ts for the inline script starting "${start}"`);
		expect(unlisted).toEqual([]);
	});

	it.each(pages)('%s loads from the site itself only, with no plugins, frames or base changes', (path) => {
		const policy = metaPolicy(path);
		for (const [name, sources] of policy) {
			for (const source of sources) expect(source, `${name} ${source}`).toMatch(ownSources);
		}
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('base-uri')).toEqual(["'self'"]);
		expect(policy.get('worker-src')).toEqual(["'self'"]);
		expect(policy.get('script-src')).toContain("'wasm-unsafe-eval'");
		expect(policy.get('style-src')).not.toContain("'unsafe-inline'");
	});

	it.each(pages)('%s allows every inline style element it has, by hash', (path) => {
		const html = readFileSync(fileForPath(path)!, 'utf8');
		const styleSources = metaPolicy(path).get('style-src') ?? [];
		const blocked = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
			.map(([, body]) => ({ hash: `sha256-${createHash('sha256').update(body!).digest('base64')}`, start: body!.slice(0, 60) }))
			.filter(({ hash }) => !styleSources.includes(`'${hash}'`))
			.map(({ start }) => `a <style> the browser will block: "${start}" (move it to src/styles/site.css)`);
		expect(blocked).toEqual([]);
	});

	it('lists no Starlight script hash that no page uses any more', () => {
		const used = new Set(pages.flatMap((path) => inlineScripts(path).map(({ hash }) => hash)));
		expect(starlightInlineScriptHashes.filter((hash) => !used.has(hash))).toEqual([]);
	});
});

describe('dist/_headers for static hosts', () => {
	it('sends the security headers with every page', () => {
		for (const path of pages) {
			const headers = headersFor(path);
			expect(headers['strict-transport-security']).toMatch(/max-age=\d{8,}/);
			expect(headers['x-content-type-options']).toBe('nosniff');
			expect(headers['referrer-policy']).toBeTruthy();
			expect(headers['permissions-policy']).toBeTruthy();
			expect(headers['cache-control']).toMatch(/max-age=\d{1,4}\b/);
		}
	});

	it('carries a policy that allows what every page allows, and forbids framing', () => {
		const header = parsePolicy(headersFor('/')['content-security-policy']!);
		expect(header.get('frame-ancestors')).toEqual(["'none'"]);
		for (const path of pages) {
			for (const [name, sources] of metaPolicy(path)) {
				expect(header.get(name), name).toEqual(expect.arrayContaining(sources));
			}
		}
	});

	it('keeps content-hashed files for a year, and nothing else', () => {
		expect(headersFor('/_astro/page.abc123.js')['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(headersFor('/pagefind/fragment/en_123.pf_fragment')['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(headersFor('/pagefind/pagefind.js')['cache-control']).not.toContain('immutable');
		expect(headersFor('/faq/')['cache-control']).not.toContain('immutable');
	});
});
