import { describe, expect, it } from 'vitest';
import { siteRecords } from '../../src/data/records.ts';
import { builtPagePaths, readPage, redirectTarget } from '../support/dist.ts';

const pages = builtPagePaths().filter((path) => !redirectTarget(readPage(path)));
/** The loader names the helpers' chunk, /_astro/faq-helpers.<hash>.js, and nothing else on a page does. */
const carriesLoader = (path: string) => [...readPage(path).querySelectorAll('script')].some((script) => /faq-helpers\./.test(script.textContent ?? ''));

describe('the FAQ helpers in the built site', () => {
	it('put their loader on the FAQ only, the one page that places them', () => {
		expect(pages.filter(carriesLoader)).toEqual(['/faq/']);
	});

	it('leave the records out of the FAQ’s HTML: they come with the helpers’ code', () => {
		const html = readPage('/faq/').documentElement.outerHTML;
		const caveats = siteRecords().datasets.flatMap((dataset) => (dataset.caveat ? [dataset.caveat.replace(/\s+/g, ' ').slice(0, 60)] : []));
		// A tool the FAQ never names: in the page, it could only have come from the records.
		expect([...caveats, 'Payroll Forecaster'].filter((text) => html.includes(text))).toEqual([]);
	});
});
