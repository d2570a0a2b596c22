/**
 * The gebieden as the map draws them: each area with a point for its name label (inside
 * the polygon, as far from its edges as possible) and a tint that differs from its
 * neighbours'. Prepared once at build time and served as /gebieden.geojson.
 */
import type { AreaCollection, AreaGeometry, Position } from '../data/schema';
import { bboxOf, neighbourMap, type BBox } from '../geo';

export interface MapAreaProperties {
	type: 'gemeente' | 'wijk';
	code: string;
	name: string;
	/** Where the name label goes. */
	label: Position;
	bbox: BBox;
	/** 0-3: an index into the wijk tints; neighbours never share one. */
	tint: number;
}

export interface MapAreaFeature {
	type: 'Feature';
	geometry: AreaGeometry;
	properties: MapAreaProperties;
}

export interface MapAreas {
	type: 'FeatureCollection';
	attribution?: string;
	bbox: BBox;
	features: MapAreaFeature[];
}

const TINTS = 4;

const round = ([lon, lat]: Position): Position => [
	Math.round(lon * 1e6) / 1e6,
	Math.round(lat * 1e6) / 1e6
];

function roundGeometry(geometry: AreaGeometry): AreaGeometry {
	return geometry.type === 'Polygon'
		? { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(round)) }
		: {
				type: 'MultiPolygon',
				coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(round)))
			};
}

function ringArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
		sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
	return Math.abs(sum / 2);
}

/** Signed distance from a point to the polygon's edges on a local flat plane: positive inside. */
function edgeDistance([x, y]: Position, polygon: Position[][], lonScale: number): number {
	let inside = false;
	let best = Infinity;
	for (const ring of polygon) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [ax, ay] = ring[i]!;
			const [bx, by] = ring[j]!;
			if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
			const dx = (bx - ax) * lonScale;
			const dy = by - ay;
			const px = (x - ax) * lonScale;
			const py = y - ay;
			const lengthSq = dx * dx + dy * dy;
			const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / lengthSq));
			best = Math.min(best, Math.hypot(px - t * dx, py - t * dy));
		}
	}
	return inside ? best : -best;
}

/**
 * A point well inside the (largest part of the) area, for its label: a grid search for
 * the point farthest from any edge, refined around the best cell. A plain centroid can
 * fall outside a bent wijk.
 */
export function labelPoint(geometry: AreaGeometry): Position {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const polygon = polygons.reduce((a, b) => (ringArea(b[0] ?? []) > ringArea(a[0] ?? []) ? b : a));
	const [west, south, east, north] = bboxOf([{ type: 'Polygon', coordinates: polygon }]);
	const lonScale = Math.cos((((south + north) / 2) * Math.PI) / 180);
	const steps = 12;
	let best: Position = [(west + east) / 2, (south + north) / 2];
	let bestDistance = edgeDistance(best, polygon, lonScale);
	let [w, h] = [(east - west) / steps, (north - south) / steps];
	let [x0, y0] = [west, south];
	for (let pass = 0; pass < 4; pass++) {
		for (let i = 0; i <= steps; i++) {
			for (let j = 0; j <= steps; j++) {
				const candidate: Position = [x0 + i * w, y0 + j * h];
				const distance = edgeDistance(candidate, polygon, lonScale);
				if (distance > bestDistance) [best, bestDistance] = [candidate, distance];
			}
		}
		// Search again on a finer grid around the best point so far.
		[x0, y0] = [best[0] - w, best[1] - h];
		[w, h] = [(2 * w) / steps, (2 * h) / steps];
	}
	return round(best);
}

/** Greedy colouring in a fixed order: deterministic, and 4 tints are plenty for wijken. */
function tints(wijken: { code: string; geometry: AreaGeometry }[]): Map<string, number> {
	const neighbours = neighbourMap(wijken);
	const tint = new Map<string, number>();
	for (const { code } of wijken) {
		const taken = new Set([...(neighbours.get(code) ?? [])].map((n) => tint.get(n)));
		let choice = 0;
		while (taken.has(choice) && choice < TINTS - 1) choice++;
		tint.set(code, choice);
	}
	return tint;
}

export function toMapAreas(areas: AreaCollection): MapAreas {
	const wijken = areas.features
		.filter((f) => f.properties.type === 'wijk')
		.map((f) => ({ code: f.properties.code, geometry: f.geometry }));
	const tint = tints(wijken);
	const features = areas.features.map((feature): MapAreaFeature => ({
		type: 'Feature',
		geometry: roundGeometry(feature.geometry),
		properties: {
			type: feature.properties.type,
			code: feature.properties.code,
			name: feature.properties.name,
			label: labelPoint(feature.geometry),
			bbox: bboxOf([feature.geometry]),
			tint: tint.get(feature.properties.code) ?? 0
		}
	}));
	return {
		type: 'FeatureCollection',
		...(areas.attribution ? { attribution: areas.attribution } : {}),
		bbox: bboxOf(areas.features.map((f) => f.geometry)),
		features
	};
}
