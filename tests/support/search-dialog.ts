import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Opens the site search with its button, types a query and waits for results, by the search
 * override's contract (src/components/overrides/Search.astro): `button[data-search-open]` opens
 * a `<dialog>` named "Search" holding one `input[role=combobox]`; results are links in
 * `[data-search-results]`.
 */
export async function searchFor(page: Page, query: string): Promise<void> {
	await page.locator('button[data-search-open]').click();
	const dialog = page.getByRole('dialog', { name: 'Search' });
	await dialog.locator('input[role=combobox]').fill(query);
	await expect.poll(() => dialog.locator('[data-search-results] a').count(), { timeout: 15_000 }).toBeGreaterThan(0);
}
