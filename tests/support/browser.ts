import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where a system Chromium or Chrome usually is, on Linux and macOS. */
const systemChromiumPaths = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The flags this machine's closed network needs; Lighthouse in bench/ starts Chromium with them too. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

let found: Promise<string> | undefined;

/**
 * The Chromium the tests and the bench drive: `CHROMIUM_PATH`, else a system Chromium or Chrome,
 * else the headless Chromium that the `@sparticuz/chromium` devDependency ships for Linux x64
 * (unpacked once into the temporary folder), so `npm ci && npm test` needs no browser installed.
 */
export function findChromium(): Promise<string> {
	found ??= locateChromium();
	return found;
}

async function locateChromium(): Promise<string> {
	const fromEnvironment = process.env.CHROMIUM_PATH;
	if (fromEnvironment) {
		if (!existsSync(fromEnvironment)) throw new Error(`CHROMIUM_PATH is ${fromEnvironment}, and there is no file there.`);
		return fromEnvironment;
	}
	const system = systemChromiumPaths.find((path) => existsSync(path));
	if (system) return system;
	if (process.platform === 'linux' && process.arch === 'x64') {
		const { default: packagedChromium } = await import('@sparticuz/chromium');
		return packagedChromium.executablePath();
	}
	throw new Error(
		`The browser tests need Chromium or Chrome, and none was found at ${systemChromiumPaths.join(', ')}. ` +
			'Install Chrome or Chromium (on Debian: apt-get install chromium), or set CHROMIUM_PATH to its executable.',
	);
}

/** Chromium, started the way this machine's closed network needs. */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
	return chromium.launch({ executablePath: await findChromium(), args: [...chromiumArgs, ...extraArgs] });
}
