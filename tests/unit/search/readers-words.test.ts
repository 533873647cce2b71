import { describe, expect, it } from 'vitest';
import { searchExpansions } from '../../../src/search/readers-words.ts';

const synonyms = [{ id: 'password-reset', readersType: ['Forgot password'], pagesSay: ['reset password'] }];
const glossary = [{ id: 'pcn', term: 'PCN', expansion: 'Primary Care Network', definition: 'Practices working together.', synonyms: ['network'] }];

describe('readers’ words for what the pages say', () => {
	it('map each phrase readers type to each way the pages say it, the pages’ words counting double', () => {
		expect(searchExpansions(synonyms, [])).toEqual([['forgot password', 'reset password', 0.5]]);
	});

	it('let every name of a glossary term find the others, and its synonyms find its names', () => {
		const pairs = searchExpansions([], glossary).map(([typed, pagesSay]) => `${typed} → ${pagesSay}`);
		expect(pairs).toEqual(['pcn → primary care network', 'primary care network → pcn', 'network → pcn', 'network → primary care network']);
	});
});
