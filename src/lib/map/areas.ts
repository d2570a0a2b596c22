/**
 * The gebieden as the map draws them: each area with a point for its name label (inside
 * the polygon, as far from its edges as possible) and a tint that differs from its
 * neighbours'. Prepared once at build time and served as /gebieden.geojson.
 */
import type { AreaCollection, AreaGeometry, Position } from '../data/schema';
import polylabel from 'polylabel';
import { answerAreasOf, buildHierarchy } from '../areas';
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
	/**
	 * An area a visitor can answer with (`answerAreasOf`): a wijk, or in a region a gemeente
	 * without wijken. The maps draw, name and let visitors choose these; other gemeenten are
	 * the background.
	 */
	answer: boolean;
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

/**
 * A point well inside the (largest part of the) area, for its label: the pole of
 * inaccessibility (polylabel), found on a plane where a degree of longitude is as long as
 * it is at this latitude. A plain centroid can fall outside a bent wijk.
 */
export function labelPoint(geometry: AreaGeometry): Position {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const polygon = polygons.reduce((a, b) => (ringArea(b[0] ?? []) > ringArea(a[0] ?? []) ? b : a));
	const [west, south, east, north] = bboxOf([{ type: 'Polygon', coordinates: polygon }]);
	const lonScale = Math.cos((((south + north) / 2) * Math.PI) / 180);
	const flat = polygon.map((ring) =>
		ring.map(([lon, lat]): [number, number] => [lon * lonScale, lat])
	);
	// About a metre: far finer than a label needs, and still only a few hundred cells.
	const [x, y] = polylabel(flat, Math.max(east - west, north - south) / 1000);
	return round([x / lonScale, y]);
}

/** Greedy colouring in a fixed order: deterministic, and 4 tints are plenty for the areas. */
function tints(areas: readonly { code: string; geometry: AreaGeometry }[]): Map<string, number> {
	const neighbours = neighbourMap([...areas]);
	const tint = new Map<string, number>();
	for (const { code } of areas) {
		const taken = new Set([...(neighbours.get(code) ?? [])].map((n) => tint.get(n)));
		let choice = 0;
		while (taken.has(choice) && choice < TINTS - 1) choice++;
		tint.set(code, choice);
	}
	return tint;
}

export function toMapAreas(areas: AreaCollection): MapAreas {
	const answerAreas = answerAreasOf(buildHierarchy(areas.features));
	const answerCodes = new Set(answerAreas.map((a) => a.code));
	const tint = tints(answerAreas);
	const features = areas.features.map((feature): MapAreaFeature => ({
		type: 'Feature',
		geometry: roundGeometry(feature.geometry),
		properties: {
			type: feature.properties.type,
			code: feature.properties.code,
			name: feature.properties.name,
			label: labelPoint(feature.geometry),
			bbox: bboxOf([feature.geometry]),
			tint: tint.get(feature.properties.code) ?? 0,
			answer: answerCodes.has(feature.properties.code)
		}
	}));
	return {
		type: 'FeatureCollection',
		...(areas.attribution ? { attribution: areas.attribution } : {}),
		bbox: bboxOf(areas.features.map((f) => f.geometry)),
		features
	};
}

const prepared = new WeakMap<AreaCollection, MapAreas>();

/** `toMapAreas`, once per loaded collection: every prerendered page with a plattegrond asks for it. */
export function mapAreasOf(areas: AreaCollection): MapAreas {
	let result = prepared.get(areas);
	if (!result) prepared.set(areas, (result = toMapAreas(areas)));
	return result;
}
