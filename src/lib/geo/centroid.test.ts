import { describe, expect, it } from 'vitest';
import { polygonCentroid } from './centroid';

const square = (x0: number, y0: number, x1: number, y1: number) =>
	[
		[x0, y0],
		[x1, y0],
		[x1, y1],
		[x0, y1],
		[x0, y0]
	] as [number, number][];

describe('polygonCentroid', () => {
	it('is the middle of a square, whichever way it winds', () => {
		expect(polygonCentroid({ type: 'Polygon', coordinates: [square(0, 0, 2, 2)] })).toEqual([1, 1]);
		expect(
			polygonCentroid({ type: 'Polygon', coordinates: [square(0, 0, 2, 2).reverse()] })
		).toEqual([1, 1]);
	});

	it('subtracts holes', () => {
		const [x, y] = polygonCentroid({
			type: 'Polygon',
			coordinates: [square(0, 0, 4, 2), square(2, 0.5, 3, 1.5)]
		})!;
		expect(x).toBeCloseTo((8 * 2 - 1 * 2.5) / 7, 12);
		expect(y).toBeCloseTo(1, 12);
	});
});
