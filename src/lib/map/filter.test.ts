import { describe, expect, it } from 'vitest';
import type { Listing } from '../data/listing';
import { filterForMap } from './filter';

type Item = Pick<Listing, 'needs' | 'wijk' | 'coordinates'> & { id: string };
const listings: Item[] = [
	{
		id: 'cafe-centrum',
		needs: ['emotionele-steun', 'informatie-advies'],
		wijk: 'W1',
		coordinates: [5, 52]
	},
	{ id: 'dagopvang-oost', needs: ['respijtzorg'], wijk: 'W2', coordinates: [5.1, 52] },
	{ id: 'oppas-aan-huis', needs: ['respijtzorg'], wijk: undefined, coordinates: undefined },
	{ id: 'maatje-oost', needs: ['emotionele-steun'], wijk: 'W2', coordinates: undefined }
];
const ids = (items: Item[]) => items.map((i) => i.id);

describe('filterForMap', () => {
	it('shows everything without filters', () => {
		expect(filterForMap(listings, { hulp: [] })).toHaveLength(4);
	});

	it('keeps offers with any of the chosen hulpvragen', () => {
		expect(ids(filterForMap(listings, { hulp: ['respijtzorg', 'educatie'] }))).toEqual([
			'dagopvang-oost',
			'oppas-aan-huis'
		]);
	});

	it('keeps what is in the wijk, and help for the whole gemeente without a place', () => {
		expect(ids(filterForMap(listings, { hulp: [], wijk: 'W2' }))).toEqual([
			'dagopvang-oost',
			'oppas-aan-huis',
			'maatje-oost'
		]);
	});

	it('combines both filters', () => {
		expect(ids(filterForMap(listings, { hulp: ['emotionele-steun'], wijk: 'W1' }))).toEqual([
			'cafe-centrum'
		]);
	});
});
