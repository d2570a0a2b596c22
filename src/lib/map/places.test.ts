import { describe, expect, it } from 'vitest';
import { groupByPlace, type MapListing } from './places';

const offer = (id: string, name: string, extra: Partial<MapListing> = {}): MapListing => ({
	id,
	name,
	needs: ['emotionele-steun'],
	address: 'Dorpsstraat 1, 1234 AB Lindeveen',
	coordinates: [5.1, 52.1],
	...extra
});

describe('groupByPlace', () => {
	it('puts offers that share an address on one place, sorted by name', () => {
		const places = groupByPlace([
			offer('b', 'Mantelzorgcafé'),
			offer('a', 'Alzheimercafé De Haven', { coordinates: [5.10001, 52.10001] }),
			offer('c', 'Buurthuis', { address: 'Kerkpad 3, 1234 AC Lindeveen', coordinates: [5.2, 52.2] })
		]);
		expect(places).toHaveLength(2);
		expect(places[0]!.offers.map((o) => o.id)).toEqual(['a', 'b']);
		expect(places[0]!.street).toBe('Dorpsstraat 1');
		expect(places[0]!.coordinates).toEqual([5.1, 52.1]);
	});

	it('treats the same address in other spacing or case as one place', () => {
		const places = groupByPlace([
			offer('a', 'A'),
			offer('b', 'B', { address: 'dorpsstraat 1,  1234 AB Lindeveen' })
		]);
		expect(places).toHaveLength(1);
	});

	it('puts offers on exactly the same point on one place, even without an address', () => {
		const places = groupByPlace([
			offer('a', 'A', { address: undefined }),
			offer('b', 'B', { address: 'Dorpsstraat 1a, 1234 AB Lindeveen' })
		]);
		expect(places).toHaveLength(1);
		expect(places[0]!.offers).toHaveLength(2);
	});

	it('leaves out offers without coordinates', () => {
		expect(groupByPlace([offer('a', 'A', { coordinates: undefined })])).toEqual([]);
	});

	it('colours a place by the hulpvraag most of its offers start with', () => {
		const places = groupByPlace([
			offer('a', 'A', { needs: ['respijtzorg'] }),
			offer('b', 'B', { needs: ['educatie', 'respijtzorg'] }),
			offer('c', 'C', { needs: ['educatie'] })
		]);
		expect(places[0]!.need).toBe('educatie');
	});

	it('breaks a tie by the order of the hulpvragen', () => {
		const places = groupByPlace([
			offer('a', 'A', { needs: ['respijtzorg'] }),
			offer('b', 'B', { needs: ['educatie'] })
		]);
		expect(places[0]!.need).toBe('educatie');
	});
});

describe('the street a marker is named after', () => {
	it('is the street part of the shared address', () => {
		const place = groupByPlace([offer('a', 'A'), offer('b', 'B'), offer('c', 'C')])[0]!;
		expect(place.street).toBe('Dorpsstraat 1');
		expect(place.offers).toHaveLength(3);
	});
});
