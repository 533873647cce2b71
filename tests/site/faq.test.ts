import { describe, expect, it } from 'vitest';
import { platformLinks } from '../../src/data/platformLinks.ts';
import { normalise, readPage } from '../support/dist.ts';
import { faqAnchor, readFaqSource } from '../support/faq-source.ts';

const faq = readFaqSource();
const page = readPage('/faq/');

/** A helper's mount point (src/faq-helpers/): empty and hidden in the HTML, so no part of the owner's answer. */
const helperMount = '[data-faq-helper][hidden]:empty';

/** The paragraphs and list items between one question's heading and the next. */
function answerElements(heading: Element): Element[] {
	const elements: Element[] = [];
	for (let node: Element | null = (heading.closest('.sl-heading-wrapper') ?? heading).nextElementSibling; node; node = node.nextElementSibling) {
		if (node.matches('h2, .sl-heading-wrapper')) break;
		if (node.matches(helperMount)) continue;
		elements.push(...(node.matches('ul, ol') ? node.querySelectorAll('li') : [node]));
	}
	return elements;
}

const answerBlocks = (heading: Element) => answerElements(heading).map((element) => normalise(element.textContent));

describe('the FAQ page', () => {
	it('publishes all 12 of the owner’s questions', () => {
		expect(faq).toHaveLength(12);
		expect([...page.querySelectorAll('main h2')].map((h) => normalise(h.textContent)).filter((q) => q.endsWith('?'))).toEqual(
			faq.map((entry) => entry.question),
		);
	});

	describe.each(faq)('"$question"', (entry) => {
		const anchor = faqAnchor(entry.question);
		const heading = page.getElementById(anchor);

		it(`is a heading with the anchor #${anchor}`, () => {
			expect(heading?.tagName).toBe('H2');
			expect(normalise(heading?.textContent)).toBe(entry.question);
		});

		it('keeps the owner’s answer word for word', () => {
			expect(answerBlocks(heading!)).toEqual(entry.blocks.map(normalise));
		});
	});

	it.each(faq.filter((entry) => entry.urls.length > 0))('turns the bare URLs in "$question" into real links', (entry) => {
		const heading = page.getElementById(faqAnchor(entry.question))!;
		const links = answerElements(heading).flatMap((element) => [...element.querySelectorAll('a')]);
		for (const url of entry.urls) {
			expect(links.map((a) => [a.getAttribute('href'), normalise(a.textContent)])).toContainEqual([url, url]);
		}
	});

	it('places each helper right after the whole answer it serves: its heading, what it does, its empty, hidden mount point, and what to do without JavaScript', () => {
		const mounts = [...page.querySelectorAll('main [data-faq-helper]')];
		expect(mounts.map((mount) => [mount.getAttribute('data-faq-helper'), mount.matches(helperMount)])).toEqual([
			['citation', true],
			['problem-report', true],
		]);
		const helperAfter = (question: string) => {
			const heading = page.getElementById(faqAnchor(question))!;
			const last = answerElements(heading).at(-1)!;
			const helperHeading = (last.closest('ul, ol') ?? last).nextElementSibling!;
			const says = helperHeading.nextElementSibling!;
			const mount = says.nextElementSibling!;
			return { heading: helperHeading.querySelector('h3'), says: says.tagName, mount, noscript: mount.nextElementSibling?.tagName };
		};
		const citation = helperAfter('Can I Use Outputs In Board Reports?');
		expect([citation.heading?.id, normalise(citation.heading?.textContent), citation.says, citation.mount, citation.noscript]).toEqual([
			'cite-a-figure',
			'Cite a figure',
			'P',
			mounts[0],
			'NOSCRIPT',
		]);
		const problem = helperAfter('What Should I Do If A Tool Looks Wrong?');
		expect([problem.heading?.id, normalise(problem.heading?.textContent), problem.says, problem.mount, problem.noscript]).toEqual([
			'describe-the-problem',
			'Describe the problem',
			'P',
			mounts[1],
			'NOSCRIPT',
		]);
	});

	it('lists each helper under its question in "On this page"', () => {
		const onThisPage = [...page.querySelectorAll('nav[aria-labelledby="starlight__on-this-page"] a')].map((a) => a.getAttribute('href'));
		expect(onThisPage).toContain('#cite-a-figure');
		expect(onThisPage).toContain('#describe-the-problem');
		expect(onThisPage.indexOf('#cite-a-figure')).toBe(onThisPage.indexOf(`#${faqAnchor('Can I Use Outputs In Board Reports?')}`) + 1);
		expect(onThisPage.indexOf('#describe-the-problem')).toBe(onThisPage.indexOf(`#${faqAnchor('What Should I Do If A Tool Looks Wrong?')}`) + 1);
	});

	it('links the register and API docs addresses from the platform list', () => {
		const hrefs = [...page.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
		expect(hrefs).toContain(platformLinks.register);
		expect(hrefs).toContain(platformLinks.apiDocs);
	});

	it('links "Accounts and Workspaces" and "Data Sources" to those pages, the refresh answer to the cadence section', () => {
		const link = (text: string) => [...page.querySelectorAll('main a')].find((a) => normalise(a.textContent) === text)?.getAttribute('href');
		expect(link('Accounts and Workspaces')).toMatch(/^\/accounts\//);
		expect(link('Data Sources')).toBe('/data-sources/#how-often-data-is-refreshed');
	});
});
