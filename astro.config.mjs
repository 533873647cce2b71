// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import { abbreviationsPlugin } from './src/plugins/abbreviations.ts';
import { baseLinksPlugin } from './src/plugins/base-links.ts';
import { codeHighlightPlugin } from './src/plugins/code-highlight.ts';
import { dataBlocksPlugin } from './src/plugins/data-blocks/index.ts';
import { missingFilesPlugin } from './src/plugins/missing-files.ts';
import { platformLinksPlugin } from './src/plugins/platform-links.ts';
import { tableCellLabelsPlugin } from './src/plugins/table-cell-labels.ts';
import { tableRegionsPlugin } from './src/plugins/table-regions.ts';
import { unsafeHtmlPlugin } from './src/plugins/unsafe-html.ts';
import { faqHelpers } from './src/faq-helpers/index.ts';
import { failOnAuthoringErrors } from './src/integrations/authoring-errors.ts';
import { discardFailedBuild } from './src/integrations/discard-failed-build.ts';
import { checkRecordsFirst } from './src/integrations/records-first.ts';
import { keepPublishedAddresses } from './src/integrations/published-addresses.ts';
import { warnOfWritingMistakes } from './src/integrations/page-warnings.ts';
import { warnOfOverdueReviews } from './src/integrations/overdue-reviews.ts';
import { siteSearch } from './src/search/index.ts';
import { staticHostFiles } from './src/integrations/static-host-files.ts';
import { csp } from './src/config/csp.ts';
import { llmsTxt } from './src/config/llms-txt.ts';
import { redirectsUnder } from './src/config/redirects.ts';
import { sidebar } from './src/config/sidebar.ts';
import { siteAddress } from './src/config/site.ts';

export default defineConfig({
	// From the build environment (SITE_URL or the host's own variable); its path is the base (docs/deploying.md, "The site's address").
	site: siteAddress?.site,
	base: siteAddress?.base ?? '/',
	// Pages live in ./content/docs: Starlight reads `<srcDir>/content/docs` (docs/architecture.md, "Choices, and why").
	srcDir: '.',
	trailingSlash: 'always',
	redirects: redirectsUnder(siteAddress?.base ?? '/'),
	// Starlight turns on prefetch-all; hovering a link would download pages the reader did not open.
	prefetch: false,
	security: { csp },
	// Astro's MDX pages carry a "use astro:head-inject" directive that Rolldown warns of on every build (withastro/astro#18087).
	vite: { build: { rolldownOptions: { checks: { moduleLevelDirective: false } } } },
	markdown: {
		// codeHighlightPlugin colours code instead (src/plugins/code-highlight.ts says why).
		syntaxHighlight: false,
		processor: satteri({
			// tableRegionsPlugin after dataBlocksPlugin: it also wraps the tables the data blocks write.
			mdastPlugins: [platformLinksPlugin, dataBlocksPlugin, tableRegionsPlugin],
			// unsafeHtmlPlugin and missingFilesPlugin first: HTML that runs code, or a file that is not there, stops the build (docs/writing.md, "When the build says no").
			// baseLinksPlugin last: it also sees the links the data blocks and abbreviations add.
			hastPlugins: [
				unsafeHtmlPlugin,
				missingFilesPlugin,
				codeHighlightPlugin,
				abbreviationsPlugin,
				tableCellLabelsPlugin,
				baseLinksPlugin(siteAddress?.base ?? '/'),
			],
		}),
	},
	integrations: [
		// First, so that any failure after it leaves no dist/ (docs/writing.md, "When the build says no").
		discardFailedBuild(),
		// The data files, read once before anything is built: a mistake stops the build with its message alone.
		checkRecordsFirst(),
		// Every address the site has published keeps a page or a redirect (content/data/published-addresses.yaml).
		keepPublishedAddresses(),
		// What writers should fix though the site builds, one summary when the pages are built (before the link check can stop the build).
		warnOfWritingMistakes(),
		starlight({
			title: 'Haresign help',
			// British English: lang="en-GB" on every page, and dates as "3 December 2026".
			locales: { root: { label: 'English', lang: 'en-GB' } },
			description: 'Help for Haresign: free NHS data tools, dashboards, calculators and an API for general practice in England.',
			lastUpdated: true,
			sidebar,
			components: {
				// The sidebar's list drawn as one string, not a component per entry: the build's largest cost at a thousand pages.
				Sidebar: './src/sidebar/Sidebar.astro',
				// Dates in full with the page's review dates, and a way to report a mistake on the page.
				LastUpdated: './src/page-footer/PageDates.astro',
				Footer: './src/page-footer/PageFooter.astro',
			},
			// Astro's own Shiki highlighting colours the code examples without Expressive Code's CSS and JS.
			expressiveCode: false,
			// Help pages are read one at a time from the sidebar or search, not in sequence: no Previous/Next links.
			pagination: false,
			customCss: ['./src/styles/site.css'],
			plugins: [
				// Our own search: loads on intent, ranks sections, understands readers' words (src/search/README.md).
				siteSearch(),
				// The FAQ's two helpers: cite a figure, describe a problem (docs/writing.md, "The FAQ's helpers").
				faqHelpers(),
				starlightLinksValidator(),
				// llms.txt comes with the site's address, as the sitemap does.
				...llmsTxt(siteAddress),
			],
		}),
		failOnAuthoringErrors(),
		staticHostFiles(),
		warnOfOverdueReviews(),
	],
});
