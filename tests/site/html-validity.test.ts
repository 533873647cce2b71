import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlValidateConfig, redirectPageConfig } from '../html-validate.config.ts';
import { builtPagePaths, fileForPath, readPage, redirectTarget } from '../support/dist.ts';

const pageValidator = new HtmlValidate(htmlValidateConfig);
const redirectValidator = new HtmlValidate(redirectPageConfig);

describe('the built HTML', () => {
	it.each(builtPagePaths())('%s is valid by html-validate', async (path) => {
		const file = fileForPath(path)!;
		const validator = redirectTarget(readPage(path)) ? redirectValidator : pageValidator;
		const report = await validator.validateString(readFileSync(file, 'utf8'), file);
		const problems = report.results.flatMap((result) =>
			result.messages.map((message) => `${message.ruleId} at ${message.line}:${message.column} ${message.selector ?? ''}: ${message.message}`),
		);
		expect(problems).toEqual([]);
	});
});
