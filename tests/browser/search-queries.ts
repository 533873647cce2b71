import { readerQueries } from './search-queries-readers.ts';

/**
 * Queries as practice staff type them: their own words, misspellings, abbreviations and whole
 * questions. Each names the page that should come first and, for a question that one section
 * answers, that section's anchor. Written from the pages' content before tuning the ranking.
 */
export interface SearchQuery {
	query: string;
	page: string;
	/** The section that should be the very first result; required for FAQ and Accounts questions. */
	anchor?: string;
}

export const searchQueries: SearchQuery[] = [
	// FAQ, in the reader's words
	{ query: 'do i need an account', page: '/faq/', anchor: 'do-i-need-an-account' },
	{ query: 'Do I have to sign up to use the tools?', page: '/faq/', anchor: 'do-i-need-an-account' },
	{ query: 'how do I create an account', page: '/faq/', anchor: 'how-do-i-create-an-account' },
	{ query: 'how do practice and pcn workspaces work', page: '/faq/', anchor: 'how-do-practice-and-pcn-workspaces-work' },
	{ query: "numbers don't match our system", page: '/faq/', anchor: 'why-does-a-figure-differ-from-our-local-system' },
	{ query: 'why is the figure different from EMIS', page: '/faq/', anchor: 'why-does-a-figure-differ-from-our-local-system' },
	{ query: 'how often is the data refreshed', page: '/faq/', anchor: 'how-often-is-data-refreshed' },
	{ query: 'when is the data updated', page: '/faq/', anchor: 'how-often-is-data-refreshed' },
	{ query: 'data out of date', page: '/faq/', anchor: 'how-often-is-data-refreshed' },
	{ query: 'can I put charts in a board paper', page: '/faq/', anchor: 'can-i-use-outputs-in-board-reports' },
	{ query: 'use outputs in board reports', page: '/faq/', anchor: 'can-i-use-outputs-in-board-reports' },
	{ query: 'download data', page: '/faq/', anchor: 'can-i-export-data' },
	{ query: 'csv', page: '/faq/', anchor: 'can-i-export-data' },
	{ query: 'export to excel', page: '/faq/', anchor: 'can-i-export-data' },
	{ query: 'how do i get an api key', page: '/faq/', anchor: 'how-do-i-get-an-api-key' },
	{ query: 'api token', page: '/faq/', anchor: 'how-do-i-get-an-api-key' },
	{ query: 'is the api the same as the website', page: '/faq/', anchor: 'is-the-api-the-same-as-the-website' },
	{ query: 'are my uploaded files stored', page: '/faq/', anchor: 'are-uploaded-files-stored' },
	{ query: 'is it ok to upload patient data', page: '/faq/', anchor: 'are-uploaded-files-stored' },
	{ query: 'can haresign tell me what to do', page: '/faq/', anchor: 'can-haresign-tell-me-what-action-to-take' },
	{ query: 'a tool looks wrong', page: '/faq/', anchor: 'what-should-i-do-if-a-tool-looks-wrong' },
	{ query: 'dashboard showing wrong numbers', page: '/faq/', anchor: 'what-should-i-do-if-a-tool-looks-wrong' },
	{ query: 'report a bug', page: '/faq/', anchor: 'what-should-i-do-if-a-tool-looks-wrong' },

	// Accounts and Workspaces
	{ query: 'forgot password', page: '/accounts/', anchor: 'reset-your-password' },
	{ query: 'pasword reset', page: '/accounts/', anchor: 'reset-your-password' },
	{ query: 'how do I change my password', page: '/accounts/', anchor: 'reset-your-password' },
	{ query: 'link my practice', page: '/accounts/', anchor: 'link-a-practice' },
	{ query: 'add our PCN to my account', page: '/accounts/', anchor: 'link-a-pcn' },
	{ query: 'link primary care network', page: '/accounts/', anchor: 'link-a-pcn' },
	{ query: 'switch practice', page: '/accounts/', anchor: 'workspaces' },
	{ query: 'what does pending mean', page: '/accounts/', anchor: 'membership-states' },
	{ query: 'save my settings', page: '/accounts/', anchor: 'saved-presets' },
	{ query: 'delete my account', page: '/accounts/', anchor: 'delete-your-account' },
	{ query: 'close my acount', page: '/accounts/', anchor: 'delete-your-account' },
	{ query: 'verification email not arrived', page: '/accounts/', anchor: 'create-an-account' },
	{ query: 'cookie policy', page: '/accounts/', anchor: 'privacy' },
	{ query: 'profile page', page: '/accounts/', anchor: 'your-profile-page' },

	// Data Sources
	{ query: 'qof data', page: '/data-sources/' },
	{ query: 'appointments data', page: '/data-sources/' },
	{ query: 'gp patient survey data source', page: '/data-sources/' },
	{ query: 'workforce fte', page: '/data-sources/' },
	{ query: 'citing figures', page: '/data-sources/' },

	// Glossary
	{ query: 'what does DNA mean', page: '/glossary/' },
	{ query: 'what is an ICB', page: '/glossary/' },
	{ query: 'ARRS', page: '/glossary/' },
	{ query: 'weighted population', page: '/glossary/' },
	{ query: 'missed appointment', page: '/glossary/' },

	// Developer API
	{ query: 'api pagination', page: '/api/' },
	{ query: 'bearer token header', page: '/api/' },
	{ query: 'swagger', page: '/api/' },
	{ query: 'date format', page: '/api/' },

	// Public access or an account
	{ query: 'what can I do without an account', page: '/public-vs-account/' },
	{ query: 'use the tools without logging in', page: '/public-vs-account/' },

	// The platform and getting started
	{ query: 'what is haresign for', page: '/platform/' },
	{ query: 'who is haresign for', page: '/platform/' },
	{ query: 'first time using haresign', page: '/getting-started/' },
	{ query: 'which tool should i use', page: '/getting-started/' },

	// AI connections
	{ query: 'connect chatgpt', page: '/ai-connections/' },
	{ query: 'use claude with our practice data', page: '/ai-connections/' },
	{ query: 'mcp connector', page: '/ai-connections/' },

	// Tools: the catalogue, and tools with no guide of their own
	{ query: 'list of all the tools', page: '/tools/' },
	{ query: 'payroll forecaster', page: '/tools/', anchor: 'payroll-forecaster' },
	{ query: 'split pcn funding between practices', page: '/tools/', anchor: 'pcn-funding-split' },
	{ query: 'cloud telephony dashboard', page: '/tools/', anchor: 'cloud-telephony-dashboard' },
	{ query: 'fingertips', page: '/tools/', anchor: 'fingertips-nhs-profiles' },

	// Tool guides
	{ query: 'practice overview', page: '/tools/practice-overview/' },
	{ query: 'summary of one practice', page: '/tools/practice-overview/' },
	{ query: 'dna rate', page: '/tools/gp-appointments/' },
	{ query: 'upload appointment extract', page: '/tools/gp-appointments/' },
	{ query: 'nhs app logins', page: '/tools/nhs-app/' },
	{ query: 'nhs app uptake', page: '/tools/nhs-app/' },
	{ query: 'digital front door score', page: '/tools/digital-front-door/' },
	{ query: 'how good is our online access', page: '/tools/digital-front-door/' },
	{ query: 'gp patient survey results', page: '/tools/gp-patient-survey/' },
	{ query: 'patient experience survey', page: '/tools/gp-patient-survey/' },
	{ query: 'pcn des dashboard', page: '/tools/pcn-des/' },
	{ query: 'des indicator achievement', page: '/tools/pcn-des/' },
	{ query: 'qof calculator', page: '/tools/qof/' },
	{ query: 'qof prevalence dashboard', page: '/tools/qof/' },
	{ query: 'compare nhs payments', page: '/tools/nhs-payments/' },
	{ query: 'payments per patient', page: '/tools/nhs-payments/' },
	{ query: 'arrs calculator', page: '/tools/workforce-arrs/' },
	{ query: 'staff mix', page: '/tools/workforce-arrs/' },
	{ query: 'iif calculator', page: '/tools/contract-assurance/' },
	{ query: 'cqc readiness', page: '/tools/contract-assurance/' },

	// Using the data
	{ query: 'how to read a benchmark', page: '/interpreting-results/' },
	{ query: 'is a high value bad', page: '/interpreting-results/' },
	{ query: 'worked examples', page: '/workflows/' },
	{ query: 'prepare a practice review', page: '/workflows/' },

	// API cookbook
	{ query: 'python example', page: '/api-cookbook/' },
	{ query: 'next page of results', page: '/api/', anchor: 'pages-of-results' },
	{ query: 'page through results in python', page: '/api-cookbook/' },
	{ query: 'error 429', page: '/api-cookbook/' },
	{ query: 'nwrs snapshot', page: '/api-cookbook/' },
];

/**
 * FNV-1a, 32 bits: a fixed hash of a query's words. The split below was chosen with it before any
 * ranking was tuned on the readers' queries, and is never to be changed to move a query across.
 */
function hashOf(text: string): number {
	let hash = 0x811c9dc5;
	for (const character of text.toLowerCase()) hash = Math.imul(hash ^ character.codePointAt(0)!, 0x01000193) >>> 0;
	return hash;
}

const todaysQueries = new Set(searchQueries.map((entry) => entry.query.toLowerCase()));
/** About 30 % of the readers' queries, by hash, held back from tuning; a query also in the first set is tuning. */
const isHeldBack = (entry: SearchQuery) => hashOf(entry.query) % 10 < 3 && !todaysQueries.has(entry.query.toLowerCase());

export const queryParts = {
	/** The first set and about 70 % of the readers' queries: ranking may be tuned on these. */
	tuning: [...searchQueries, ...readerQueries.filter((entry) => !isHeldBack(entry) && !todaysQueries.has(entry.query.toLowerCase()))],
	/** The rest of the readers' queries: only ever measured, never tuned against. */
	test: readerQueries.filter(isHeldBack),
};
