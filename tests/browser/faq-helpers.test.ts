import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { platformLinks } from '../../src/data/platformLinks.ts';
import { pageFileFor, pageHeader, siteRecords } from '../../src/data/records.ts';
import { addAxe, runAxe } from '../support/axe.ts';
import { watchCspViolations } from '../support/csp-violations.ts';
import { readHeadersFile } from '../support/headers.ts';
import { siteInChromium } from '../support/site-in-chromium.ts';

// Served with dist/_headers, so every test here also runs under the site's full Content-Security-Policy.
const site = siteInChromium(readHeadersFile());
const helpersChunk = /^\/_astro\/faq-helpers\.[\w-]+\.js$/;
const boardReports = 'Can I Use Outputs In Board Reports?';
const toolLooksWrong = 'What Should I Do If A Tool Looks Wrong?';
const payload = '<img src=x onerror="document.title=\'pwned\'"><b>bold</b>';
/** The texts the helpers wrote in these tests, printed at the end for the record. */
const produced = new Map<string, string>();

interface Reader {
	page: Page;
	/** Content-Security-Policy violations reported since the page opened. */
	violations: string[];
	/** Paths the page has requested from the site. */
	fetched: string[];
	close(): Promise<void>;
}

/** A page (the FAQ unless another is given) as a reader opens it: a theme, a width, JavaScript on or off, and the clipboard allowed. */
async function readFaq({ theme = 'light', width = 1280, javaScript = true, path = '/faq/' } = {}): Promise<Reader> {
	const context = await site.browser.newContext({
		viewport: { width, height: 900 },
		javaScriptEnabled: javaScript,
		permissions: javaScript ? ['clipboard-read', 'clipboard-write'] : [],
	});
	await context.addInitScript(`localStorage.setItem('starlight-theme', ${JSON.stringify(theme)})`);
	await addAxe(context);
	const page = await context.newPage();
	const violations = javaScript ? await watchCspViolations(page) : [];
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
	await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
	return { page, violations, fetched, close: () => context.close() };
}

const citationHelper = (page: Page) => page.getByRole('region', { name: 'Cite a figure' });
const problemHelper = (page: Page) => page.getByRole('region', { name: 'Describe the problem' });

/** Scrolls to a question, as a reader reading down the page, and waits for its helper. */
async function scrollTo(page: Page, question: string, helper: Locator): Promise<Locator> {
	await page.getByRole('heading', { name: question }).scrollIntoViewIfNeeded();
	await helper.waitFor({ state: 'visible', timeout: 10_000 });
	return helper;
}

const clipboard = (page: Page): Promise<string> => page.evaluate('navigator.clipboard.readText()');
const copiedEarlier = 'Something the reader copied earlier';
const copyStatus = (helper: Locator) => helper.locator('p[role="status"]');

/** Presses a helper's Copy button: the helper must say so, and the clipboard must then hold `text`. */
async function expectCopied(page: Page, helper: Locator, button: string, said: string, text: string): Promise<void> {
	await helper.getByRole('button', { name: button }).click();
	await expect.poll(() => copyStatus(helper).textContent()).toBe(said);
	expect(await clipboard(page)).toBe(text);
}

/** Fills a helper's fields, each found by its exact label. */
async function fillIn(helper: Locator, fields: Record<string, string>): Promise<void> {
	for (const [label, value] of Object.entries(fields)) await helper.getByLabel(label, { exact: true }).fill(value);
}

/** What "Cite a figure" cannot be copied without, filled in, so a test can change one field and copy. */
async function fillCitation(helper: Locator): Promise<void> {
	await helper.getByLabel('Dataset', { exact: true }).selectOption({ label: 'QOF' });
	await fillIn(helper, {
		Figure: '92% of diabetes indicators achieved',
		'Reporting period': '2024-25',
		Organisation: 'Riverside PCN',
		Comparator: 'England average',
	});
}

/** What "Describe the problem" cannot be copied without, filled in. */
const fillProblem = (helper: Locator): Promise<void> =>
	fillIn(helper, {
		'Tool name': 'QOF Income Calculator',
		Organisation: 'Hillside Surgery',
		'Time period': '2024-25',
		'What you expected to see': 'Income near last year’s',
	});

/** The help page a test reports a problem with, by its path, with its title as its frontmatter gives it. */
const helpPage = { path: '/data-sources/', title: pageHeader(pageFileFor('/data-sources/')!).title! };

afterAll(() => {
	for (const [name, text] of produced) console.log(`${name}, as the helper wrote it:\n${text}\n`);
});

describe('the FAQ helpers', () => {
	it('load only when the reader scrolls near one, and are nothing but hidden mount points until then', async () => {
		const { page, violations, fetched, close } = await readFaq();
		try {
			expect(fetched.filter((path) => helpersChunk.test(path))).toEqual([]);
			const mounts = page.locator('main [data-faq-helper]');
			expect(await mounts.count()).toBe(2);
			for (const mount of await mounts.all()) expect(await mount.isHidden()).toBe(true);
			expect(await page.locator('main :is(input, select, textarea, button, output)').count()).toBe(0);

			await scrollTo(page, boardReports, citationHelper(page));
			expect(fetched.filter((path) => helpersChunk.test(path))).toHaveLength(1);
			await scrollTo(page, toolLooksWrong, problemHelper(page));
			expect(violations).toEqual([]);
		} finally {
			await close();
		}
	});

	it.each([1280, 375])('at %i px wide, keep a reader who arrives by a link at a later question at that question', async (width) => {
		const { page, violations, close } = await readFaq({ width });
		try {
			const question = '#how-do-i-get-an-api-key';
			await page.goto(`${site.origin}/faq/${question}`);
			await citationHelper(page).waitFor({ state: 'visible', timeout: 10_000 });
			// The helper above is built while the reader is at this question: it must not push the question away.
			await page.waitForTimeout(300);
			const box = await page.locator(question).boundingBox();
			expect(box!.y).toBeGreaterThanOrEqual(0);
			expect(box!.y + box!.height).toBeLessThanOrEqual(300);
			expect(violations).toEqual([]);
		} finally {
			await close();
		}
	});

	it('"Cite a figure" writes the citation as the reader fills it in, and copies it, saying so', async () => {
		const { page, violations, close } = await readFaq();
		try {
			const helper = await scrollTo(page, boardReports, citationHelper(page));
			const output = helper.locator('output');
			// The figure comes first, in the form as in the citation.
			expect(await helper.locator('.faq-helper-field > label').allTextContents()).toEqual([
				'Figure',
				'Dataset',
				'Reporting period',
				'Organisation',
				'Comparator',
				'Numerator',
				'Denominator',
			]);
			await helper.getByLabel('Dataset', { exact: true }).selectOption({ label: 'Appointments' });
			expect(await output.textContent()).toMatch(/^Figure: \[figure\]\. Source: .*Reporting period: \[reporting period\]\./);
			await fillIn(helper, {
				Figure: '40% of appointments were booked and seen on the same day',
				'Reporting period': 'April 2026',
				Organisation: 'Riverside Surgery (Y01234)',
				Comparator: 'Riverside PCN average',
				Numerator: '1,240 appointments booked and seen on the same day',
				Denominator: '3,100 appointments in the month',
			});
			// The dataset's words as the records give them: the content may change them.
			const appointments = siteRecords().datasets.find((dataset) => dataset.id === 'appointments')!;
			const citation =
				'Figure: 40% of appointments were booked and seen on the same day. ' +
				`Source: ${appointments.source}, published by ${appointments.publisher}, as shown in Haresign. ` +
				'Reporting period: April 2026. Organisation: Riverside Surgery (Y01234). Comparator: Riverside PCN average. ' +
				'Numerator: 1,240 appointments booked and seen on the same day. Denominator: 3,100 appointments in the month. ' +
				`Caveat: ${appointments.caveat!.replace(/\s+/g, ' ').trim()}`;
			expect(await output.textContent()).toBe(citation);

			await expectCopied(page, helper, 'Copy citation', 'Citation copied.', citation);
			produced.set('A citation', citation);
			expect(violations).toEqual([]);
		} finally {
			await close();
		}
	});

	it('"Describe the problem" offers the tools by name, lists the answer’s checks, and writes a message to copy', async () => {
		const { page, violations, close } = await readFaq();
		try {
			const helper = await scrollTo(page, toolLooksWrong, problemHelper(page));
			const suggestions = await helper
				.getByLabel('Tool name', { exact: true })
				.evaluate((input: HTMLInputElement) => [...(input.list?.options ?? [])].map((option) => option.value));
			expect(suggestions).toEqual(siteRecords().tools.map((tool) => tool.name));
			expect(await helper.getByRole('group', { name: 'What you have checked' }).getByRole('checkbox').count()).toBe(5);

			await fillIn(helper, {
				'Tool name': 'GP Appointments Dashboard',
				Organisation: 'Hillside Surgery (Y05678)',
				'Time period': 'March 2026',
				'What you expected to see': 'About 4,000 appointments, as in February',
				'What you saw': 'No appointments at all for March',
			});
			for (const check of ['selected organisation', 'selected month or year', 'whether another tool shows the same pattern']) {
				await helper.getByLabel(check, { exact: true }).check();
			}
			const message = [
				'Hello Haresign,',
				'',
				'A tool looks wrong to me.',
				'',
				'Tool name: GP Appointments Dashboard',
				'Organisation: Hillside Surgery (Y05678)',
				'Time period: March 2026',
				'What I expected to see: About 4,000 appointments, as in February',
				'What I saw: No appointments at all for March',
				'',
				'I have already checked:',
				'- selected organisation',
				'- selected month or year',
				'- whether another tool shows the same pattern',
			].join('\n');
			expect(await helper.locator('output').textContent()).toBe(message);

			await expectCopied(page, helper, 'Copy message', 'Message copied.', message);
			produced.set('A problem message', message);
			expect(violations).toEqual([]);
		} finally {
			await close();
		}
	});

	it('"Describe the problem" ends by saying where to send the message: the Haresign website, linked', async () => {
		const { page, violations, close } = await readFaq();
		try {
			const helper = await scrollTo(page, toolLooksWrong, problemHelper(page));
			// After the message and its Copy button, the helper's last words.
			expect(await helper.evaluate((region) => region.lastElementChild?.textContent)).toBe('Then send it to Haresign through the Haresign website.');
			const link = helper.getByRole('link', { name: 'the Haresign website' });
			expect(await link.getAttribute('href')).toBe(platformLinks.home);
			expect(violations).toEqual([]);
		} finally {
			await close();
		}
	});

	it('copy nothing while a field they need is empty, and say which to fill in, never that they copied', async () => {
		const { page, violations, close } = await readFaq();
		try {
			const citation = await scrollTo(page, boardReports, citationHelper(page));
			await citation.getByLabel('Dataset', { exact: true }).selectOption({ label: 'Appointments' });
			await fillIn(citation, { Organisation: 'Riverside Surgery', Numerator: '1,240' });
			const problem = await scrollTo(page, toolLooksWrong, problemHelper(page));
			await fillIn(problem, { 'Tool name': 'GP Appointments Dashboard', 'What you saw': 'Nothing for March' });

			for (const [helper, button, said] of [
				[citation, 'Copy citation', 'Not finished yet: fill in “Figure”, “Reporting period” and “Comparator” first.'],
				[problem, 'Copy message', 'Not finished yet: fill in “Organisation”, “Time period” and “What you expected to see” first.'],
			] as const) {
				await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(copiedEarlier)})`);
				await helper.getByRole('button', { name: button }).click();
				await expect.poll(() => copyStatus(helper).textContent()).toBe(said);
				expect(await copyStatus(helper).textContent()).not.toMatch(/copied/i);
				expect(await clipboard(page)).toBe(copiedEarlier);
			}

			// Filled in, the same Copy copies, and the status no longer asks for what is there.
			await fillIn(citation, { Figure: '40%', 'Reporting period': 'April 2026' });
			expect(await copyStatus(citation).textContent()).toBe('');
			await fillIn(citation, { Comparator: 'Riverside PCN average' });
			await citation.getByRole('button', { name: 'Copy citation' }).click();
			await expect.poll(() => copyStatus(citation).textContent()).toBe('Citation copied.');
			expect(await clipboard(page)).toMatch(/^Figure: 40%\. Source: .+ Comparator: Riverside PCN average\./);
			expect(violations).toEqual([]);
		} finally {
			await close();
		}
	});

	it.each([1280, 375])(
		'at %i px wide, opened by a help page’s “Something wrong or missing on this page?” link, fill in that page, come into view, and wait for what the reader expected',
		async (width) => {
			const { page, violations, close } = await readFaq({ width, path: helpPage.path });
			try {
				await page.getByRole('link', { name: 'Something wrong or missing on this page?' }).click();
				await page.waitForURL((url) => url.pathname === '/faq/');
				const helper = problemHelper(page);
				await helper.waitFor({ state: 'visible', timeout: 10_000 });
				const expected = helper.getByLabel('What you expected to see', { exact: true });
				await expect.poll(() => expected.evaluate((control) => control === document.activeElement)).toBe(true);

				expect(await helper.getByLabel('Help page', { exact: true }).inputValue()).toBe(helpPage.title);
				expect(await helper.getByLabel('Page address', { exact: true }).inputValue()).toBe(`${site.origin}${helpPage.path}`);
				const opened = [
					'Hello Haresign,',
					'',
					'Something on one of your help pages is wrong or missing.',
					'',
					`Help page: ${helpPage.title}`,
					`Page address: ${site.origin}${helpPage.path}`,
					'What I expected to see: [what you expected to see]',
				].join('\n');
				expect(await helper.locator('output').textContent()).toBe(opened);
				produced.set(`A problem message as opened from ${helpPage.path}`, opened);

				// The helper's title and the field the reader types in first are both on screen, below the page's fixed header.
				const header = (await page.locator('header.header').boundingBox())!;
				for (const target of [page.getByRole('heading', { name: 'Describe the problem' }), expected]) {
					const box = (await target.boundingBox())!;
					expect(box.y).toBeGreaterThanOrEqual(header.y + header.height);
					expect(box.y + box.height).toBeLessThanOrEqual(900);
				}
				const { violations: axeViolations } = await runAxe(page);
				expect(axeViolations).toEqual([]);

				await page.keyboard.type('When the appointments data is next published');
				const message = opened.replace('[what you expected to see]', 'When the appointments data is next published');
				await expectCopied(page, helper, 'Copy message', 'Message copied.', message);
				produced.set(`The same, filled in and copied`, message);
				expect(violations).toEqual([]);
			} finally {
				await close();
			}
		},
	);

	it('take the help page from the address as text, cut short, and only an address on this site', async () => {
		const title = `${payload} ${'long '.repeat(60)}`;
		for (const address of ['https://elsewhere.example/data-sources/', '//elsewhere.example/data-sources/', 'javascript:alert(1)']) {
			// No #question: the helper comes into view all the same.
			const query = new URLSearchParams({ 'problem-page': title, 'problem-address': address });
			const { page, violations, close } = await readFaq({ path: `/faq/?${query}` });
			try {
				const helper = problemHelper(page);
				await helper.waitFor({ state: 'visible', timeout: 10_000 });
				const shown = await helper.getByLabel('Help page', { exact: true }).inputValue();
				expect(shown).toBe(title.slice(0, 200).trim());
				expect(await helper.getByLabel('Page address', { exact: true }).inputValue()).toBe('');
				const output = helper.locator('output');
				expect(await output.textContent()).toContain(`Help page: ${payload}`);
				expect(await output.textContent()).not.toMatch(/elsewhere|javascript/);
				expect(await output.locator('*').count()).toBe(0);
				expect(await page.locator('main img[src="x"], main b').count()).toBe(0);
				const box = (await helper.getByLabel('What you expected to see', { exact: true }).boundingBox())!;
				expect(box.y).toBeGreaterThanOrEqual(0);
				expect(box.y + box.height).toBeLessThanOrEqual(900);
				expect(violations).toEqual([]);
			} finally {
				await close();
			}
		}
	});

	it('shows and copies markup a reader types as text, never as markup', async () => {
		const { page, violations, close } = await readFaq();
		try {
			const title = await page.title();
			for (const [helper, question, label] of [
				[citationHelper(page), boardReports, 'Organisation'],
				[problemHelper(page), toolLooksWrong, 'What you saw'],
			] as const) {
				await scrollTo(page, question, helper);
				await (question === boardReports ? fillCitation(helper) : fillProblem(helper));
				await helper.getByLabel(label, { exact: true }).fill(payload);
				const output = helper.locator('output');
				expect(await output.textContent()).toContain(payload);
				expect(await output.locator('*').count()).toBe(0);
				await helper.getByRole('button', { name: /^Copy/ }).click();
				expect(await clipboard(page)).toContain(payload);
			}
			expect(await page.locator('main img[src="x"], main b').count()).toBe(0);
			expect(await page.title()).toBe(title);
			expect(violations).toEqual([]);
		} finally {
			await close();
		}
	});

	it('can be filled in and copied with the keyboard alone', async () => {
		const { page, violations, close } = await readFaq();
		try {
			const helper = await scrollTo(page, boardReports, citationHelper(page));
			await helper.getByLabel('Figure', { exact: true }).focus();
			await page.keyboard.type('12%');
			await page.keyboard.press('Tab');
			// On a closed select, the arrow keys choose: the first dataset after "Choose a dataset".
			await page.keyboard.press('ArrowDown');
			for (const value of ['2025-26', 'Riverside PCN', 'England average']) {
				await page.keyboard.press('Tab');
				await page.keyboard.type(value);
			}
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			expect(await page.evaluate('document.activeElement.textContent')).toBe('Copy citation');
			await page.keyboard.press('Enter');
			await expect.poll(() => copyStatus(helper).textContent()).toBe('Citation copied.');
			const first = siteRecords().datasets[0]!;
			expect(await clipboard(page)).toMatch(
				new RegExp(
					`^Figure: 12%\\. Source: ${first.source.replace(/[()]/g, '\\$&')}.*Reporting period: 2025-26\\. Organisation: Riverside PCN\\. Comparator: England average\\.`,
				),
			);

			const problem = await scrollTo(page, toolLooksWrong, problemHelper(page));
			await problem.getByLabel('selected organisation', { exact: true }).focus();
			await page.keyboard.press('Space');
			expect(await problem.locator('output').textContent()).toContain('I have already checked:\n- selected organisation');
			expect(violations).toEqual([]);
		} finally {
			await close();
		}
	});

	describe.each(['light', 'dark'] as const)('in the %s theme', (theme) => {
		it.each([1280, 375])('at %i px wide, filled in and copied, have no axe violations and show the keyboard focus', async (width) => {
			const { page, violations, close } = await readFaq({ theme, width });
			try {
				expect(await page.evaluate('document.documentElement.dataset.theme')).toBe(theme);
				const citation = await scrollTo(page, boardReports, citationHelper(page));
				await fillCitation(citation);
				await citation.getByLabel('Organisation', { exact: true }).fill(payload);
				await citation.getByRole('button', { name: 'Copy citation' }).click();
				const problem = await scrollTo(page, toolLooksWrong, problemHelper(page));
				await fillProblem(problem);
				await problem.getByLabel('selected month or year', { exact: true }).check();
				await problem.getByRole('button', { name: 'Copy message' }).click();
				await expect.poll(() => copyStatus(problem).textContent()).toBe('Message copied.');

				const { violations: axeViolations, unmeasuredContrast } = await runAxe(page);
				expect(axeViolations).toEqual([]);
				expect(unmeasuredContrast.filter((target) => target.includes('faq-helper'))).toEqual([]);

				// Every control in the helpers, reached by Tab, shows where the focus is.
				const unmarked: string[] = [];
				for (const helper of [citation, problem]) {
					const controls = helper.locator('a, input, select, textarea, button');
					// Arrive at the first by the keyboard too: a link focused by a script after a click shows no focus ring, rightly.
					await controls.first().focus();
					await page.keyboard.press('Shift+Tab');
					for (let stop = 0; stop < (await controls.count()); stop++) {
						await page.keyboard.press('Tab');
						const shown = await page.evaluate(`(() => {
							const style = getComputedStyle(document.activeElement);
							return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
						})()`);
						if (!shown) unmarked.push(await page.evaluate('document.activeElement.outerHTML.slice(0, 100)'));
					}
				}
				expect(unmarked).toEqual([]);
				expect(violations).toEqual([]);
			} finally {
				await close();
			}
		});
	});

	it('with JavaScript off, leave the owner’s answers as written, each helper saying it needs JavaScript, with no controls', async () => {
		const withoutScript = await readFaq({ javaScript: false });
		const withScript = await readFaq();
		try {
			const { page } = withoutScript;
			await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
			for (const mount of await page.locator('main [data-faq-helper]').all()) expect(await mount.isHidden()).toBe(true);
			expect(await page.locator('main :is(input, select, textarea, button, output)').count()).toBe(0);
			// Line by line, without the headings' "Section titled" anchor labels.
			const linesOf = async (reader: Reader) =>
				(await reader.page.locator('.sl-markdown-content').innerText())
					.split('\n')
					.filter((line) => line.trim() !== '' && !line.startsWith('Section titled'))
					.join('\n');
			const text = await linesOf(withoutScript);
			// The same words as the page with scripts on, before any helper is built, and a line that says why there is no helper.
			const needsJavaScript = /\nThis helper needs JavaScript, which is off in this browser\. The answer above lists what to include\./g;
			expect(text.match(needsJavaScript)).toHaveLength(2);
			expect(text.replace(needsJavaScript, '')).toBe(await linesOf(withScript));
			expect(text).toMatch(/local validation\.\nCite a figure\nFill in [^\n]+\nThis helper needs JavaScript[^\n]+\nCan I Export Data\?/);
			expect(text).toMatch(/and what you expected to see\.\nDescribe the problem\nFill in [^\n]+\nThis helper needs JavaScript[^\n]+$/);
		} finally {
			await withoutScript.close();
			await withScript.close();
		}
	});
});
