import { spawnSync } from 'node:child_process';
import { astroCli, productionEnv, projectRoot } from './paths.ts';

/** Builds the real site once per test run, into dist/, for every suite to read. */
export default function buildSite(): void {
	const result = spawnSync(process.execPath, [astroCli, 'build'], { cwd: projectRoot, encoding: 'utf8', env: productionEnv });
	if (result.status !== 0) {
		throw new Error(`The site did not build:\n${result.stdout}\n${result.stderr}`);
	}
}
