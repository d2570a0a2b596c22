import { describe, expect, it } from 'vitest';
import type { AreaCollection, AreaGeometry } from '../data/schema';
import { isInside } from '../geo';
import { labelPoint, toMapAreas } from './areas';

const square = (x: number, y: number, size: number): AreaGeometry => ({
	type: 'Polygon',
	coordinates: [
		[
			[x, y],
			[x + size, y],
			[x + size, y + size],
			[x, y + size],
			[x, y]
		]
	]
});

// An L-shaped wijk: its centroid-ish middle (5.05, 52.05) lies outside it.
const lShape: AreaGeometry = {
	type: 'Polygon',
	coordinates: [
		[
			[5, 52],
			[5.1, 52],
			[5.1, 52.02],
			[5.02, 52.02],
			[5.02, 52.1],
			[5, 52.1],
			[5, 52]
		]
	]
};

const areas: AreaCollection = {
	type: 'FeatureCollection',
	attribution: 'Bron: voorbeeld',
	features: [
		{
			type: 'Feature',
			geometry: square(5, 52, 0.2),
			properties: { type: 'gemeente', code: 'GM0001', name: 'Lindeveen' }
		},
		{
			type: 'Feature',
			geometry: square(5, 52, 0.1),
			properties: { type: 'wijk', code: 'W1', name: 'Centrum' }
		},
		{
			type: 'Feature',
			geometry: square(5.1, 52, 0.1),
			properties: { type: 'wijk', code: 'W2', name: 'Oost' }
		},
		{
			type: 'Feature',
			geometry: square(5, 52.1, 0.1),
			properties: { type: 'wijk', code: 'W3', name: 'Noord' }
		},
		{
			type: 'Feature',
			geometry: square(5.1, 52.1, 0.1),
			properties: { type: 'wijk', code: 'W4', name: 'Noordoost' }
		}
	]
};

describe('labelPoint', () => {
	it('puts the label in the middle of a square', () => {
		const [lon, lat] = labelPoint(square(5, 52, 0.1));
		expect(lon).toBeCloseTo(5.05, 2);
		expect(lat).toBeCloseTo(52.05, 2);
	});

	it('keeps the label inside a bent wijk', () => {
		expect(isInside(labelPoint(lShape), lShape)).toBe(true);
	});

	it('labels the largest part of a wijk in several parts', () => {
		const point = labelPoint({
			type: 'MultiPolygon',
			coordinates: [
				square(5, 52, 0.01).coordinates as never,
				square(5.5, 52, 0.1).coordinates as never
			]
		});
		expect(point[0]).toBeGreaterThan(5.5);
	});
});

describe('toMapAreas', () => {
	const mapAreas = toMapAreas(areas);

	it('keeps names, codes and the credit line, and adds the whole box', () => {
		expect(mapAreas.attribution).toBe('Bron: voorbeeld');
		expect(mapAreas.bbox).toEqual([5, 52, 5.2, 52.2]);
		expect(mapAreas.features.map((f) => f.properties.name)).toEqual([
			'Lindeveen',
			'Centrum',
			'Oost',
			'Noord',
			'Noordoost'
		]);
		expect(mapAreas.features[1]!.properties.bbox).toEqual([5, 52, 5.1, 52.1]);
	});

	it('never gives neighbouring wijken the same tint', () => {
		const tint = Object.fromEntries(
			mapAreas.features.map((f) => [f.properties.code, f.properties.tint])
		);
		// W1-W2, W1-W3, W2-W4, W3-W4 share an edge; all four share the middle corner.
		expect(new Set([tint.W1, tint.W2, tint.W3, tint.W4]).size).toBe(4);
	});

	it('marks what a visitor answers with: the wijken, not the gemeente that has them', () => {
		const answer = mapAreas.features.map((f) => [f.properties.code, f.properties.answer]);
		expect(Object.fromEntries(answer)).toEqual({
			GM0001: false,
			W1: true,
			W2: true,
			W3: true,
			W4: true
		});
	});

	it('in a region a gemeente without wijken is an area of its own, tinted unlike the wijk beside it', () => {
		const region = toMapAreas({
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					geometry: square(5, 52, 0.1),
					properties: { type: 'gemeente', code: 'GM0001', name: 'Aadorp' }
				},
				{
					type: 'Feature',
					geometry: square(5.1, 52, 0.1),
					properties: { type: 'gemeente', code: 'GM0002', name: 'Beekum' }
				},
				{
					type: 'Feature',
					geometry: square(5, 52, 0.1),
					properties: { type: 'wijk', code: 'W1', name: 'Aadorp-Centrum', gemeente: 'GM0001' }
				}
			]
		});
		const props = Object.fromEntries(region.features.map((f) => [f.properties.code, f.properties]));
		expect([props.GM0001!.answer, props.GM0002!.answer, props.W1!.answer]).toEqual([
			false,
			true,
			true
		]);
		expect(props.GM0002!.tint).not.toBe(props.W1!.tint);
	});
});
