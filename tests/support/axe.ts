import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';

/** The WCAG levels every page is held to. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

export interface AxeFinding {
	id: string;
	targets: string[];
}

/** Loads axe into every page of a context, as an init script: the site's Content-Security-Policy rightly refuses inline scripts. */
export async function addAxe(context: BrowserContext): Promise<void> {
	await context.addInitScript(axeSource);
}

/**
 * Starlight's "On this page" column sits in a fixed-position panel wider than the window, and axe
 * reports every text in it as "overlapped" and leaves its contrast unmeasured: the one place
 * excused from the check that all contrast is measured.
 */
const unmeasurableByAxe = '.right-sidebar';

/** axe's violations, and the text whose contrast it could not measure. */
export const runAxe = (page: Page): Promise<{ violations: AxeFinding[]; unmeasuredContrast: string[] }> =>
	page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(axeTags)} } }).then((result) => ({
		violations: result.violations.map((rule) => ({ id: rule.id, targets: rule.nodes.map((node) => node.target.join(' ')) })),
		unmeasuredContrast: result.incomplete
			.filter((rule) => rule.id === 'color-contrast')
			.flatMap((rule) => rule.nodes.map((node) => node.target.join(' ')))
			.filter((target) => !document.querySelector(target)?.closest(${JSON.stringify(unmeasurableByAxe)})),
	}))`);
