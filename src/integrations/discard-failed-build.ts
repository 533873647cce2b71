import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Deletes the output folder when a build fails, so a failed build leaves nothing that looks deployable.
 * Checks such as the link validator fail after the pages are written, hence the exit hook; it is
 * set before anything else runs, so listed first.
 */
export function discardFailedBuild(): AstroIntegration {
	let outDir = '';
	return {
		name: 'haresign:discard-failed-build',
		hooks: {
			// From the start of a build, before content and data are read: a mistake found there fails the build too.
			'astro:config:setup': ({ command, config }) => {
				if (command !== 'build') return;
				outDir = fileURLToPath(config.outDir);
				process.once('exit', (code) => {
					if (code !== 0) rmSync(outDir, { recursive: true, force: true });
				});
			},
			// Where an integration after this one moved it.
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
			},
		},
	};
}
