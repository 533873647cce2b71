import { labelled, tidy } from './text.ts';

/** What the reader has filled in on "Describe a problem". */
export interface ProblemFields {
	tool: string;
	organisation: string;
	period: string;
	expected: string;
	saw: string;
	/** The FAQ's checks the reader has ticked, in the FAQ's words. */
	checked: string[];
}

/** A message to Haresign with what the FAQ says to send: tool name, organisation, time period and what the reader expected. */
export function problemMessage(fields: ProblemFields): string {
	const lines = [
		'Hello Haresign,',
		'',
		'A tool looks wrong to me.',
		'',
		labelled('Tool name', fields.tool, 'tool name'),
		labelled('Organisation', fields.organisation, 'organisation'),
		labelled('Time period', fields.period, 'time period'),
		labelled('What I expected to see', fields.expected, 'what you expected to see'),
		...(tidy(fields.saw) ? [labelled('What I saw', fields.saw, '')] : []),
	];
	if (fields.checked.length > 0) lines.push('', 'I have already checked:', ...fields.checked.map((check) => `- ${check}`));
	return lines.join('\n');
}
