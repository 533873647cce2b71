import { describe, expect, it } from 'vitest';
import { rankRecords } from '../../../src/search/ranking.ts';

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
		const ranked = rankRecords([[{ id: 'a', score: 1 }, { id: 'b', score: 2 }]]);
		expect(ranked.map((record) => record.id)).toEqual(['b', 'a']);
	});

	it('ignores a word no section has', () => {
		expect(rankRecords([[], [{ id: 'a', score: 1 }]])).toEqual([{ id: 'a', score: 1 }]);
	});
});
