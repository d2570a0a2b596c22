import { describe, expect, it } from 'vitest';
import { bboxOfPoints, padBBox, sameBBox } from './view';

describe('bboxOfPoints', () => {
	it('spans the points', () => {
		expect(
			bboxOfPoints([
				[5, 52],
				[5.1, 52.2]
			])
		).toEqual([5, 52, 5.1, 52.2]);
	});

	it('keeps a box around one point from zooming to street level', () => {
		const [west, south, east, north] = bboxOfPoints([[5, 52]])!;
		expect(east - west).toBeCloseTo(0.003, 6);
		expect(north - south).toBeCloseTo(0.003, 6);
		expect((east + west) / 2).toBeCloseTo(5, 6);
	});

	it('has no box for no points', () => {
		expect(bboxOfPoints([])).toBeUndefined();
	});
});

describe('padBBox and sameBBox', () => {
	it('grows a box on every side', () => {
		expect(sameBBox(padBBox([0, 0, 10, 10], 0.1), [-1, -1, 11, 11])).toBe(true);
	});
});
