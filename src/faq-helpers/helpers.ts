/*
 * The helpers themselves, loaded by loader.ts when the reader comes near one, or at once when a help
 * page's "Something wrong or missing on this page?" link opened the FAQ. The records they need come
 * with this module, not with the page.
 */
import { records } from 'virtual:haresign/faq-helper-records';
import { platformLinks } from '../data/platformLinks.ts';
import type { FaqHelperKind } from './mount-point.ts';
import { citation } from './citation.ts';
import { element, field, helperRegion, newId, outputWithCopy, textInput, type TextControl } from './form.ts';
import { helpPageFromSearch, problemMessage } from './problem-report.ts';
import { adoptHelperStyles } from './styles.ts';

/** Rewrites the result whenever any control changes. */
function whenChanged(controls: TextControl[], write: () => void): void {
	for (const control of controls) control.addEventListener('input', write);
	write();
}

/** The labels of the fields a text still needs, as the reader sees them on the form. */
const labelsOf = <Name extends string>(missing: Name[], fields: Partial<Record<Name, { label: string }>>): string[] =>
	missing.map((name) => fields[name]?.label ?? name);

/** The heading the page gives a helper (blocks.ts), the last before its mount point: it names the helper. */
function headingOf(mount: Element): HTMLElement | null {
	for (let node = mount.previousElementSibling; node; node = node.previousElementSibling) {
		const heading = node.matches('h3') ? node : node.querySelector('h3');
		if (heading instanceof HTMLElement) return heading;
	}
	return null;
}

function citationHelper(mount: Element): HTMLElement {
	const dataset = element('select');
	dataset.append(element('option', { value: '' }, 'Choose a dataset'));
	for (const record of records.datasets) dataset.append(element('option', { value: record.id }, record.area));
	const fields = {
		figure: field('Figure', textInput(), 'The number you are citing, with what it counts. For example: 40% of appointments were on the same day.'),
		dataset: field('Dataset', dataset),
		period: field('Reporting period', textInput(), 'For example: April 2026, or 2025-26.'),
		organisation: field('Organisation', textInput(), 'The practice, PCN or area the figure is for.'),
		comparator: field('Comparator', textInput(), 'What the figure is compared with, for example the PCN or England average.'),
		numerator: field('Numerator', textInput(), 'Optional.'),
		denominator: field('Denominator', textInput(), 'Optional.'),
	};
	const controls = Object.values(fields).map(({ control }) => control);
	const result = outputWithCopy('Citation to copy', 'Copy citation', 'Citation copied.', controls);
	whenChanged(controls, () => {
		const { text, missing } = citation({
			figure: fields.figure.control.value,
			dataset: records.datasets.find((record) => record.id === dataset.value),
			period: fields.period.control.value,
			organisation: fields.organisation.control.value,
			comparator: fields.comparator.control.value,
			numerator: fields.numerator.control.value,
			denominator: fields.denominator.control.value,
		});
		result.show(text, labelsOf(missing, fields));
	});
	return helperRegion(headingOf(mount)?.id ?? '', ...Object.values(fields).map(({ row }) => row), result.section);
}

/** The answer's own checklist (the list before the helper's heading), so the owner's words are written once. */
function answerChecks(mount: Element): string[] {
	const helperStart = headingOf(mount)?.closest('.sl-heading-wrapper') ?? mount;
	for (let node = helperStart.previousElementSibling; node && !node.matches('h2, .sl-heading-wrapper'); node = node.previousElementSibling) {
		// A numbered list is a checklist too.
		if (node.matches('ul, ol')) return [...node.querySelectorAll(':scope > li')].map((item) => (item.textContent ?? '').trim().replace(/[;.]$/, ''));
	}
	return [];
}

type InputField = ReturnType<typeof field<HTMLInputElement>>;

/** The help page whose "Something wrong or missing on this page?" link opened the FAQ, if one did. */
const helpPage = helpPageFromSearch(location.search, location.origin);
/** Where the reader who came by that link starts typing: set when the helper is built for them. */
let firstToFill: HTMLElement | undefined;

function problemReportHelper(mount: Element): HTMLElement {
	const suggestions = element('datalist', { id: newId('tools') });
	for (const name of records.toolNames) suggestions.append(element('option', { value: name }));
	const tool = textInput();
	tool.setAttribute('list', suggestions.id);
	const expected = element('textarea', { rows: 2 });
	// Only for a reader who came from a help page: for everyone else the answer is about a tool.
	const pageFields: { page?: InputField; address?: InputField } = helpPage
		? {
				page: field('Help page', textInput({ value: helpPage.page })),
				address: field('Page address', textInput({ value: helpPage.address })),
			}
		: {};
	const fields = {
		...pageFields,
		tool: field('Tool name', tool, 'Choose from the list or type the name.'),
		organisation: field('Organisation', textInput()),
		period: field('Time period', textInput(), 'The month or year you selected.'),
		expected: field('What you expected to see', expected),
		saw: field('What you saw', element('textarea', { rows: 2 })),
	};
	const checks = answerChecks(mount).map((check) => ({ check, box: element('input', { type: 'checkbox' }) }));
	const checklist = element('fieldset', { className: 'faq-helper-checks' }, element('legend', {}, 'What you have checked'));
	for (const { check, box } of checks) {
		box.id = `${tool.id}-check-${checklist.children.length}`;
		checklist.append(element('div', {}, box, element('label', { htmlFor: box.id }, check)));
	}
	const controls = [...Object.values(fields).map(({ control }) => control), ...checks.map(({ box }) => box)];
	const result = outputWithCopy('Message to copy', 'Copy message', 'Message copied.', controls);
	whenChanged(controls, () => {
		const { text, missing } = problemMessage({
			page: fields.page?.control.value ?? '',
			address: fields.address?.control.value ?? '',
			tool: tool.value,
			organisation: fields.organisation.control.value,
			period: fields.period.control.value,
			expected: expected.value,
			saw: fields.saw.control.value,
			checked: checks.filter(({ box }) => box.checked).map(({ check }) => check),
		});
		result.show(text, labelsOf(missing, fields));
	});
	if (helpPage) firstToFill = expected;
	const website = element('a', { href: platformLinks.home }, 'the Haresign website');
	return helperRegion(
		headingOf(mount)?.id ?? '',
		...Object.values(fields).map(({ row }) => row),
		suggestions,
		...(checks.length > 0 ? [checklist] : []),
		result.section,
		// The FAQ gives no address or form for Haresign: its website is where to go.
		element('p', {}, 'Then send it to Haresign through ', website, '.'),
	);
}

/**
 * The reader came by a help page's link to report a problem with it: show them the helper, with the
 * first field they have to fill in focused. After the page's load, when the browser has done
 * scrolling to the question in the address.
 */
function bringToReader(control: HTMLElement): void {
	const region = control.closest('section');
	const heading = document.getElementById(region?.getAttribute('aria-labelledby') ?? '') ?? region;
	const show = () => {
		heading?.scrollIntoView({ block: 'start', behavior: 'instant' });
		control.focus({ preventScroll: true });
		// On a short screen the field counts for more than the helper's title.
		const below = control.getBoundingClientRect().bottom + 16 - window.innerHeight;
		if (below > 0) window.scrollBy({ top: below, behavior: 'instant' });
	};
	if (document.readyState === 'complete') show();
	else window.addEventListener('load', show, { once: true });
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
	let follower = mount.nextElementSibling;
	// What follows on screen: not the <noscript> after the mount point.
	while (follower && follower.getClientRects().length === 0) follower = follower.nextElementSibling;
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
	if (firstToFill) bringToReader(firstToFill);
	firstToFill = undefined;
}
