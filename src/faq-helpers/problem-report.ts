import { tidy, writer, type Written } from './text.ts';

/** What the reader has filled in on "Describe the problem". */
export interface ProblemFields {
	/** The help page the problem is on, when the reader came from its "Something wrong or missing on this page?" link. */
	page: string;
	/** That page's address, in full. */
	address: string;
	tool: string;
	organisation: string;
	period: string;
	expected: string;
	saw: string;
	/** The FAQ's checks the reader has ticked, in the FAQ's words. */
	checked: string[];
}

/**
 * A message to Haresign with what the FAQ says to send: tool name, organisation, time period and what
 * the reader expected. A problem with a help page is about the page, named by its title or address:
 * there, a tool, organisation and time period are told only when given.
 */
export function problemMessage(fields: ProblemFields): Written<keyof ProblemFields> {
	const { missing, required, optional } = writer<keyof ProblemFields>();
	const onHelpPage = tidy(fields.page) !== '' || tidy(fields.address) !== '';
	const lines = onHelpPage
		? [
				'Something on one of your help pages is wrong or missing.',
				'',
				...optional('Help page', fields.page),
				...optional('Page address', fields.address),
				...optional('Tool name', fields.tool),
				...optional('Organisation', fields.organisation),
				...optional('Time period', fields.period),
			]
		: [
				'A tool looks wrong to me.',
				'',
				required('tool', 'Tool name', fields.tool, 'tool name'),
				required('organisation', 'Organisation', fields.organisation, 'organisation'),
				required('period', 'Time period', fields.period, 'time period'),
			];
	lines.push(required('expected', 'What I expected to see', fields.expected, 'what you expected to see'), ...optional('What I saw', fields.saw));
	if (fields.checked.length > 0) lines.push('', 'I have already checked:', ...fields.checked.map((check) => `- ${check}`));
	return { text: ['Hello Haresign,', '', ...lines].join('\n'), missing };
}

/** Longer than any page title; a link's parameters are the reader's to edit, so they are cut short. */
const longest = 200;

/**
 * The help page named by the FAQ's address (`?problem-page=<title>&problem-address=<address>`), as
 * each page's "Something wrong or missing on this page?" link gives it: the title as one line of
 * text, at most 200 characters; the address only when it is on this site (a path from `/`, or an
 * http(s) address at the site's origin), written in full, and left out when too long to be whole.
 */
export function helpPageFromSearch(search: string, siteOrigin: string): { page: string; address: string } | undefined {
	const parameters = new URLSearchParams(search);
	const page = [...tidy((parameters.get('problem-page') ?? '').replace(/\p{Cc}/gu, ' '))].slice(0, longest).join('').trim();
	const given = tidy(parameters.get('problem-address') ?? '');
	let address = '';
	if (given.length <= longest && (given.startsWith('/') || /^https?:\/\//i.test(given))) {
		// `//host/` and `/\host/` start with `/` yet lead elsewhere: the origin decides.
		try {
			const url = new URL(given, siteOrigin);
			if (url.origin === siteOrigin) address = url.href;
		} catch {
			// Not an address at all: left out.
		}
	}
	return page || address ? { page, address } : undefined;
}
