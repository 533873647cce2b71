import { describe, expect, it } from 'vitest';
import { descriptionWeight, headingOf, introductionScore, pageTitleScore, rankRecords, rankSections, sectionScore } from '../../../src/search/ranking.ts';

describe('ranking sections for a query', () => {
	it('puts a section with more of the query’s words above one with a higher score for fewer', () => {
		const ranked = rankRecords([
			[{ id: 'delete-account', score: 3 }],
			[
				{ id: 'delete-account', score: 1 },
				{ id: 'create-account', score: 6 },
			],
		]);
		expect(ranked.map((record) => record.id)).toEqual(['delete-account', 'create-account']);
	});

	it('orders sections with the same words by Pagefind’s scores', () => {
		const ranked = rankRecords([
			[
				{ id: 'a', score: 1 },
				{ id: 'b', score: 2 },
			],
		]);
		expect(ranked.map((record) => record.id)).toEqual(['b', 'a']);
	});

	it('ignores a word no section has', () => {
		expect(rankRecords([[], [{ id: 'a', score: 1 }]])).toEqual([{ id: 'a', score: 1 }]);
	});
});

// Pagefind's score for a matched word grows with the square of its weight.
const word = (weight: number, location = 10) => ({ location, weight, balanced_score: weight ** 2 });

describe('scoring a section on the words it matched', () => {
	const heading = (said = 1) => ({ start: 0, length: 2, said });

	it('counts a heading match far above the same word in the text', () => {
		expect(sectionScore([word(6, 0)], heading(), false)).toBeGreaterThan(sectionScore([word(1), word(1), word(1)], heading(), false));
	});

	it('counts a heading the query says in full whole, and one it says in part less, however small the part', () => {
		const inFull = sectionScore([word(6, 0)], heading(1), false);
		expect(inFull).toBe(36);
		expect(sectionScore([word(6, 0)], heading(0.5), false)).toBeLessThan(inFull);
		expect(sectionScore([word(6, 0)], heading(0.5), false)).toBe(sectionScore([word(6, 0)], heading(0.25), false));
	});

	it('counts the page title only in part in the page’s opening, and whole in its title score', () => {
		expect(sectionScore([word(7, 0), word(1)], heading(), true)).toBe(49 * 0.25 + 1);
		expect(pageTitleScore([word(7, 0), word(1)], heading())).toBe(49);
		expect(introductionScore([word(7, 0), word(1)], heading())).toBe(1);
	});

	it('leaves the page description out of the introduction every section gets a share of, not out of the opening', () => {
		const description = word(descriptionWeight, 2);
		expect(introductionScore([word(7, 0), description, word(1)], heading())).toBe(1);
		expect(sectionScore([description, word(1)], heading(), true)).toBe(descriptionWeight ** 2 + 1);
	});
});

describe('the share of a heading the query says', () => {
	it('is the share of its words, stop words aside, that stand for a word searched', () => {
		expect(headingOf('ARRS', 19, ['arrs']).said).toBe(1);
		expect(headingOf('ARRS calculator', 142, ['arrs']).said).toBe(0.5);
		expect(headingOf('What you can do with an account', 3, ['account']).said).toBe(1);
		expect(headingOf('Datasets at a glance', 63, ['data']).said).toBe(0.5);
	});

	it('knows where the heading’s words are, as Pagefind counts them', () => {
		expect(headingOf('Do I need an account?', 3, ['account'])).toMatchObject({ start: 3, length: 5 });
	});
});

describe('ranking the sections of the pages loaded', () => {
	const page = (score: number, titleScores: number[], sections: Record<string, number[]>, introductionScores = titleScores.map(() => 0)) => ({
		url: Object.keys(sections)[0]!.split('#')[0]!,
		score,
		titleScores,
		introductionScores,
		sections: new Map(Object.entries(sections)),
	});

	it('puts the section that answers above one with more of the query’s words on a lower page', () => {
		const ranked = rankSections(
			[
				page(10, [49, 0], { '/accounts/': [12, 0], '/accounts/#link-a-pcn': [0, 72] }),
				page(8, [0, 0], { '/public-vs-account/#what-an-account-adds': [36, 1] }),
			],
			2,
		);
		expect(ranked[0]!.id).toBe('/accounts/#link-a-pcn');
	});

	it('gives a section its page title’s ideas, so it wins over a section that has only its own words', () => {
		const sections = { '/a/#one': [0, 36] };
		const [withTitle] = rankSections([page(10, [49, 0], sections), page(10, [0, 0], { '/b/#two': [0, 40] })], 2);
		expect(withTitle!.id).toBe('/a/#one');
	});

	it('gives the other sections of a page its introduction’s ideas, so a term wins for what the glossary says its terms are', () => {
		const glossary = page(10, [0, 0], { '/glossary/': [0, 1], '/glossary/#dna': [36, 0] }, [0, 1]);
		const tool = page(10, [0, 0], { '/tools/gp-appointments/#gpad-analyser': [40, 0] });
		expect(rankSections([glossary, tool], 2)[0]!.id).toBe('/glossary/#dna');
		expect(rankSections([page(10, [0, 0], { '/glossary/': [0, 1], '/glossary/#dna': [36, 0] }), tool], 2)[0]!.id).toBe('/tools/gp-appointments/#gpad-analyser');
	});

	it('ranks a section on a lower page below an equal one on a higher page', () => {
		const ranked = rankSections([page(10, [0], { '/a/#x': [36] }), page(2, [0], { '/b/#y': [36] })], 1);
		expect(ranked.map((record) => record.id)).toEqual(['/a/#x', '/b/#y']);
		expect(ranked[1]!.score).toBeCloseTo(ranked[0]!.score * (2 / 10) ** 0.25);
	});
});
