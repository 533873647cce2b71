import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every HTML page a build wrote under `dir`, in path order: what the steps after the build read. */
export function builtHtmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}
