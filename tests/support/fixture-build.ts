import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroCli, productionEnv, projectRoot } from './paths.ts';

export interface FixtureBuild {
	status: number | null;
	/** Everything the build printed, as a maintainer would see it. */
	output: string;
	/** Whether the build left a dist/ folder behind. */
	leftDist: boolean;
}

/**
 * Builds a copy of the real site with a fixture's files laid over it
 * (tests/fixtures/<name>/ mirrors the project: content/docs/…, content/data/…).
 */
export function buildWithFixture(fixture: string, inspectDist?: (dist: string) => void): FixtureBuild {
	// Inside the project, so the copy finds node_modules the way the real site does.
	const buildsDir = join(projectRoot, 'tests/.fixture-builds');
	mkdirSync(buildsDir, { recursive: true });
	const root = mkdtempSync(join(buildsDir, 'build-'));
	try {
		for (const entry of ['astro.config.mjs', 'content.config.ts', 'tsconfig.json', 'package.json', 'src', 'public', 'content']) {
			cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
		}
		cpSync(join(projectRoot, 'tests/fixtures', fixture), root, { recursive: true });
		const result = spawnSync(process.execPath, [astroCli, 'build'], { cwd: root, encoding: 'utf8', env: productionEnv });
		if (result.status === 0) inspectDist?.(join(root, 'dist'));
		return {
			status: result.status,
			output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, ''),
			leftDist: existsSync(join(root, 'dist', 'index.html')),
		};
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}
