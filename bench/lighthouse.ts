import lighthouse from 'lighthouse';
import { launchChromium } from '../tests/support/browser.ts';

export interface LighthouseRun {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	/** Total byte weight as Lighthouse counts it (transfer sizes). */
	weight: number;
}

const debuggingPort = 9333;

/**
 * Lighthouse's default (mobile) run of one URL in the tests' Chromium, started with our flags and a
 * fresh profile each time, so every run is a first visit.
 */
export async function runLighthouse(url: string): Promise<LighthouseRun> {
	const browser = await launchChromium([`--remote-debugging-port=${debuggingPort}`]);
	try {
		const result = await lighthouse(url, { port: debuggingPort, output: 'json', logLevel: 'error' });
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { categories, audits, runtimeError } = result.lhr;
		if (runtimeError) throw new Error(`Lighthouse failed on ${url}: ${runtimeError.message}`);
		const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
		const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
		return {
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			seo: score('seo'),
			lcpMs: value('largest-contentful-paint'),
			tbtMs: value('total-blocking-time'),
			cls: value('cumulative-layout-shift'),
			weight: value('total-byte-weight'),
		};
	} finally {
		await browser.close();
	}
}
