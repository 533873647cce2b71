import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerOnlyDirectives } from '../config/csp.ts';
import { hashedAssetPatterns, longCache, securityHeaders, shortCache } from '../config/headers.ts';
import { redirects } from '../config/redirects.ts';
import { noAddressNotice, siteAddress } from '../config/site.ts';
import { withBase } from '../lib/base-path.ts';
import { builtHtmlFiles } from './built-pages.ts';

const cspMeta = /<meta http-equiv="content-security-policy" content="([^"]*)"/;

/** One policy that allows what any page's own <meta> policy allows: the union, directive by directive. */
export function mergePolicies(policies: string[]): string {
	const directives = new Map<string, Set<string>>();
	for (const policy of policies) {
		for (const directive of policy
			.split(';')
			.map((part) => part.trim())
			.filter(Boolean)) {
			const [name, ...sources] = directive.split(/\s+/);
			const merged = directives.get(name!) ?? new Set<string>();
			for (const source of sources) merged.add(source);
			directives.set(name!, merged);
		}
	}
	return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * A page's <head>, read alone: the CSP <meta> is there, and the body (a sidebar of a thousand links
 * on a large site) would make this step read the whole site again.
 */
function headOf(file: string): string {
	const descriptor = openSync(file, 'r');
	try {
		const chunk = Buffer.alloc(16 * 1024);
		const decoder = new TextDecoder();
		let head = '';
		for (let read; !head.includes('</head>') && (read = readSync(descriptor, chunk)) > 0;) {
			head += decoder.decode(chunk.subarray(0, read), { stream: true });
		}
		return head;
	} finally {
		closeSync(descriptor);
	}
}

/**
 * Writes the files static hosts and CDNs read (Netlify and Cloudflare Pages among them):
 * dist/_headers, with security headers, the CSP and caching by kind of file, and dist/_redirects,
 * so old addresses answer with a real 301 where the host supports it (the redirect pages Astro
 * writes cover the others), and robots.txt, pointing at the sitemap when the site's address is set.
 * Every path in them carries the base, so they hold when the site is served under a path.
 */
export function staticHostFiles(): AstroIntegration {
	let site: string | undefined;
	let base = '/';
	return {
		name: 'haresign:static-host-files',
		hooks: {
			'astro:config:done': ({ config, logger }) => {
				site = config.site;
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				// One line either way, so a host's build log shows which address the site was built for.
				if (site) logger.info(`Site address ${new URL(base, site).href}${siteAddress ? ` (from ${siteAddress.variable})` : ''}.`);
				else logger.info(noAddressNotice);
			},
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const policies = builtHtmlFiles(outDir).flatMap((file) => headOf(file).match(cspMeta)?.[1] ?? []);
				const policy = mergePolicies([...policies, headerOnlyDirectives.join('; ')]);
				const block = (pattern: string, lines: string[]) => [pattern, ...lines.map((line) => `  ${line}`)].join('\n');
				const rules = [
					block(withBase('/*', base), [
						`Content-Security-Policy: ${policy}`,
						...Object.entries(securityHeaders).map(([name, value]) => `${name}: ${value}`),
						`Cache-Control: ${shortCache}`,
					]),
					// "! Cache-Control" drops the short caching set by "/*" before the long one is set.
					...hashedAssetPatterns.map((pattern) => block(withBase(pattern, base), ['! Cache-Control', `Cache-Control: ${longCache}`])),
				];
				writeFileSync(join(outDir, '_headers'), `${rules.join('\n\n')}\n`);
				const sitemap = site ? `Sitemap: ${new URL(`${base}sitemap-index.xml`, site).href}\n` : '';
				writeFileSync(join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\n${sitemap}`);
				const redirectLines = Object.entries(redirects).map(([from, to]) => `${withBase(from, base)} ${withBase(to, base)} 301\n`);
				writeFileSync(join(outDir, '_redirects'), redirectLines.join(''));
				logger.info(`Wrote _headers (${policies.length} page policies merged), _redirects and robots.txt.`);
			},
		},
	};
}
