/** Which part of the world the map shows: boxes around offers, wijken and a chosen home. */
import type { Position } from '../data/schema';
import type { BBox } from '../geo';

/** About 300 m: a box around one point must not zoom to street level. */
const MIN_SPAN_DEGREES = 0.003;

export function bboxOfPoints(points: readonly Position[]): BBox | undefined {
	if (points.length === 0) return undefined;
	const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [lon, lat] of points) {
		box[0] = Math.min(box[0], lon);
		box[1] = Math.min(box[1], lat);
		box[2] = Math.max(box[2], lon);
		box[3] = Math.max(box[3], lat);
	}
	return atLeast(box, MIN_SPAN_DEGREES);
}

/** Grows a box around its centre until both sides are at least `span` degrees. */
export function atLeast([west, south, east, north]: BBox, span: number): BBox {
	const growLon = Math.max(0, span - (east - west)) / 2;
	const growLat = Math.max(0, span - (north - south)) / 2;
	return [west - growLon, south - growLat, east + growLon, north + growLat];
}

/** Grows a box by a fraction of its size on every side: markers on the edge stay in view while panning. */
export function padBBox([west, south, east, north]: BBox, fraction: number): BBox {
	const dLon = (east - west) * fraction;
	const dLat = (north - south) * fraction;
	return [west - dLon, south - dLat, east + dLon, north + dLat];
}

export function sameBBox(a: BBox | undefined, b: BBox | undefined): boolean {
	return !!a && !!b && a.every((value, i) => Math.abs(value - b[i]!) < 1e-9);
}
