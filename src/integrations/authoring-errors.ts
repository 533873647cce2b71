import type { AstroIntegration } from 'astro';
import { authoringProblems } from '../lib/authoring-errors.ts';

/** Fails the build, at its end, with every content mistake the Markdown plugins recorded (src/lib/authoring-errors.ts). */
export function failOnAuthoringErrors(): AstroIntegration {
	return {
		name: 'haresign:fail-on-authoring-errors',
		hooks: {
			'astro:build:done': ({ logger }) => {
				const problems = authoringProblems();
				if (problems.size === 0) return;
				for (const problem of problems) logger.error(problem);
				throw new Error(`The content has ${problems.size} mistake(s), listed above. Fix them and build again.`);
			},
		},
	};
}
