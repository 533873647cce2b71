import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { distDir } from './paths.ts';

const vnuJar = fileURLToPath(new URL('../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));

export interface NuMessage {
	/** The built file, as a path under dist/, e.g. `/faq/index.html`. */
	file: string;
	message: string;
	line: number | undefined;
}

/**
 * Whether the Nu Html Checker can run here. In CI it must (.ci/run installs Java); elsewhere a
 * machine without Java skips that one suite, saying what to install, and runs every other test.
 */
export function nuCheckerCanRun(): boolean {
	if (!spawnSync('java', ['-version']).error) return true;
	if (process.env.CI === 'true') return true; // let the suite fail, naming Java
	console.warn(
		'Skipping the W3C Nu Html Checker: it needs Java 11 or newer on the PATH (on Debian: apt-get install default-jre-headless; elsewhere: any OpenJDK).',
	);
	return false;
}

/**
 * The W3C Nu Html Checker's errors for every page in dist/, in one run: one Java start for the
 * whole site. Needs Java 11 or newer on the PATH.
 */
export function nuCheckerErrors(): NuMessage[] {
	const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--errors-only', '--skip-non-html', distDir], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	if (run.error) throw new Error(`The Nu Html Checker needs Java: ${run.error.message}. On Debian: apt-get install default-jre-headless.`);
	const { messages } = JSON.parse(run.stderr || run.stdout) as { messages: { type: string; url: string; message: string; lastLine?: number }[] };
	const root = `file:${distDir.replace(/\/$/, '')}`;
	return messages
		.filter((message) => message.type === 'error')
		.map((message) => ({ file: decodeURI(message.url).replace(root, ''), message: message.message, line: message.lastLine }));
}
