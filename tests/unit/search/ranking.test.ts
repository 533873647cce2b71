import { describe, expect, it } from 'vitest';
import { pageTitleScore, rankRecords, rankSections, sectionScore } from '../../../src/search/ranking.ts';

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
const word = (weight: number) => ({ weight, balanced_score: weight ** 2 });

describe('scoring a section on the words it matched', () => {
	it('counts a heading match far above the same word in the text', () => {
		expect(sectionScore([word(6)], false)).toBeGreaterThan(sectionScore([word(1), word(1), word(1)], false));
	});

	it('counts the page title only in part in the page’s opening, and whole in its title score', () => {
		expect(sectionScore([word(7), word(1)], true)).toBe(49 * 0.25 + 1);
		expect(sectionScore([word(7), word(1)], false)).toBe(50);
		expect(pageTitleScore([word(7), word(1)])).toBe(49);
	});
});

describe('ranking the sections of the pages loaded', () => {
	const page = (score: number, titleScores: number[], sections: Record<string, number[]>) => ({
		score,
		titleScores,
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

	it('ranks a section on a lower page below an equal one on a higher page', () => {
		const ranked = rankSections([page(10, [0], { '/a/#x': [36] }), page(2, [0], { '/b/#y': [36] })], 1);
		expect(ranked.map((record) => record.id)).toEqual(['/a/#x', '/b/#y']);
		expect(ranked[1]!.score).toBeCloseTo(ranked[0]!.score * (2 / 10) ** 0.25);
	});
});
