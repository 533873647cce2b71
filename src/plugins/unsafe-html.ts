import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { authoringError, placeInPage } from '../lib/authoring-errors.ts';

/** Elements that run or embed another page's code: never written into a help page by hand. */
const runsCode = /<\s*(script|iframe|object|embed|frame|frameset)\b/i;
/** An event handler attribute (`onerror=`, `onclick=`…): code that runs when something happens. */
const eventHandler = /<[a-z][^>]*?\s(on[a-z]+)\s*=/i;
/** A `javascript:` address, as a browser reads it: letters of the scheme may be split by tabs and new lines. */
const javascriptUrl = /^[\s\u0000-\u001f]*j[\t\n\r]*a[\t\n\r]*v[\t\n\r]*a[\t\n\r]*s[\t\n\r]*c[\t\n\r]*r[\t\n\r]*i[\t\n\r]*p[\t\n\r]*t[\t\n\r]*:/i;
const javascriptAttribute = /\s(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*javascript:/i;

const refuse = (ctx: HastVisitorContext, snippet: string, what: string): Error =>
	authoringError(
		`${placeInPage(ctx.fileURL, snippet)}: ${what} is not allowed in a page: it would run code in readers' browsers. ` +
			`Link to the page instead, or ask a developer to add what it does to the site's code.`,
	);

/**
 * Fails the build on HTML written into Markdown that runs code: `<script>`, `<iframe>` and other
 * embeds, event handler attributes and `javascript:` links. The site's Content-Security-Policy
 * would stop most of it in browsers that honour it; this stops it being published at all.
 * Records' text is written into pages as text, never as HTML, so YAML needs no such check.
 */
export const unsafeHtmlPlugin: HastPluginDefinition = {
	name: 'haresign-unsafe-html',
	raw(node, ctx) {
		const html = node.value;
		const element = html.match(runsCode);
		if (element) throw refuse(ctx, html, `<${element[1]!.toLowerCase()}>`);
		const handler = html.match(eventHandler);
		if (handler) throw refuse(ctx, html, `the event handler ${handler[1]!.toLowerCase()}=`);
		if (javascriptAttribute.test(html)) throw refuse(ctx, html, 'a javascript: address');
	},
	element: {
		filter: ['a', 'img', 'area', 'form', 'iframe'],
		visit(node, ctx) {
			for (const key of ['href', 'src', 'action']) {
				const value = node.properties[key];
				if (typeof value === 'string' && javascriptUrl.test(value)) throw refuse(ctx, value, 'a javascript: address');
			}
		},
	},
};
