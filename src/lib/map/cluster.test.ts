import { describe, expect, it } from 'vitest';
import type { BBox } from '../geo';
import { PlaceIndex, type MapItem } from './cluster';
import { groupByPlace, type MapListing } from './places';

// Two groups of offers 5 km apart; one address in the first group holds three offers.
const listings: MapListing[] = [
	...['a', 'b', 'c'].map((id) => ({
		id,
		name: `Hulp ${id}`,
		needs: ['informatie-advies' as const],
		address: 'Markt 1, 1234 AB Lindeveen',
		coordinates: [5.1, 52.1] as [number, number]
	})),
	{
		id: 'd',
		name: 'Hulp d',
		needs: ['educatie'],
		address: 'Markt 9, 1234 AB Lindeveen',
		coordinates: [5.101, 52.1005]
	},
	{
		id: 'e',
		name: 'Hulp e',
		needs: ['respijtzorg'],
		address: 'Veldweg 2, 1234 AD Lindeveen',
		coordinates: [5.17, 52.1]
	}
];
const world: BBox = [-180, -85, 180, 85];
const offerTotal = (items: MapItem[]) =>
	items.reduce(
		(sum, item) => sum + (item.type === 'cluster' ? item.offerCount : item.place.offers.length),
		0
	);

describe('PlaceIndex', () => {
	const index = new PlaceIndex(groupByPlace(listings));

	it('counts offers, not places, on a cluster', () => {
		const items = index.query(world, 10);
		const cluster = items.find((item) => item.type === 'cluster');
		expect(cluster).toMatchObject({ type: 'cluster', offerCount: 4 });
		expect(offerTotal(items)).toBe(5);
	});

	it('shows every place on its own at street level', () => {
		const items = index.query(world, 17);
		expect(items.map((item) => item.type)).toEqual(['place', 'place', 'place']);
		expect(offerTotal(items)).toBe(5);
	});

	it('zooms a cluster to where it falls apart, and names what it falls apart into', () => {
		const cluster = index.query(world, 10).find((item) => item.type === 'cluster');
		if (cluster?.type !== 'cluster') throw new Error('expected a cluster');
		const zoom = index.expansionZoom(cluster.clusterId);
		expect(zoom).toBeGreaterThan(10);
		const after = index.query(world, zoom).map((item) => item.key);
		for (const child of index.children(cluster.clusterId)) expect(after).toContain(child.key);
		expect(
			index
				.places(cluster.clusterId)
				.flatMap((p) => p.offers.map((o) => o.id))
				.sort()
		).toEqual(['a', 'b', 'c', 'd']);
	});

	it('only returns what is inside the box', () => {
		expect(offerTotal(index.query([5.15, 52.0, 5.2, 52.2], 12))).toBe(1);
	});

	it('treats a fractional zoom as the whole zoom below it', () => {
		expect(index.query(world, 10.9)).toEqual(index.query(world, 10));
	});

	it('gives stable keys for places', () => {
		expect(index.query(world, 17).map((item) => item.key)).toContain(
			'place-markt 1, 1234 ab lindeveen'
		);
	});

	it('answers an empty query for no places', () => {
		expect(new PlaceIndex([]).query(world, 12)).toEqual([]);
	});
});
