import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './paths.ts';

interface HeaderRule {
	pattern: RegExp;
	set: [string, string][];
	detach: string[];
}

/** Reads dist/_headers as Cloudflare Pages does: every matching rule applies in order; "! Name" removes a header. */
export function readHeadersFile(file = join(distDir, '_headers')): (path: string) => Record<string, string> {
	const rules: HeaderRule[] = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const pattern = new RegExp(
				`^${line
					.trim()
					.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
					.replaceAll('*', '.*')}$`,
			);
			rules.push({ pattern, set: [], detach: [] });
		} else if (line.trim().startsWith('!')) {
			rules.at(-1)!.detach.push(line.trim().slice(1).trim().toLowerCase());
		} else {
			const [name, ...value] = line.trim().split(':');
			rules.at(-1)!.set.push([name!.trim().toLowerCase(), value.join(':').trim()]);
		}
	}
	return (path) => {
		const headers: Record<string, string> = {};
		for (const rule of rules.filter((candidate) => candidate.pattern.test(path))) {
			for (const name of rule.detach) delete headers[name];
			for (const [name, value] of rule.set) headers[name] = value;
		}
		return headers;
	};
}

/** A policy's directives, by name, each with its list of sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...sources]) => [name!, sources]),
	);
}
