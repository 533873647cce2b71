import type { AstroIntegration } from 'astro';

/*
 * Starlight's content loader logs an error thrown while rendering a page and carries on,
 * so a mistake found by our Markdown plugins would otherwise ship as a page with content missing.
 * The plugins report here; the build fails at the end with every message.
 */
const problems = new Set<string>();

/** Records a mistake in the content and returns it as an error to throw where it was found. */
export function authoringError(message: string): Error {
	problems.add(message);
	return new Error(message);
}

export function failOnAuthoringErrors(): AstroIntegration {
	return {
		name: 'haresign:fail-on-authoring-errors',
		hooks: {
			'astro:build:done': ({ logger }) => {
				if (problems.size === 0) return;
				for (const problem of problems) logger.error(problem);
				throw new Error(`The content has ${problems.size} mistake(s), listed above. Fix them and build again.`);
			},
		},
	};
}
