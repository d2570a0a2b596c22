import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AreaCollection, AreaGeometry, OfferFeature, Position } from '../data/schema';
import {
	areNeighbours,
	bboxOf,
	distanceInMetres,
	distanceToArea,
	formatDistance,
	isInside
} from './index';

/** A square of 0.02° (about 1.35 km wide, 2.2 km high) in Drenthe. */
const square: AreaGeometry = {
	type: 'Polygon',
	coordinates: [
		[
			[6.6, 52.8],
			[6.62, 52.8],
			[6.62, 52.82],
			[6.6, 52.82],
			[6.6, 52.8]
		]
	]
};
const withHole: AreaGeometry = {
	type: 'Polygon',
	coordinates: [
		square.coordinates[0]!,
		[
			[6.605, 52.805],
			[6.605, 52.815],
			[6.615, 52.815],
			[6.615, 52.805],
			[6.605, 52.805]
		]
	]
};
const twoIslands: AreaGeometry = {
	type: 'MultiPolygon',
	coordinates: [
		square.coordinates,
		[
			[
				[6.7, 52.8],
				[6.71, 52.8],
				[6.71, 52.81],
				[6.7, 52.81],
				[6.7, 52.8]
			]
		]
	]
};

/** Metres per degree of longitude at this latitude, as distanceToArea measures them. */
const metresPerDegLon = (lat: number) => 111_320 * Math.cos((lat * Math.PI) / 180);

describe('distanceInMetres', () => {
	it('one degree of latitude is about 111 km', () => {
		expect(distanceInMetres([5, 52], [5, 53])).toBeCloseTo(111_195, 0);
	});

	it('Amsterdam Centraal to Utrecht Centraal is about 35 km as the crow flies', () => {
		expect(distanceInMetres([4.9003, 52.3789], [5.11, 52.0894]) / 1000).toBeCloseTo(35.2, 1);
	});

	it('is zero for the same point and the same both ways', () => {
		const a: Position = [6.54, 52.76];
		const b: Position = [6.57, 52.75];
		expect(distanceInMetres(a, a)).toBe(0);
		expect(distanceInMetres(a, b)).toBe(distanceInMetres(b, a));
	});
});

describe('isInside', () => {
	it('a point in the middle of a polygon is inside; one beside it is not', () => {
		expect(isInside([6.61, 52.81], square)).toBe(true);
		expect(isInside([6.63, 52.81], square)).toBe(false);
		expect(isInside([6.61, 52.83], square)).toBe(false);
	});

	it('a point in a hole is outside the area', () => {
		expect(isInside([6.61, 52.81], withHole)).toBe(false);
		expect(isInside([6.602, 52.81], withHole)).toBe(true);
	});

	it('a point on either island of a MultiPolygon is inside', () => {
		expect(isInside([6.61, 52.81], twoIslands)).toBe(true);
		expect(isInside([6.705, 52.805], twoIslands)).toBe(true);
		expect(isInside([6.65, 52.805], twoIslands)).toBe(false);
	});
});

describe('distanceToArea', () => {
	it('is zero inside', () => {
		expect(distanceToArea([6.61, 52.81], square)).toBe(0);
	});

	it('measures to the nearest edge, not to a corner', () => {
		const lat = 52.81;
		const east = 6.62 + 2300 / metresPerDegLon(lat);
		expect(distanceToArea([east, lat], square)).toBeCloseTo(2300, 0);
	});

	it('measures to the corner when that is nearest', () => {
		const d = distanceToArea([6.62 + 300 / metresPerDegLon(52.82), 52.82 + 400 / 111_320], square);
		expect(d).toBeCloseTo(500, 0);
	});

	it('measures from inside a hole to the hole edge', () => {
		expect(distanceToArea([6.61, 52.81], withHole)).toBeCloseTo(0.005 * metresPerDegLon(52.81), 0);
	});

	it('agrees with distanceInMetres within 1% at gemeente scale', () => {
		const point: Position = [6.62 + 0.03, 52.81];
		expect(distanceToArea(point, square) / distanceInMetres(point, [6.62, 52.81])).toBeCloseTo(
			1,
			2
		);
	});
});

describe('formatDistance', () => {
	it.each([
		[12, '10 m'],
		[844, '840 m'],
		[850, '850 m'],
		[1000, '1 km'],
		[1200, '1,2 km'],
		[1249, '1,2 km'],
		[2300, '2,3 km'],
		[15_000, '15 km']
	])('%d metres reads "%s"', (metres, text) => {
		expect(formatDistance(metres)).toBe(text);
	});

	it('writes decimals the way the page language does', () => {
		expect(formatDistance(1200, 'en')).toBe('1.2 km');
		expect(formatDistance(1200, 'tr')).toBe('1,2 km');
	});
});

describe('bboxOf', () => {
	it('spans all outer rings of all geometries', () => {
		expect(bboxOf([square, twoIslands])).toEqual([6.6, 52.8, 6.71, 52.82]);
	});
});

describe('areNeighbours', () => {
	const east: AreaGeometry = {
		type: 'Polygon',
		coordinates: [
			[
				[6.62, 52.8],
				[6.64, 52.8],
				[6.64, 52.82],
				[6.62, 52.82],
				[6.62, 52.8]
			]
		]
	};
	const far: AreaGeometry = {
		type: 'Polygon',
		coordinates: [
			[
				[6.7, 52.9],
				[6.71, 52.9],
				[6.71, 52.91],
				[6.7, 52.9]
			]
		]
	};

	it('areas that share a vertex are neighbours; areas apart are not', () => {
		expect(areNeighbours(square, east)).toBe(true);
		expect(areNeighbours(square, far)).toBe(false);
	});
});

describe('the example wijken of Voorbeeldstad (data/)', () => {
	const read = <T>(file: string): T =>
		JSON.parse(readFileSync(new URL(`../../../data/${file}`, import.meta.url), 'utf8')) as T;
	const areas = read<AreaCollection>('gebieden.geojson').features;
	const outline = areas.find((a) => a.properties.type === 'gemeente')!;
	const wijken = areas.filter((a) => a.properties.type === 'wijk');
	const byName = (name: string) => wijken.find((w) => w.properties.name === name)!.geometry;
	const ringsOf = (g: AreaGeometry) =>
		(g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat();
	const planarArea = (g: AreaGeometry) =>
		ringsOf(g).reduce((sum, ring) => {
			let twice = 0;
			for (let i = 1; i < ring.length; i++)
				twice += ring[i - 1]![0] * ring[i]![1] - ring[i]![0] * ring[i - 1]![1];
			return sum + Math.abs(twice) / 2;
		}, 0);

	it('the wijken together cover exactly the gemeente', () => {
		const total = wijken.reduce((sum, w) => sum + planarArea(w.geometry), 0);
		expect(total).toBeCloseTo(planarArea(outline.geometry), 10);
	});

	it('no wijk has a corner inside another wijk, so they do not overlap', () => {
		const key = ([lon, lat]: Position) => `${lon},${lat}`;
		for (const wijk of wijken) {
			for (const other of wijken) {
				if (other === wijk) continue;
				// Shared corners lie on both boundaries, where inside or outside is a coin toss.
				const shared = new Set(ringsOf(other.geometry).flat().map(key));
				const inside = ringsOf(wijk.geometry)
					.flat()
					.filter((p) => !shared.has(key(p)) && isInside(p, other.geometry));
				expect(inside, `${wijk.properties.name} in ${other.properties.name}`).toEqual([]);
			}
		}
	});

	it('every offer with a place lies inside its own wijk', () => {
		const offers = read<{ features: OfferFeature[] }>('aanbod.geojson').features;
		for (const { geometry, properties } of offers) {
			if (!geometry) continue;
			const wijk = wijken.find((w) => w.properties.code === properties.wijk);
			expect(wijk && isInside(geometry.coordinates, wijk.geometry), properties.id).toBe(true);
		}
	});

	it('neighbouring wijken share their boundary vertices', () => {
		expect(areNeighbours(byName('Centrum'), byName('De Haven'))).toBe(true);
		expect(areNeighbours(byName('Noorderhoek'), byName('Westerkwartier'))).toBe(true);
		expect(areNeighbours(byName('Noorderhoek'), byName('Buitengebied Zuid'))).toBe(false);
	});
});
