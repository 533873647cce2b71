import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { failOnAuthoringErrors } from '../../src/integrations/authoring-errors.ts';
import { authoringError } from '../../src/lib/authoring-errors.ts';
import { renderMarkdown } from '../support/markdown.ts';

/** Runs the integration's end-of-build hook as Astro would, collecting what it logs. */
async function endOfBuild(): Promise<{ logged: string[]; error: unknown }> {
	const logged: string[] = [];
	const logger = { error: (message: string) => logged.push(message) } as unknown as AstroIntegrationLogger;
	const hook = failOnAuthoringErrors().hooks['astro:build:done']!;
	try {
		await hook({ logger } as Parameters<typeof hook>[0]);
		return { logged, error: undefined };
	} catch (error) {
		return { logged, error };
	}
}

/*
 * Starlight's loader logs a page that throws while rendering and carries on, so without this
 * integration a bad platform: link or data record would ship a page with content missing.
 */
describe('a mistake found while the pages render', () => {
	it('is checked for at every build', () => {
		const names = (config.integrations ?? []).flat().map((integration) => integration && integration.name);
		expect(names).toContain('haresign:fail-on-authoring-errors');
	});

	it('passes the build when there is none', async () => {
		expect(await endOfBuild()).toEqual({ logged: [], error: undefined });
	});

	it('fails the build at the end, repeating every mistake', async () => {
		await expect(renderMarkdown('[Sign up](platform:signup)', 'sign-up.md')).rejects.toThrow();
		authoringError('content/data/datasets.yaml: record "qof", field "usedFor": this field is required.');
		const { logged, error } = await endOfBuild();
		expect(logged).toEqual([expect.stringContaining('sign-up.md: unknown platform link "platform:signup"'), expect.stringContaining('record "qof"')]);
		expect(String(error)).toContain('The content has 2 mistake(s), listed above.');
	});
});
