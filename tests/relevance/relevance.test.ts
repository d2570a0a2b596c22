/**
 * Search relevance on the example data. precision@3 here is the share of expected offers
 * found in the first three results, averaged over all queries; it must stay at 0.9 or
 * more. The table lists every query that misses something, with what came instead.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, createSearchEngine, toSearchDocument } from '../../src/lib/search';
import { checkDataDir } from '../../src/lib/server/data';
import { COMPOUND_TYPOS, RELEVANCE_CASES } from './queries';

const MIN_PRECISION_AT_3 = 0.9;

const { result } = checkDataDir('data');
if (!result.dataset) throw new Error('data/ does not validate; run npm run data:check');
const offers = result.dataset.offers.map((f) => f.properties);
const engine = await createSearchEngine(buildSearchIndex(offers.map(toSearchDocument)));

describe('search relevance on the example data', () => {
	it('names only offers that exist, one to three per query', () => {
		const ids = new Set(offers.map((o) => o.id));
		const unknown = RELEVANCE_CASES.flatMap((c) =>
			c.expected.filter((id) => !ids.has(id)).map((id) => `${c.query}: ${id}`)
		);
		expect(unknown).toEqual([]);
		expect(RELEVANCE_CASES.every((c) => c.expected.length >= 1 && c.expected.length <= 3)).toBe(
			true
		);
	});

	it(`reaches precision@3 of at least ${MIN_PRECISION_AT_3}`, () => {
		const rows = RELEVANCE_CASES.map(({ query, expected }) => {
			const top = engine.search(query, { limit: 3 }).hits.map((h) => h.id);
			const found = expected.filter((id) => top.includes(id)).length;
			return { query, expected, top, precision: found / expected.length };
		});
		const precision = rows.reduce((sum, row) => sum + row.precision, 0) / rows.length;
		const misses = rows.filter((row) => row.precision < 1);
		const lines = [
			`precision@3: ${precision.toFixed(3)} over ${rows.length} queries (${rows.length - misses.length} fully right)`,
			...misses.map(
				(row) =>
					`  ${row.precision.toFixed(2)}  "${row.query}"  wanted ${row.expected.join(', ')}  got ${row.top.join(', ') || '(niets)'}`
			)
		];
		console.log(lines.join('\n'));
		expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION_AT_3);
	});

	it.each(COMPOUND_TYPOS)('finds what $query means in the first three', ({ query, expected }) => {
		const top = engine.search(query, { limit: 3 }).hits.map((h) => h.id);
		expect(top).toEqual(expect.arrayContaining(expected));
	});
});
