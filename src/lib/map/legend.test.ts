import { describe, expect, it } from 'vitest';
import { NEED_IDS } from '../data/taxonomy';
import { legendNeeds } from './legend';
import { groupByPlace } from './places';

describe('legendNeeds', () => {
	it('lists only the hulpvragen on the map, in the usual order', () => {
		const places = groupByPlace([
			{ id: 'a', name: 'A', needs: ['respijtzorg'], address: undefined, coordinates: [5, 52] },
			{
				id: 'b',
				name: 'B',
				needs: ['informatie-advies'],
				address: undefined,
				coordinates: [5.1, 52]
			}
		]);
		expect(legendNeeds(places).map((s) => s.id)).toEqual(['informatie-advies', 'respijtzorg']);
	});

	it('lists every hulpvraag of the taxonomy, in its order, when no places are given', () => {
		expect(legendNeeds().map((s) => s.id)).toEqual([...NEED_IDS]);
	});
});
