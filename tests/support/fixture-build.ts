import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroCli, productionEnv, projectRoot } from './paths.ts';

export interface FixtureBuild {
	status: number | null;
	/** Everything the build printed, as a maintainer would see it. */
	output: string;
	/** Whether the build left a dist/ folder behind (there was one before it: an earlier build's). */
	leftDist: boolean;
}

export interface SiteCopy extends FixtureBuild {
	/** The copy's dist/ folder, there until `remove()`. */
	dist: string;
	remove(): void;
}

/**
 * Builds a copy of the real site, with a fixture's files laid over it when one is named
 * (tests/fixtures/<name>/ mirrors the project: content/docs/…, content/data/…) and with `env`
 * added to the build's environment, such as the site's address. The copy stays until `remove()`,
 * so a suite can serve it.
 */
export function buildCopy({ fixture, env = {} }: { fixture?: string; env?: Record<string, string> } = {}): SiteCopy {
	// Inside the project, so the copy finds node_modules the way the real site does.
	const buildsDir = join(projectRoot, 'tests/.fixture-builds');
	mkdirSync(buildsDir, { recursive: true });
	const root = mkdtempSync(join(buildsDir, 'build-'));
	const remove = () => rmSync(root, { recursive: true, force: true });
	try {
		for (const entry of ['astro.config.mjs', 'content.config.ts', 'tsconfig.json', 'package.json', 'src', 'public', 'content']) {
			cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
		}
		if (fixture) cpSync(join(projectRoot, 'tests/fixtures', fixture), root, { recursive: true });
		// Yesterday's site, as a maintainer's copy has one: a failed build must not leave it to be deployed.
		mkdirSync(join(root, 'dist'));
		writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><title>An earlier build</title>');
		const result = spawnSync(process.execPath, [astroCli, 'build'], { cwd: root, encoding: 'utf8', env: { ...productionEnv, ...env } });
		return {
			status: result.status,
			output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, ''),
			leftDist: existsSync(join(root, 'dist', 'index.html')),
			dist: join(root, 'dist'),
			remove,
		};
	} catch (error) {
		remove();
		throw error;
	}
}

/** Builds a copy of the real site with a fixture's files laid over it, lets `inspectDist` read its dist/, then removes it. */
export function buildWithFixture(fixture: string, inspectDist?: (dist: string) => void): FixtureBuild {
	const copy = buildCopy({ fixture });
	try {
		if (copy.status === 0) inspectDist?.(copy.dist);
		return { status: copy.status, output: copy.output, leftDist: copy.leftDist };
	} finally {
		copy.remove();
	}
}
