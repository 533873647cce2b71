import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAxe, axeTags, runAxe } from '../support/axe.ts';
import { builtPagePaths, readPage, redirectTarget } from '../support/dist.ts';
import { searchFor } from '../support/search-dialog.ts';
import { siteInChromium } from '../support/site-in-chromium.ts';

/** Every page a reader can land on: the content pages and the 404 page, not the redirects. */
const pages = builtPagePaths().filter((path) => !redirectTarget(readPage(path)));
const themes = ['light', 'dark'] as const;
const widths = [1280, 375] as const;

type Theme = (typeof themes)[number];

const site = siteInChromium();
const checked = { pageViews: 0, searchViews: 0 };

/** A page at a width, with Starlight's stored theme set and axe loaded before any of the site's scripts run. */
async function pageIn(theme: Theme, width: number): Promise<Page> {
	const context = await site.browser.newContext({ viewport: { width, height: 900 } });
	await context.addInitScript(`localStorage.setItem('starlight-theme', ${JSON.stringify(theme)})`);
	// Each page as a reader arriving at it sees it, not with the sidebar scroll that tabbing through
	// the previous page left in Starlight's saved state: axe then calls the header's title "partially
	// obscured" by the scrolled sidebar, which nothing covers on screen.
	await context.addInitScript(`sessionStorage.removeItem('sl-sidebar-state')`);
	await addAxe(context);
	return context.newPage();
}

async function open(page: Page, path: string, theme: Theme): Promise<void> {
	await page.goto(`${site.origin}${path}`);
	// Proves the theme under test is the one on screen, so dark is not silently light twice.
	expect(await page.evaluate('document.documentElement.dataset.theme')).toBe(theme);
}

/** How the focused element shows its focus: a visible outline or box shadow, or nothing. */
const focusIndicator = (page: Page): Promise<{ element: string; indicator: string | null }> =>
	page.evaluate(`(() => {
		const element = document.activeElement;
		const style = getComputedStyle(element);
		const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? 'outline ' + style.outlineStyle + ' ' + style.outlineWidth : null;
		const shadow = style.boxShadow !== 'none' ? 'box-shadow ' + style.boxShadow : null;
		const box = element.getBoundingClientRect();
		const shown = box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
		return { element: element.outerHTML.slice(0, 120), indicator: shown ? outline ?? shadow : null };
	})()`);

afterAll(async () => {
	console.log(
		`Accessibility: ${pages.length} pages × ${themes.length} themes × ${widths.length} widths; axe (${axeTags.join(', ')}) found no violation ` +
			`in ${checked.pageViews} of those page views and in ${checked.searchViews} of ${themes.length * widths.length} views with the search dialog showing results.`,
	);
});

describe.each(themes)('in the %s theme', (theme) => {
	describe.each(widths)('at %i px wide', (width) => {
		let page: Page;
		beforeAll(async () => {
			page = await pageIn(theme, width);
		});
		afterAll(() => page?.context().close());

		it.each(pages)('%s has no axe violations, and shows the keyboard focus at every tab stop', async (path) => {
			await open(page, path, theme);
			const { violations, unmeasuredContrast } = await runAxe(page);
			expect(violations).toEqual([]);
			// At desktop width nothing is scrolled out of view, so every text's contrast must be measurable.
			if (width === 1280) expect(unmeasuredContrast).toEqual([]);
			checked.pageViews++;

			const stops = new Set<string>();
			const unmarked: string[] = [];
			for (let press = 0; press < 400; press++) {
				await page.keyboard.press('Tab');
				const { element, indicator } = await focusIndicator(page);
				if (element.startsWith('<body') || stops.has(element)) break;
				stops.add(element);
				if (!indicator) unmarked.push(element);
			}
			expect(stops.size).toBeGreaterThan(2);
			expect(unmarked).toEqual([]);
		});

		it('has no axe violations with the search dialog open showing results', async () => {
			await open(page, '/faq/', theme);
			await searchFor(page, 'api key');
			expect((await runAxe(page)).violations).toEqual([]);
			checked.searchViews++;
		});
	});
});

describe('the skip link', () => {
	let page: Page;
	beforeAll(async () => {
		page = await pageIn('light', 1280);
	});
	afterAll(() => page?.context().close());

	it.each(pages)('on %s is the first tab stop and takes the keyboard into the main content', async (path) => {
		await open(page, path, 'light');
		await page.keyboard.press('Tab');
		expect(await page.evaluate('document.activeElement.textContent.trim()')).toBe('Skip to content');
		expect(await page.evaluate('document.activeElement.getBoundingClientRect().height')).toBeGreaterThan(0);
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(`document.activeElement.closest('main') !== null`)).toBe(true);
	});
});
