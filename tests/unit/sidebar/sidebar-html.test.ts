import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sidebarHtml } from '../../../src/sidebar/sidebar-html.ts';

type Entry = StarlightRouteData['sidebar'][number];
const link = (label: string, href: string, isCurrent = false, attrs = {}): Entry => ({ type: 'link', label, href, isCurrent, badge: undefined, attrs });
const group = (label: string, entries: Entry[], collapsed = false): Entry => ({ type: 'group', label, entries, collapsed, badge: undefined });
const render = (entries: Entry[]) => parseHTML(`<nav>${sidebarHtml(entries)}</nav>`).document;

describe('the sidebar drawn as one string', () => {
	const sidebar = [
		link('Home', '/'),
		group('Tools', [link('All tools', '/tools/'), link('QOF tools', '/tools/qof/', true)]),
		group('Developers', [link('Developer API', '/api/')], true),
		group('More', [group('Inner', [link('FAQ', '/faq/')], true)]),
	];

	it('marks the current page, and only it, as Starlight does', () => {
		const current = [...render(sidebar).querySelectorAll('[aria-current]')];
		expect(current.map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')])).toEqual([['/tools/qof/', 'page']]);
	});

	it('opens the groups that are not collapsed and the one holding the current page, and closes the rest', () => {
		const collapsedCurrent = [group('Tools', [link('QOF tools', '/tools/qof/', true)], true), ...sidebar.slice(2)];
		const open = (entries: Entry[]) => [...render(entries).querySelectorAll('details')].map((details) => details.hasAttribute('open'));
		expect(open(sidebar)).toEqual([true, false, true, false]);
		expect(open(collapsedCurrent)).toEqual([true, false, true, false]);
	});

	it('numbers the restore points in page order, so the persisted open groups apply to the right ones', () => {
		const indexes = [...render(sidebar).querySelectorAll('details > sl-sidebar-restore')].map((point) => point.getAttribute('data-index'));
		expect(indexes).toEqual(['0', '1', '2', '3']);
	});

	it('makes top-level links large, as Starlight does, and writes a link’s own attributes as Astro writes them', () => {
		const attrs = { class: 'home', target: '_blank', download: true, hidden: false, 'aria-hidden': true, 'data-new': false };
		const html = sidebarHtml([link('Home', '/', false, attrs), group('Tools', [link('All tools', '/tools/')])]);
		expect(html).toContain('<a href="/" class="large home" class="home" target="_blank" download aria-hidden="true" data-new="false"><span>Home</span></a>');
		expect(html).toContain('<a href="/tools/"><span>All tools</span></a>');
		expect(sidebarHtml([link('Home', '/')])).toContain('<a href="/" class="large"><span>Home</span></a>');
	});

	it('escapes labels and addresses', () => {
		const html = sidebarHtml([link('Q&A <draft> "notes" for PCN\'s', '/a/?b=1&c="2"')]);
		expect(html).toContain('href="/a/?b=1&amp;c=&quot;2&quot;"');
		expect(html).toContain('<span>Q&amp;A &lt;draft&gt; &quot;notes&quot; for PCN&#39;s</span>');
	});

	it('says which entry has a badge, which it does not draw', () => {
		const badged: Entry = { ...link('New tool', '/tools/new/'), badge: { text: 'New', variant: 'tip' } };
		expect(() => sidebarHtml([group('Tools', [badged])])).toThrow(
			/"New tool" has a badge \(from src\/config\/sidebar\.ts or its page's `sidebar\.badge` frontmatter\)/,
		);
	});
});
