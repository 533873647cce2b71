import { describe, expect, it } from 'vitest';
import { siteInChromium } from '../support/site-in-chromium.ts';

const site = siteInChromium();

/** The sidebar is drawn by src/sidebar/ in place of Starlight's component: it must look and behave as Starlight's does. */
describe('the sidebar in Chromium', () => {
	it('is styled as Starlight’s: the current page highlighted, groups indented, open groups’ arrows turned', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
		try {
			await page.goto(`${site.origin}/tools/qof/`);
			const sidebar = page.locator('#starlight__sidebar');
			const style = (selector: string, property: string) =>
				sidebar
					.locator(selector)
					.first()
					.evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
			const accent = await page.evaluate(() => {
				const probe = document.body.appendChild(document.createElement('span'));
				probe.style.color = 'var(--sl-color-text-accent)';
				const color = getComputedStyle(probe).color;
				probe.remove();
				return color;
			});
			expect(await style('a[aria-current="page"]', 'background-color')).toBe(accent);
			expect(await style('a[aria-current="page"]', 'font-weight')).toBe('600');
			expect(await style('a[href="/tools/nhs-app/"]', 'background-color')).toBe('rgba(0, 0, 0, 0)');
			expect(await style('ul', 'list-style-type')).toBe('none');
			expect(await style('ul ul li', 'border-inline-start-width')).toBe('1px');
			expect(await style('details[open] .caret', 'width')).toBe('20px');
			expect(await style('details[open] .caret', 'transform')).not.toBe('none');
		} finally {
			await page.close();
		}
	});

	it('keeps a group the reader closed closed on the next page', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
		try {
			await page.goto(`${site.origin}/faq/`);
			const developers = page.locator('#starlight__sidebar details', { hasText: 'Developers' });
			await developers.locator('summary').click();
			expect(await developers.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
			await page.locator('#starlight__sidebar a[href="/glossary/"]').click();
			await page.waitForURL('**/glossary/');
			const after = page.locator('#starlight__sidebar details', { hasText: 'Developers' });
			expect(await after.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
			expect(await page.locator('#starlight__sidebar details', { hasText: 'Tools' }).evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
		} finally {
			await page.close();
		}
	});
});
