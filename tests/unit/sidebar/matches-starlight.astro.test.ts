import SidebarSublist from '@astrojs/starlight/components/SidebarSublist.astro';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';
import { expect, it } from 'vitest';
import { sidebarHtml } from '../../../src/sidebar/sidebar-html.ts';

/*
 * src/sidebar/ copies the markup of Starlight's SidebarSublist. This renders Starlight's own
 * component beside ours for the same navigation, so a Starlight upgrade that changes the sidebar's
 * structure, classes, current-page marking or styles fails here instead of breaking the menu unseen.
 */

type Entry = StarlightRouteData['sidebar'][number];
const link = (label: string, href: string, isCurrent = false, attrs = {}): Entry => ({ type: 'link', label, href, isCurrent, badge: undefined, attrs });
const group = (label: string, entries: Entry[], collapsed = false): Entry => ({ type: 'group', label, entries, collapsed, badge: undefined });

/** Every kind of entry the site's sidebar can hold: current and not, open and collapsed, nested, with attributes and characters to escape. */
const navigation: Entry[] = [
	link('Home', '/'),
	link('Register & sign in <now>', 'https://example.org/?a=1&b="2"', false, { class: 'platform', target: '_blank', rel: 'noopener' }),
	group('Tools', [link('All tools', '/tools/'), link('QOF tools', '/tools/qof/', true)]),
	group('Developers', [link('Developer API', '/api/'), link('Endpoints', '/api/endpoints/', false, { 'data-kind': 'reference' })], true),
	group('More', [group('Inner', [link('FAQ', '/faq/')], true), link('Glossary', '/glossary/')]),
	group("Owner's notes", [link('Accounts', '/accounts/')], true),
];

/**
 * The markup as a reader's browser sees it, minus what only Astro's component rendering adds:
 * scope classes, dev-mode source attributes, and the caret icon's inline size (sidebar.css sets it).
 */
function structure(html: string): string {
	const { document } = parseHTML(`<nav>${html}</nav>`);
	for (const element of document.querySelectorAll('*')) {
		for (const { name } of [...element.attributes]) if (name.startsWith('data-astro-')) element.removeAttribute(name);
		const classes = [...element.classList].filter((name) => !name.startsWith('astro-'));
		if (classes.length > 0) element.setAttribute('class', classes.join(' '));
		else element.removeAttribute('class');
		if (element.matches('svg.caret')) element.removeAttribute('style');
	}
	return document.querySelector('nav')!.innerHTML;
}

it('draws the same sidebar markup as Starlight’s SidebarSublist, for every kind of entry', async () => {
	const container = await AstroContainer.create();
	const starlights = await container.renderToString(SidebarSublist, { props: { sublist: navigation } });
	const ours = sidebarHtml(navigation);
	// Proves the comparison sees the parts that matter, so an empty render cannot pass.
	expect(structure(starlights)).toContain('aria-current="page"');
	expect(structure(starlights)).toContain('<sl-sidebar-restore data-index="3">');
	expect(structure(ours)).toBe(structure(starlights));
});

/** CSS as rules, without comments, Astro's `:global()`, our scoping to the sidebar element, or layout whitespace. */
const rules = (css: string) =>
	css
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/:global\(([^)]*)\)/g, '$1')
		.replace(/sl-sidebar-state-persist /g, '')
		.replace(/\s+/g, ' ')
		.trim();

it('styles the sidebar with Starlight’s SidebarSublist styles, in Starlight’s layer', () => {
	const sublistSource = readFileSync(createRequire(import.meta.url).resolve('@astrojs/starlight/components/SidebarSublist.astro'), 'utf8');
	const starlights = sublistSource.match(/<style>([\s\S]*)<\/style>/)?.[1] ?? '';
	const ours = readFileSync(new URL('../../../src/sidebar/sidebar.css', import.meta.url), 'utf8');
	const ourCoreLayer = ours.slice(ours.indexOf('@layer starlight.core'), ours.indexOf('@layer starlight.components'));
	expect(rules(starlights)).toContain("[aria-current='page']");
	expect(rules(ourCoreLayer)).toBe(rules(starlights));
});
