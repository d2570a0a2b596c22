import { describe, expect, it } from 'vitest';
import type { AreaCollection, AreaGeometry, Position } from '../data/schema';
import { toMapAreas } from './areas';
import { PlaceIndex } from './cluster';
import { groupByPlace, type MapListing } from './places';
import {
	areaPath,
	frameBBox,
	frameFor,
	frameZoom,
	MARKER_RADIUS,
	plattegrondBase,
	project,
	shadeByRange,
	svgLabels,
	svgMarkers,
	type SvgArea
} from './plattegrond';

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

const areas: AreaCollection = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			geometry: square(5, 52, 0.2),
			properties: { type: 'gemeente', code: 'GM0001', name: 'Lindeveen' }
		},
		...[
			[5, 52, 'W1', 'Centrum'],
			[5.1, 52, 'W2', 'Oost'],
			[5, 52.1, 'W3', 'Noord'],
			[5.1, 52.1, 'W4', 'Noordoostelijke Polderwijk']
		].map(([x, y, code, name]) => ({
			type: 'Feature' as const,
			geometry: square(x as number, y as number, 0.1),
			properties: { type: 'wijk' as const, code: code as string, name: name as string }
		}))
	]
};

const overlap = (
	a: { left: number; top: number; width: number; height: number },
	b: typeof a
): boolean =>
	a.left < b.left + b.width &&
	b.left < a.left + a.width &&
	a.top < b.top + b.height &&
	b.top < a.top + a.height;

describe('frameFor', () => {
	const frame = frameFor([5, 52, 5.2, 52.2], { width: 640, padding: 20 });

	it('puts the whole box inside the SVG, with north up', () => {
		const [left, top] = project(frame, [5, 52.2]);
		const [right, bottom] = project(frame, [5.2, 52]);
		for (const v of [left, top]) expect(v).toBeGreaterThanOrEqual(19.9);
		expect(right).toBeLessThanOrEqual(frame.width - 19.9);
		expect(bottom).toBeLessThanOrEqual(frame.height - 19.9);
		expect(top).toBeLessThan(bottom);
	});

	it('shows at least the box it was made for, so a GL map fitted to frameBBox shows the same area', () => {
		const [west, south, east, north] = frameBBox(frame);
		expect(west).toBeLessThan(5);
		expect(south).toBeLessThan(52);
		expect(east).toBeGreaterThan(5.2);
		expect(north).toBeGreaterThan(52.2);
		// Round trip: the corner of the box projects onto the corner of the SVG.
		const [x, y] = project(frame, [west, north]);
		expect(x).toBeCloseTo(0, 6);
		expect(y).toBeCloseTo(0, 6);
	});

	it('uses the zoom at which a MapLibre map as wide as the SVG covers the same degrees', () => {
		// 360 degrees fill 512 × 2^zoom pixels.
		const [west, , east] = frameBBox(frame);
		expect((512 * 2 ** frameZoom(frame) * (east - west)) / 360).toBeCloseTo(frame.width, 6);
	});

	it('keeps a very tall area within the largest height', () => {
		const tall = frameFor([5, 52, 5.01, 52.3], { width: 600, maxAspect: 1 });
		expect(tall.height).toBe(600);
		const [, bottom] = project(tall, [5, 52]);
		expect(bottom).toBeLessThanOrEqual(600);
	});
});

describe('areaPath', () => {
	it('draws a closed path per ring, leaving out points that cannot be told apart', () => {
		const frame = frameFor([5, 52, 5.2, 52.2]);
		const ring: Position[] = [
			[5, 52],
			[5.1, 52],
			[5.1000001, 52],
			[5.1, 52.1],
			[5, 52]
		];
		const d = areaPath(frame, { type: 'Polygon', coordinates: [ring] });
		expect(d.match(/M/g)).toHaveLength(1);
		expect(d.endsWith('Z')).toBe(true);
		// The near-duplicate point is gone: 4 points remain (the closing one included).
		expect(d.split('L')).toHaveLength(4);
	});
});

describe('plattegrondBase', () => {
	it('draws only the areas in view of a wijk, each with a label point inside its path box', () => {
		const mapAreas = toMapAreas(areas);
		const all = plattegrondBase(mapAreas);
		expect(all.areas.map((a) => a.code)).toEqual(['GM0001', 'W1', 'W2', 'W3', 'W4']);
		for (const area of all.areas) {
			expect(area.label[0]).toBeGreaterThan(0);
			expect(area.label[0]).toBeLessThan(all.frame.width);
		}
		// Zoomed to a small box in Centrum's south-west corner, the far wijk is out of view.
		const corner = plattegrondBase(mapAreas, [5.01, 52.01, 5.03, 52.03]);
		expect(corner.areas.map((a) => a.code)).not.toContain('W4');
	});
});

describe('svgMarkers', () => {
	const listings: MapListing[] = [
		{
			id: 'a',
			name: 'A',
			address: undefined,
			needs: ['respijtzorg'],
			coordinates: [5.05, 52.05]
		},
		{
			id: 'b',
			name: 'B',
			address: undefined,
			needs: ['educatie'],
			coordinates: [5.0501, 52.0501]
		},
		{
			id: 'c',
			name: 'C',
			address: undefined,
			needs: ['educatie'],
			coordinates: [5.15, 52.15]
		}
	];

	it('clusters what is close at this scale and accounts for every offer', () => {
		const frame = frameFor([5, 52, 5.2, 52.2]);
		const markers = svgMarkers(frame, new PlaceIndex(groupByPlace(listings)));
		expect(markers.reduce((sum, m) => sum + m.count, 0)).toBe(3);
		const cluster = markers.find((m) => m.type === 'cluster')!;
		expect(cluster.offerIds.toSorted()).toEqual(['a', 'b']);
		const single = markers.find((m) => m.type === 'place')!;
		expect(single).toMatchObject({ name: 'C', need: 'educatie', offerIds: ['c'] });
	});
});

describe('svgLabels', () => {
	const frame = frameFor([5, 52, 5.2, 52.2], { width: 400 });
	const base = plattegrondBase(toMapAreas(areas), undefined, { width: 400 });

	it('never lets two labels, a label and a marker, or a label and the edge overlap', () => {
		// A marker right on every label point: each label must step aside or go.
		const markers = base.areas.map((a) => ({
			x: a.label[0],
			y: a.label[1],
			type: 'place' as const
		}));
		const labels = svgLabels(frame, base.areas, markers);
		expect(labels.length).toBeGreaterThan(0);
		for (const [i, a] of labels.entries()) {
			for (const b of labels.slice(i + 1)) expect(overlap(a.box, b.box)).toBe(false);
			for (const m of markers) {
				const r = MARKER_RADIUS.place;
				expect(overlap(a.box, { left: m.x - r, top: m.y - r, width: 2 * r, height: 2 * r })).toBe(
					false
				);
			}
			expect(a.box.left).toBeGreaterThanOrEqual(0);
			expect(a.box.left + a.box.width).toBeLessThanOrEqual(frame.width);
		}
	});

	it('leaves a label out rather than overlap', () => {
		// Two areas with their label at the same point: only the first gets a name.
		const twins: SvgArea[] = ['Noord', 'Zuid'].map((name, i) => ({
			type: 'wijk',
			code: `W${i}`,
			name,
			d: '',
			tint: 0,
			answer: true,
			label: [200, 100]
		}));
		const crowd = Array.from({ length: 40 }, (_, i) => ({
			x: 20 + (i % 10) * 40,
			y: 20 + Math.floor(i / 10) * 40,
			type: 'cluster' as const
		}));
		const labels = svgLabels(frame, twins, crowd);
		expect(labels.length).toBeLessThan(2);
	});

	it('names the wijken, and a gemeente only when the map asks for it', () => {
		const codes = (labels: { code: string }[]) => labels.map((l) => l.code).sort();
		expect(codes(svgLabels(frame, base.areas, []))).not.toContain('GM0001');
		expect(
			codes(svgLabels(frame, base.areas, [], { labelled: (a) => a.code === 'GM0001' }))
		).toEqual(['GM0001']);
	});

	it('sizes a label by its longest line', () => {
		const [area] = base.areas.filter((a) => a.code === 'W1');
		const [one] = svgLabels(frame, [area!], []);
		const [two] = svgLabels(frame, [area!], [], { linesOf: (a) => [a.name, '3 zonder aanbod'] });
		expect(two!.box.height).toBeGreaterThan(one!.box.height);
		expect(two!.box.width).toBeGreaterThan(one!.box.width);
	});
});

describe('shadeByRange', () => {
	it('spreads the shades over the values that occur, not a fixed scale', () => {
		expect(shadeByRange([6, 7, 8])).toEqual([0, 0.5, 1]);
		expect(shadeByRange([1, 1])).toEqual([0, 0]);
		expect(shadeByRange([])).toEqual([]);
	});
});
