import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import config from '../../astro.config.mjs';
import { failOnAuthoringErrors } from '../../src/integrations/authoring-errors.ts';
import { authoringError } from '../../src/lib/authoring-errors.ts';
import { renderMarkdown } from '../support/markdown.ts';

type Hook = 'astro:build:start' | 'astro:build:done';

/** Runs one of the integration's hooks as Astro would, collecting what it logs and whether it ended the build. */
async function runHook(name: Hook): Promise<{ logged: string[]; exitCode: number | undefined }> {
	const logged: string[] = [];
	const logger = { error: (message: string) => logged.push(message) } as unknown as AstroIntegrationLogger;
	const hook = failOnAuthoringErrors().hooks[name]! as (options: { logger: AstroIntegrationLogger }) => Promise<void> | void;
	let exitCode: number | undefined;
	const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
		exitCode = code;
		throw new Error('the build ended');
	}) as typeof process.exit);
	try {
		await hook({ logger });
	} catch {
		// The build ended: exitCode says how.
	} finally {
		exit.mockRestore();
	}
	return { logged, exitCode };
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
		expect(await runHook('astro:build:start')).toEqual({ logged: [], exitCode: undefined });
		expect(await runHook('astro:build:done')).toEqual({ logged: [], exitCode: undefined });
	});

	it('ends the build once the pages are read, before any is built, pointing to the mistakes the loader named', async () => {
		await expect(renderMarkdown('[Sign up](platform:signup)', 'sign-up.md')).rejects.toThrow();
		authoringError('content/data/datasets.yaml: record "qof", field "usedFor": this field is required.');
		const { logged, exitCode } = await runHook('astro:build:start');
		expect(exitCode).toBe(1);
		expect(logged).toEqual(['The pages have 2 mistake(s), each named above with its file and line.\nFix the mistakes above, then build again.']);
	});

	it('ends the build at its end, naming every mistake an MDX page’s build found', async () => {
		const { logged, exitCode } = await runHook('astro:build:done');
		expect(exitCode).toBe(1);
		expect(logged).toHaveLength(1);
		expect(logged[0]).toMatch(/sign-up\.md: unknown platform link "platform:signup".*\n.*record "qof".*\nFix the mistakes above, then build again\.$/);
	});
});
