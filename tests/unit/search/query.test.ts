import { describe, expect, it } from 'vitest';
import { siteRecords } from '../../../src/data/records.ts';
import { conceptsOf, correctSpelling, normaliseQuery, standsFor, vocabularyOf } from '../../../src/search/query.ts';
import { searchExpansions } from '../../../src/search/readers-words.ts';

const { synonyms, glossary } = siteRecords();
const expansions = searchExpansions(synonyms, glossary);
const searchesFor = (query: string) => conceptsOf(query, expansions).map((concept) => concept.searches.map((search) => search.words));

describe('reading a query', () => {
	it('drops punctuation and case, and keeps HTML as plain words', () => {
		expect(normaliseQuery("Numbers DON'T match!")).toBe('numbers dont match');
		expect(normaliseQuery('<img src=x onerror=alert(1)>')).toBe('img src x onerror alert 1');
	});

	it('reads a reader’s phrase from synonyms.yaml as one idea, with the pages’ words', () => {
		expect(searchesFor('I forgot password')).toEqual([['forgot password', 'reset password']]);
		expect(searchesFor('csv')).toEqual([['csv', 'export']]);
	});

	it('finds a glossary term by its abbreviation, its expansion and its synonyms', () => {
		expect(searchesFor('PCN')[0]).toContain('primary care network');
		expect(searchesFor('Primary Care Network')[0]).toContain('pcn');
		expect(searchesFor('no-show')[0]).toContain('dna');
	});

	it('drops words that say nothing about the topic, unless nothing else is left', () => {
		expect(searchesFor('how do I delete my account')).toEqual([['delete'], ['account']]);
		expect(searchesFor('how do i')).toEqual([['how do i']]);
	});

	it('counts the pages’ words above the reader’s own when an author mapped them', () => {
		const [concept] = conceptsOf('forgot password', expansions);
		expect(concept!.searches.map((search) => search.weight)).toEqual([0.5, 1]);
	});
});

describe('correcting spelling', () => {
	const vocabulary = vocabularyOf(expansions);

	it('corrects one wrong, missing, extra or swapped letter to a known word', () => {
		expect(correctSpelling('acount', vocabulary)).toBe('account');
		expect(correctSpelling('pasword', vocabulary)).toBe('password');
		expect(correctSpelling('acocunt', vocabulary)).toBe('account');
	});

	it('leaves short words and words it does not know alone', () => {
		expect(correctSpelling('date', vocabulary)).toBeUndefined();
		expect(correctSpelling('qwertyuiop', vocabulary)).toBeUndefined();
		expect(searchesFor('close my acount')).toEqual([['close account', 'delete account']]);
	});
});

describe('which page words stand for a searched word', () => {
	it('takes the word itself, its other endings and a short word whole', () => {
		expect(standsFor('account', 'accounts')).toBe(true);
		expect(standsFor('payments', 'payment')).toBe(true);
		expect(standsFor('registration', 'registered')).toBe(true);
		expect(standsFor('qof', 'qof')).toBe(true);
		expect(standsFor('ap', 'api')).toBe(true);
	});

	it('does not take a page word that is only the first letters of keyboard mash', () => {
		expect(standsFor('asdfghjkl', 'as')).toBe(false);
		expect(standsFor('uiop', 'ui')).toBe(false);
		expect(standsFor('zxcvbnm', 'z')).toBe(false);
		expect(standsFor('qof', 'qo')).toBe(false);
	});
});
