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
