import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { addAttribute, escapeHTML, spreadAttributes } from 'astro/runtime/server/index.js';

type SidebarEntry = StarlightRouteData['sidebar'][number];

/** Starlight's `right-caret` icon: the arrow beside each group's name. */
const caret =
	'<svg aria-hidden="true" class="caret" width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><path d="m14.83 11.29-4.24-4.24a1 1 0 1 0-1.42 1.41L12.71 12l-3.54 3.54a1 1 0 0 0 0 1.41 1 1 0 0 0 .71.29 1 1 0 0 0 .71-.29l4.24-4.24a1.002 1.002 0 0 0 0-1.42Z"/></svg>';

/**
 * A link's class and its own attributes (a sidebar entry's `attrs`), written as Starlight's
 * SidebarSublist writes them, with Astro's own functions; most entries have none.
 */
function linkAttributes(attrs: Record<string, unknown>, nested: boolean): string {
	if (Object.keys(attrs).length === 0) return nested ? '' : ' class="large"';
	return `${addAttribute([{ large: !nested }, attrs['class']], 'class:list')}${spreadAttributes(attrs)}`;
}

function noBadge(entry: SidebarEntry): void {
	if (entry.badge) {
		throw new Error(
			`The sidebar entry "${entry.label}" has a badge (from src/config/sidebar.ts or its page's \`sidebar.badge\` frontmatter), ` +
				'which src/sidebar/ does not draw. Take the badge out, or draw it in src/sidebar/sidebar-html.ts.',
		);
	}
}

/**
 * The sidebar's list as HTML: the markup of Starlight's SidebarSublist, with the current page
 * marked and the groups around it open, styled by sidebar.css. Built as one string because
 * Astro's component rendering of the same list took several seconds at a thousand pages (docs/architecture.md, "Where build time and memory go").
 */
export function sidebarHtml(entries: SidebarEntry[]): string {
	let groupIndex = 0;
	const list = (items: SidebarEntry[], nested: boolean): { html: string; hasCurrent: boolean } => {
		let html = nested ? '<ul>' : '<ul class="top-level">';
		let hasCurrent = false;
		for (const entry of items) {
			noBadge(entry);
			if (entry.type === 'link') {
				hasCurrent ||= entry.isCurrent;
				const current = entry.isCurrent ? ' aria-current="page"' : '';
				html += `<li><a${addAttribute(entry.href, 'href')}${current}${linkAttributes(entry.attrs, nested)}><span>${escapeHTML(entry.label)}</span></a></li>`;
			} else {
				// Numbered in page order, as Starlight's restore points are: the persisted open state is matched by index.
				const restoreIndex = groupIndex++;
				const group = list(entry.entries, true);
				hasCurrent ||= group.hasCurrent;
				html +=
					`<li><details${group.hasCurrent || !entry.collapsed ? ' open' : ''}><summary><span class="group-label"><span class="large">${escapeHTML(entry.label)}</span></span>${caret}</summary>` +
					`<sl-sidebar-restore data-index="${restoreIndex}"></sl-sidebar-restore>${group.html}</details></li>`;
			}
		}
		return { html: `${html}</ul>`, hasCurrent };
	};
	return list(entries, false).html;
}
