/*
 * The helpers themselves, loaded by loader.ts when the reader comes near one. The records they
 * need come with this module, not with the page.
 */
import { records } from 'virtual:haresign/faq-helper-records';
import type { FaqHelperKind } from './mount-point.ts';
import { citationText } from './citation.ts';
import { element, field, helperRegion, newId, outputWithCopy, textInput, type TextControl } from './form.ts';
import { problemMessage } from './problem-report.ts';
import { adoptHelperStyles } from './styles.ts';

/** Rewrites the result whenever any control changes. */
function whenChanged(controls: TextControl[], write: () => void): void {
	for (const control of controls) control.addEventListener('input', write);
	write();
}

function citationHelper(): HTMLElement {
	const dataset = element('select');
	dataset.append(element('option', { value: '' }, 'Choose a dataset'));
	for (const record of records.datasets) dataset.append(element('option', { value: record.id }, record.area));
	const fields = [
		field('Dataset', dataset),
		field('Reporting period', textInput(), 'For example: April 2026, or 2025-26.'),
		field('Organisation', textInput(), 'The practice, PCN or area the figure is for.'),
		field('Comparator', textInput(), 'What the figure is compared with, for example the PCN or England average.'),
		field('Numerator', textInput(), 'Optional.'),
		field('Denominator', textInput(), 'Optional.'),
	] as const;
	const [chosen, period, organisation, comparator, numerator, denominator] = fields.map(({ control }) => control);
	const controls = fields.map(({ control }) => control);
	const result = outputWithCopy('Citation to copy', 'Copy citation', 'Citation copied.', controls);
	whenChanged(controls, () =>
		result.show(
			citationText({
				dataset: records.datasets.find((record) => record.id === chosen!.value),
				period: period!.value,
				organisation: organisation!.value,
				comparator: comparator!.value,
				numerator: numerator!.value,
				denominator: denominator!.value,
			}),
		),
	);
	const dataSources = element('a', { href: `${import.meta.env.BASE_URL}data-sources/#caveats-by-kind-of-data` }, 'Data Sources');
	return helperRegion(
		'Cite a figure',
		element('p', {}, 'Fill in what the figure is. The citation is written as you type, with the dataset’s caveat from ', dataSources, '.'),
		...fields.map(({ row }) => row),
		result.section,
	);
}

/** The answer's own checklist (the list before the helper), so the owner's words are written once. */
function answerChecks(mount: Element): string[] {
	for (let node = mount.previousElementSibling; node && !node.matches('h2, .sl-heading-wrapper'); node = node.previousElementSibling) {
		if (node.matches('ul')) return [...node.querySelectorAll(':scope > li')].map((item) => (item.textContent ?? '').trim().replace(/[;.]$/, ''));
	}
	return [];
}

function problemReportHelper(mount: Element): HTMLElement {
	const suggestions = element('datalist', { id: newId('tools') });
	for (const name of records.toolNames) suggestions.append(element('option', { value: name }));
	const tool = textInput();
	tool.setAttribute('list', suggestions.id);
	const expected = element('textarea', { rows: 2 });
	const saw = element('textarea', { rows: 2 });
	const fields = [
		field('Tool name', tool, 'Choose from the list or type the name.'),
		field('Organisation', textInput()),
		field('Time period', textInput(), 'The month or year you selected.'),
		field('What you expected to see', expected),
		field('What you saw', saw),
	] as const;
	const checks = answerChecks(mount).map((check) => ({ check, box: element('input', { type: 'checkbox' }) }));
	const checklist = element('fieldset', { className: 'faq-helper-checks' }, element('legend', {}, 'What you have checked'));
	for (const { check, box } of checks) {
		box.id = `${tool.id}-check-${checklist.children.length}`;
		checklist.append(element('div', {}, box, element('label', { htmlFor: box.id }, check)));
	}
	const controls = [...fields.map(({ control }) => control), ...checks.map(({ box }) => box)];
	const result = outputWithCopy('Message to copy', 'Copy message', 'Message copied.', controls);
	const [toolName, organisation, period] = fields.map(({ control }) => control);
	whenChanged(controls, () =>
		result.show(
			problemMessage({
				tool: toolName!.value,
				organisation: organisation!.value,
				period: period!.value,
				expected: expected.value,
				saw: saw.value,
				checked: checks.filter(({ box }) => box.checked).map(({ check }) => check),
			}),
		),
	);
	return helperRegion(
		'Describe the problem',
		element('p', {}, 'Fill in what you found. Copy the message and send it to Haresign through the website.'),
		...fields.map(({ row }) => row),
		suggestions,
		...(checks.length > 0 ? [checklist] : []),
		result.section,
	);
}

const builders: Record<FaqHelperKind, (mount: Element) => HTMLElement> = {
	citation: citationHelper,
	'problem-report': problemReportHelper,
};

/** A helper's mount point and which helper it is for, as the loader found them on the page. */
export interface Mount {
	element: HTMLElement;
	kind: string | null;
}

/**
 * A helper built above what the reader is looking at (they arrived by a link to a later question,
 * or are scrolling back up) would push the page down under them: keep what follows it where it was.
 */
function keepingThePlace(mount: HTMLElement, insert: () => void): void {
	const follower = mount.nextElementSibling;
	const viewTop = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
	const before = follower?.getBoundingClientRect().top;
	insert();
	if (!follower || before === undefined || before >= viewTop) return;
	const shift = follower.getBoundingClientRect().top - before;
	if (shift !== 0) window.scrollBy({ top: shift, behavior: 'instant' });
}

export function mountHelpers(mounts: Mount[]): void {
	adoptHelperStyles();
	for (const { element: mount, kind } of mounts) {
		const build = builders[kind as FaqHelperKind];
		if (!build || mount.childElementCount > 0) continue;
		keepingThePlace(mount, () => {
			mount.append(build(mount));
			mount.hidden = false;
		});
	}
}
