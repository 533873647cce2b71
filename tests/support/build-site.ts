import { spawnSync } from 'node:child_process';
import { findChromium } from './browser.ts';
import { astroCli, productionEnv, projectRoot } from './paths.ts';

/**
 * Builds the real site once per test run, into dist/, for every suite to read; and finds Chromium
 * once, so that the workers do not each unpack the packaged one (they inherit CHROMIUM_PATH).
 */
export default async function buildSite(): Promise<void> {
	const result = spawnSync(process.execPath, [astroCli, 'build'], { cwd: projectRoot, encoding: 'utf8', env: productionEnv });
	if (result.status !== 0) {
		throw new Error(`The site did not build:\n${result.stdout}\n${result.stderr}`);
	}
	process.env.CHROMIUM_PATH = await findChromium();
}
