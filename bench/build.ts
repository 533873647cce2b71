import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { dataBlockNodes } from '../src/plugins/data-blocks/index.ts';
import { astroCli, productionEnv, projectRoot } from '../tests/support/paths.ts';

export const runsDir = join(projectRoot, 'bench/runs');

export interface BuildMeasure {
	seconds: number;
	/** Peak resident memory of the build and every process it starts (Pagefind runs as its own binary), in MB. */
	peakMB: number;
}

/** Resident memory, in KB, of `rootPid` and all its descendants, read from /proc. */
function treeRssKB(rootPid: number): number {
	const parents = new Map<number, number>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			// The command name may hold spaces and brackets; the parent pid is the second field after it.
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
		} catch {
			// The process ended while we looked.
		}
	}
	const tree = new Set([rootPid]);
	for (let grew = true; grew;) {
		grew = false;
		for (const [pid, parent] of parents) {
			if (tree.has(parent) && !tree.has(pid)) {
				tree.add(pid);
				grew = true;
			}
		}
	}
	let total = 0;
	for (const pid of tree) {
		try {
			total += Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
		} catch {
			// Gone already.
		}
	}
	return total;
}

/**
 * Runs `astro build` in `cwd` with the pinned Node, timing it and sampling its memory every 50 ms.
 * Each build starts as a fresh clone's does, as on CI: no `dist/` and no content-layer cache
 * (Astro's cacheDir, node_modules/.astro). Ours never has that cache (starlight-links-validator
 * clears it on every build so it sees every page); left in place, it would spare the default
 * config's second and third builds their Markdown rendering.
 */
export function measureBuild(cwd: string): Promise<BuildMeasure> {
	for (const leftover of ['dist', 'node_modules/.astro']) rmSync(join(cwd, leftover), { recursive: true, force: true });
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(process.execPath, [astroCli, 'build'], { cwd, env: productionEnv, stdio: ['ignore', 'ignore', 'pipe'] });
		let errors = '';
		child.stderr.on('data', (chunk) => (errors += chunk));
		let peakKB = 0;
		const sampler = setInterval(() => (peakKB = Math.max(peakKB, treeRssKB(child.pid!))), 50);
		child.on('exit', (code) => {
			clearInterval(sampler);
			if (code !== 0) return reject(new Error(`Build in ${cwd} failed:\n${errors}`));
			resolve({ seconds: (performance.now() - started) / 1000, peakMB: peakKB / 1024 });
		});
	});
}

interface SourcePage {
	title: string;
	body: string;
	file: string;
}

/** The real pages' Markdown without frontmatter: the corpus repeats them, so it is content like ours. */
function sourcePages(): SourcePage[] {
	const docs = join(projectRoot, 'content/docs');
	return readdirSync(docs)
		.filter((name) => name.endsWith('.md') && name !== 'index.md')
		.map((name) => {
			const text = readFileSync(join(docs, name), 'utf8');
			const [, frontmatter = '', body = ''] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
			return { title: frontmatter.match(/^title:\s*(.+)$/m)?.[1]?.replace(/^['"]|['"]$/g, '') ?? name, body, file: join(docs, name) };
		});
}

/**
 * The page with each data block (`::datasets-table` and the like) written out as the Markdown it
 * stands for. A default Starlight site would show `::datasets-table` as a line of text; written
 * out, its pages carry the same words as ours, so both builds index and render the same text.
 */
function withDataBlocksWrittenOut(markdown: string, file: string): string {
	const stringifier = unified().use(remarkStringify).use(remarkGfm);
	return markdown.replace(/^::([\w-]+)[ \t]*$/gm, (_line, name: string) =>
		stringifier.stringify({ type: 'root', children: dataBlockNodes(name, file) } as unknown as Root).trimEnd(),
	);
}

/** Writes `count` generated pages into `docsDir/corpus/`, each a real page's text under its own title. */
function writeCorpusPages(docsDir: string, count: number, sources: SourcePage[]): void {
	const corpusDir = join(docsDir, 'corpus');
	mkdirSync(corpusDir, { recursive: true });
	for (let index = 1; index <= count; index++) {
		const source = sources[index % sources.length]!;
		const title = `${source.title}, corpus page ${index}`;
		writeFileSync(
			join(corpusDir, `page-${String(index).padStart(4, '0')}.md`),
			`---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(`Generated page ${index} for the benchmark.`)}\n---\n${source.body}`,
		);
	}
}

const realPageCount = (): number =>
	readdirSync(join(projectRoot, 'content/docs'), { recursive: true, encoding: 'utf8' }).filter((name) => /\.mdx?$/.test(name)).length;

/**
 * A copy of this project (our config, plugins and pages) with generated pages added up to `total`,
 * in bench/runs/ (gitignored), inside the project so it finds node_modules like the real site.
 */
export function generateOurCorpus(total: number): string {
	const root = join(runsDir, `corpus-ours-${total}`);
	rmSync(root, { recursive: true, force: true });
	for (const entry of ['astro.config.mjs', 'content.config.ts', 'tsconfig.json', 'package.json', 'src', 'public', 'content']) {
		cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
	}
	writeCorpusPages(join(root, 'content/docs'), total - realPageCount(), sourcePages());
	// Listed in the sidebar, as a default config lists every page: a sidebar of a thousand links is
	// most of what each page weighs, and both configs should carry it.
	appendFileSync(join(root, 'src/config/sidebar.ts'), `\nsidebar.push({ label: 'Corpus', items: [{ autogenerate: { directory: 'corpus' } }] });\n`);
	return root;
}

/**
 * The real Markdown pages, at their own addresses, through a default Starlight project:
 * `starlight({ title })` and nothing else, with the data blocks written out, as such a site's author
 * would have to. Our .mdx pages import our own components, so they are left out. `corpusPages`
 * generated pages are added under corpus/.
 */
export function generateDefaultSite(name: string, corpusPages = 0): string {
	const root = join(runsDir, name);
	rmSync(root, { recursive: true, force: true });
	const docsDir = join(root, 'src/content/docs');
	const markdownPages = readdirSync(join(projectRoot, 'content/docs'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
	for (const page of markdownPages) {
		const file = join(projectRoot, 'content/docs', page);
		mkdirSync(dirname(join(docsDir, page)), { recursive: true });
		writeFileSync(join(docsDir, page), withDataBlocksWrittenOut(readFileSync(file, 'utf8'), file));
	}
	cpSync(join(projectRoot, 'public'), join(root, 'public'), { recursive: true });
	// Our package.json: Vite bundles Starlight's virtual modules only for dependencies it lists.
	cpSync(join(projectRoot, 'package.json'), join(root, 'package.json'));
	writeFileSync(
		join(root, 'astro.config.mjs'),
		`import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [starlight({ title: 'Haresign help' })] });\n`,
	);
	writeFileSync(
		join(root, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
	);
	if (corpusPages > 0) {
		writeCorpusPages(
			docsDir,
			corpusPages,
			sourcePages().map((page) => ({ ...page, body: withDataBlocksWrittenOut(page.body, page.file) })),
		);
	}
	return root;
}

/** `total` pages through a default Starlight project: the real Markdown pages, and generated ones. */
export function generateDefaultCorpus(total: number): string {
	const markdownPages = readdirSync(join(projectRoot, 'content/docs'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md')).length;
	return generateDefaultSite(`corpus-default-${total}`, total - markdownPages);
}

/** Bytes on disk of Pagefind's index (metadata, word index chunks, page fragments), not its UI or engine. */
export function pagefindIndexBytes(dist: string): { bytes: number; files: number } {
	const dir = join(dist, 'pagefind');
	let bytes = 0;
	let files = 0;
	const walk = (path: string) => {
		for (const entry of readdirSync(path, { withFileTypes: true })) {
			const full = join(path, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (/\.pf_(meta|index|fragment)$/.test(entry.name)) {
				bytes += statSync(full).size;
				files++;
			}
		}
	};
	walk(dir);
	return { bytes, files };
}
