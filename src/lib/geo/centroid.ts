import type { AreaGeometry, Position } from '../data/schema';

/** Signed area and area-weighted centre of one ring (shoelace formula), in degrees. */
function ringMoments(ring: readonly Position[]): { area: number; x: number; y: number } {
	let area = 0;
	let x = 0;
	let y = 0;
	for (let i = 0; i < ring.length - 1; i++) {
		const [x0, y0] = ring[i]!;
		const [x1, y1] = ring[i + 1]!;
		const cross = x0 * y1 - x1 * y0;
		area += cross;
		x += (x0 + x1) * cross;
		y += (y0 + y1) * cross;
	}
	return { area: area / 2, x: x / 6, y: y / 6 };
}

/**
 * The centre of mass of a (multi)polygon, holes subtracted. Computed on lon/lat as a
 * plane: stretching one axis by cos(lat) moves no centroid, so this equals the centroid
 * on a local flat map at gemeente scale.
 */
export function polygonCentroid(geometry: AreaGeometry): Position | undefined {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let area = 0;
	let x = 0;
	let y = 0;
	for (const polygon of polygons) {
		for (const [index, ring] of polygon.entries()) {
			// The outer ring adds, holes subtract, whichever way each ring winds.
			const moments = ringMoments(ring);
			const factor = (index === 0 ? 1 : -1) * Math.sign(moments.area);
			area += factor * moments.area;
			x += factor * moments.x;
			y += factor * moments.y;
		}
	}
	if (area === 0) return undefined;
	return [x / area, y / area];
}
