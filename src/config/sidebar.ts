/**
 * The sidebar, grouped the way readers look for things. A page added to content/docs/tools/
 * joins the tool guides by itself; any other new page is listed here.
 */
export const sidebar = [
	{ label: 'Home', link: '/' },
	{
		label: 'Start here',
		items: [
			{ slug: 'getting-started', label: 'Getting started' },
			{ slug: 'platform', label: 'The platform' },
			{ slug: 'public-vs-account', label: 'Public or account' },
			{ slug: 'accounts', label: 'Accounts and workspaces' },
			{ slug: 'ai-connections', label: 'AI connections' },
		],
	},
	{
		label: 'Tools',
		items: [{ slug: 'tools', label: 'All tools' }, { autogenerate: { directory: 'tools' } }],
	},
	{
		label: 'Using the data',
		items: [
			{ slug: 'interpreting-results', label: 'Interpreting results' },
			{ slug: 'workflows', label: 'Worked examples' },
			{ slug: 'data-sources', label: 'Data sources' },
			{ slug: 'glossary', label: 'Glossary' },
		],
	},
	{
		label: 'Developers',
		items: [
			{ slug: 'api', label: 'Developer API' },
			{ slug: 'api-cookbook', label: 'API cookbook' },
		],
	},
	{ slug: 'faq', label: 'FAQ' },
	{ slug: 'a-z', label: 'A–Z index' },
];
