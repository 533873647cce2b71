import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { expect, it } from 'vitest';
import { projectRoot } from '../support/paths.ts';

/**
 * Which folder of src/ may import from which: the arrows go one way, down to lib/, as the README's
 * table of folders says. A folder not named here may import nothing else in src/.
 */
const mayImport: Record<string, string[]> = {
	lib: [],
	data: [],
	config: ['lib', 'data'],
	'faq-helpers': ['lib', 'data'],
	plugins: ['lib', 'data', 'faq-helpers'],
	integrations: ['lib', 'config', 'data', 'faq-helpers'],
	search: ['lib', 'data', 'integrations'],
	components: ['config', 'data'],
	'page-footer': ['lib', 'faq-helpers'],
};

const srcDir = join(projectRoot, 'src');
const topFolder = (file: string) => relative(srcDir, file).split('/')[0]!;

function* sourceFiles(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* sourceFiles(path);
		else if (/\.(ts|astro)$/.test(entry.name)) yield path;
	}
}

it('has imports between src/ folders only in the allowed direction', () => {
	const wrongWay: string[] = [];
	for (const file of sourceFiles(srcDir)) {
		const from = topFolder(file);
		for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
			const target = resolve(dirname(file), specifier!);
			if (!target.startsWith(srcDir)) continue;
			const to = topFolder(target);
			if (to !== from && !(mayImport[from] ?? []).includes(to)) wrongWay.push(`${relative(projectRoot, file)} imports ${specifier} (src/${to})`);
		}
	}
	expect(wrongWay).toEqual([]);
});
