import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Starlight's content loader logs an error thrown while rendering a page and carries on,
 * so a mistake found by our Markdown plugins would otherwise ship as a page with content missing.
 * The plugins report here; the failOnAuthoringErrors integration fails the build with every message.
 */
const problems = new Set<string>();

/** Records a mistake in the content and returns it as an error to throw where it was found. */
export function authoringError(message: string): Error {
	problems.add(message);
	return new Error(message);
}

/** Every mistake recorded so far in this build, each once. */
export const authoringProblems = (): ReadonlySet<string> => problems;

/**
 * Ends a build at its start with one message, for a mistake found before anything is built: thrown,
 * Astro would add its own heading and a stack trace of our code to the one message that matters.
 */
export function stopTheBuild(logger: { error(message: string): void }, message: string): never {
	logger.error(`${message}\nFix the mistakes above, then build again.`);
	process.exit(1);
}

/** Where a page's mistake is, as its writer finds it: the file from the project's root and, where `snippet` is found in it, the line. */
export function placeInPage(fileURL: URL | string | undefined, snippet: string): string {
	if (!fileURL) return 'a Markdown file';
	const file = fileURLToPath(fileURL);
	const shown = relative(process.cwd(), file);
	const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
	const at = text.indexOf(snippet);
	return at < 0 ? shown : `${shown}:${text.slice(0, at).split('\n').length}`;
}

/** A mistake in how a page uses a `::block`: whoever expands the block adds the page's file and the block's line. */
export class BlockError extends Error {
	override name = 'BlockError';
}
