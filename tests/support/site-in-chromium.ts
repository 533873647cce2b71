import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { serveSite, type StaticSite } from './server.ts';

export interface SiteInChromium {
	/** Where the built site is served, e.g. `http://127.0.0.1:41234`. */
	readonly origin: string;
	readonly browser: Browser;
}

/**
 * The fixture every browser suite shares: dist/ served on 127.0.0.1 and one Chromium, started
 * before the file's tests and closed after them. Call it at the top of the file, before the file's
 * own hooks, so they run after it starts and before it closes.
 */
export function siteInChromium(headersFor?: (path: string) => Record<string, string>): SiteInChromium {
	let site: StaticSite | undefined;
	let browser: Browser | undefined;

	beforeAll(async () => {
		[site, browser] = await Promise.all([serveSite(headersFor), launchChromium()]);
	});

	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});

	const started = <T>(value: T | undefined): T => {
		if (value === undefined) throw new Error('The site and Chromium start in beforeAll: use them inside hooks and tests.');
		return value;
	};
	return {
		get origin() {
			return started(site).origin;
		},
		get browser() {
			return started(browser);
		},
	};
}
