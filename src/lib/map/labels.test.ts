import { describe, expect, it } from 'vitest';
import { placeLabels, type Rect } from './labels';

const rect = (left: number, top: number, width: number, height: number): Rect => ({
	left,
	top,
	width,
	height
});

describe('placeLabels', () => {
	it('leaves a label where it is when nothing is in the way', () => {
		expect(placeLabels([rect(0, 0, 100, 20)], [rect(200, 200, 40, 40)])).toEqual([[0, 0]]);
	});

	it('moves a label the shortest way clear of a marker on top of it', () => {
		// Marker 40×40 centred on a 100×20 label: above or below is 33 px away, sideways much more.
		const [offset] = placeLabels([rect(0, 0, 100, 20)], [rect(30, -10, 40, 40)], { gap: 3 });
		expect(offset).toEqual([0, -33]);
	});

	it('keeps two labels apart', () => {
		const [first, second] = placeLabels([rect(0, 0, 100, 20), rect(10, 5, 100, 20)], []);
		expect(first).toEqual([0, 0]);
		expect(Math.abs(second![1])).toBeGreaterThanOrEqual(15);
	});

	it('clears a second marker met on the way', () => {
		const label = rect(0, 0, 100, 20);
		const markers = [rect(30, -10, 40, 40), rect(30, -60, 40, 40), rect(30, 35, 40, 40)];
		const [offset] = placeLabels([label], markers, { gap: 3, maxShift: 200 });
		expect(offset).not.toBeNull();
		const moved = rect(offset![0], offset![1], 100, 20);
		for (const m of markers) {
			const apart =
				moved.left + moved.width <= m.left ||
				m.left + m.width <= moved.left ||
				moved.top + moved.height <= m.top ||
				m.top + m.height <= moved.top;
			expect(apart).toBe(true);
		}
	});

	it('leaves a label out when the only free spot is too far from its wijk', () => {
		expect(
			placeLabels([rect(0, 0, 100, 20)], [rect(-300, -300, 700, 700)], { maxShift: 72 })
		).toEqual([null]);
	});
});
