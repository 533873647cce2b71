import type { AstroIntegration } from 'astro';
import { authoringProblems, stopTheBuild } from '../lib/authoring-errors.ts';

/**
 * Stops the build on the content mistakes the Markdown plugins recorded (src/lib/authoring-errors.ts),
 * as soon as the Markdown pages have been read and before any page is built, so that no cascade
 * (the link checker's, say) follows them; and at its end, for those only an MDX page's build finds.
 */
export function failOnAuthoringErrors(): AstroIntegration {
	return {
		name: 'haresign:fail-on-authoring-errors',
		hooks: {
			// Starlight's loader has logged each of these as it read its page: say so, not them again.
			'astro:build:start': ({ logger }) => {
				const count = authoringProblems().size;
				if (count > 0) stopTheBuild(logger, `The pages have ${count} mistake(s), each named above with its file and line.`);
			},
			'astro:build:done': ({ logger }) => {
				const problems = authoringProblems();
				if (problems.size > 0) stopTheBuild(logger, [...problems].join('\n'));
			},
		},
	};
}
