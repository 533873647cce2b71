import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Deletes the output folder when a build fails, so a failed build leaves nothing that looks deployable.
 * Checks such as the link validator fail after the pages are written, hence the exit hook.
 */
export function discardFailedBuild(): AstroIntegration {
	let outDir = '';
	return {
		name: 'haresign:discard-failed-build',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
			},
			'astro:build:start': () => {
				process.once('exit', (code) => {
					if (code !== 0) rmSync(outDir, { recursive: true, force: true });
				});
			},
		},
	};
}
