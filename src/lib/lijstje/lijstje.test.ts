import { describe, expect, it } from 'vitest';
import { cleanIds, idsFromParams, idsToQuery, parseStoredIds, toggleId } from './index';

describe('mijn lijstje', () => {
	it('reads a shared link back to the same selection', () => {
		const ids = ['steunpunt', 'alzheimercafe-de-haven', 'dagopvang-1'];
		expect(idsFromParams(new URLSearchParams(idsToQuery(ids).slice(1)))).toEqual(ids);
	});

	it('drops unknown, malformed and repeated ids', () => {
		const known = new Set(['a', 'b']);
		expect(idsFromParams(new URLSearchParams('ids=a,<script>,b,a,c&ids=b'), known)).toEqual([
			'a',
			'b'
		]);
	});

	it('survives broken storage', () => {
		expect(parseStoredIds('{not json')).toEqual([]);
		expect(parseStoredIds('{"a":1}')).toEqual([]);
		expect(parseStoredIds('["a", 3, "b"]')).toEqual(['a', 'b']);
	});

	it('toggles an id in and out, keeping the order', () => {
		expect(toggleId(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
		expect(toggleId(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
	});

	it('keeps at most 50 ids', () => {
		expect(cleanIds(Array.from({ length: 80 }, (_, i) => `id-${i}`))).toHaveLength(50);
	});
});
