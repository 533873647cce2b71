import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlValidateConfig, nuCheckerExceptions, redirectPageConfig } from '../html-validate.config.ts';
import { builtPagePaths, fileForPath, readPage, redirectTarget } from '../support/dist.ts';
import { nuCheckerCanRun, nuCheckerErrors, type NuMessage } from '../support/nu-checker.ts';
import { distDir } from '../support/paths.ts';

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

describe.runIf(nuCheckerCanRun())('the built HTML, by the W3C Nu Html Checker', () => {
	let errors: NuMessage[];
	beforeAll(() => {
		errors = nuCheckerErrors().filter((error) => !nuCheckerExceptions.some((exception) => exception.test(error.message)));
	}, 120_000);

	it.each(builtPagePaths())('%s is valid HTML', (path) => {
		const file = `/${relative(distDir, fileForPath(path)!)}`;
		expect(errors.filter((error) => error.file === file).map((error) => `line ${error.line}: ${error.message}`)).toEqual([]);
	});
});
