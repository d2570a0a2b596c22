/** Plain geometry on WGS84 lon/lat: enough precision for a gemeente, no library needed. */
import { intlLocale } from '../data/dates';
import type { AreaGeometry, Position } from '../data/schema';

export { polygonCentroid } from './centroid';

const EARTH_RADIUS_M = 6_371_008.8;

/** Points get six decimals (about 10 cm), like the rest of data/; more only lengthens the files. */
export const roundCoordinate = (value: number) => Math.round(value * 1e6) / 1e6;
const toRad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres. */
export function distanceInMetres(a: Position, b: Position): number {
	const dLat = toRad(b[1] - a[1]);
	const dLon = toRad(b[0] - a[0]);
	const h =
		Math.sin(dLat / 2) ** 2 +
		Math.cos(toRad(a[1])) * Math.cos(toRad(b[1])) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
}

function polygonsOf(geometry: AreaGeometry): Position[][][] {
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function insideRing(point: Position, ring: Position[]): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i]!;
		const [xj, yj] = ring[j]!;
		if (
			yi > point[1] !== yj > point[1] &&
			point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi
		) {
			inside = !inside;
		}
	}
	return inside;
}

export function isInside(point: Position, geometry: AreaGeometry): boolean {
	return polygonsOf(geometry).some(
		([outer, ...holes]) =>
			!!outer && insideRing(point, outer) && !holes.some((hole) => insideRing(point, hole))
	);
}

/** Distance from a point to the nearest edge of an area, in metres (0 when inside). */
export function distanceToArea(point: Position, geometry: AreaGeometry): number {
	if (isInside(point, geometry)) return 0;
	// Project onto a local flat plane around the point: accurate to well under 1% at gemeente scale.
	const metresPerDegLat = 111_320;
	const metresPerDegLon = 111_320 * Math.cos(toRad(point[1]));
	const flat = ([lon, lat]: Position): [number, number] => [
		(lon - point[0]) * metresPerDegLon,
		(lat - point[1]) * metresPerDegLat
	];
	let best = Infinity;
	for (const polygon of polygonsOf(geometry)) {
		for (const ring of polygon) {
			for (let i = 1; i < ring.length; i++) {
				const [ax, ay] = flat(ring[i - 1]!);
				const [bx, by] = flat(ring[i]!);
				const dx = bx - ax;
				const dy = by - ay;
				const lengthSq = dx * dx + dy * dy;
				const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSq));
				best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
			}
		}
	}
	return best;
}

export type BBox = [west: number, south: number, east: number, north: number];

export function bboxOf(geometries: AreaGeometry[]): BBox {
	const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
	for (const geometry of geometries) {
		for (const polygon of polygonsOf(geometry)) {
			for (const [lon, lat] of polygon[0] ?? []) {
				box[0] = Math.min(box[0], lon);
				box[1] = Math.min(box[1], lat);
				box[2] = Math.max(box[2], lon);
				box[3] = Math.max(box[3], lat);
			}
		}
	}
	return box;
}

/** Two areas are neighbours when they share a vertex (wijken that tile a gemeente do). */
export function areNeighbours(a: AreaGeometry, b: AreaGeometry): boolean {
	const key = ([lon, lat]: Position) => `${lon.toFixed(6)},${lat.toFixed(6)}`;
	const vertices = new Set(
		polygonsOf(a).flatMap((polygon) => polygon.flatMap((ring) => ring.map(key)))
	);
	return polygonsOf(b).some((polygon) =>
		polygon.some((ring) => ring.some((p) => vertices.has(key(p))))
	);
}

/** "850 m", "1,2 km" (Dutch notation unless another language is asked for). */
export function formatDistance(metres: number, locale = 'nl'): string {
	if (metres < 1000) return `${Math.round(metres / 10) * 10} m`;
	return `${(metres / 1000).toLocaleString(intlLocale(locale), { maximumFractionDigits: 1 })} km`;
}

/** Wijk code → the codes of the wijken that border it. */
export function neighbourMap(
	areas: { code: string; geometry: AreaGeometry }[]
): Map<string, Set<string>> {
	const map = new Map<string, Set<string>>(areas.map((a) => [a.code, new Set<string>()]));
	for (const [i, a] of areas.entries()) {
		for (const b of areas.slice(i + 1)) {
			if (areNeighbours(a.geometry, b.geometry)) {
				map.get(a.code)!.add(b.code);
				map.get(b.code)!.add(a.code);
			}
		}
	}
	return map;
}
