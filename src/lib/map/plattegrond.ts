/**
 * The plattegrond as inline SVG: the same areas, clusters and markers as the MapLibre map,
 * computed without it, so the first view of every map costs no script and prints.
 *
 * Coordinates are Web Mercator scaled so that one SVG unit is one pixel of a MapLibre map
 * (512 px tiles) at `frame.zoom`: supercluster then clusters exactly as it does on the GL
 * map, and the GL map opened at `frameBBox(frame)` shows the same area.
 */
import type { AreaGeometry, Position } from '../data/schema';
import type { BBox } from '../geo';
import type { MapAreas } from './areas';
import type { PlaceIndex } from './cluster';
import { placeLabels, type Rect } from './labels';
import type { NeedId } from '../data/taxonomy';

const TILE = 512;

/** Web Mercator in world units: 0-1 across and down. */
export function mercator([lon, lat]: Position): [number, number] {
	const sin = Math.sin((lat * Math.PI) / 180);
	return [(lon + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

function unmercator([x, y]: [number, number]): Position {
	const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
	return [x * 360 - 180, lat];
}

/** Where a map of `width` × `height` SVG units looks: plain numbers, so a page can carry it. */
export interface Frame {
	width: number;
	height: number;
	/** SVG units per world unit: TILE × 2^zoom. */
	scale: number;
	/** The world coordinates of the SVG's top left corner. */
	x0: number;
	y0: number;
}

export interface FrameOptions {
	/** The SVG's width in its own units; the page scales it to fit. */
	width?: number;
	/** The height follows the area's shape, between these fractions of the width. */
	minAspect?: number;
	maxAspect?: number;
	/** Room around the box, in SVG units, so edge markers are whole. */
	padding?: number;
}

export function frameFor(
	[west, south, east, north]: BBox,
	{ width = 640, minAspect = 0.55, maxAspect = 1.1, padding = 28 }: FrameOptions = {}
): Frame {
	const [left, bottom] = mercator([west, south]);
	const [right, top] = mercator([east, north]);
	const spanX = Math.max(right - left, 1e-9);
	const spanY = Math.max(bottom - top, 1e-9);
	const inner = width - 2 * padding;
	let scale = inner / spanX;
	const height = Math.round(
		Math.min(maxAspect * width, Math.max(minAspect * width, spanY * scale + 2 * padding))
	);
	// A tall area fits by its height instead, so all of it stays in view.
	scale = Math.min(scale, (height - 2 * padding) / spanY);
	return {
		width,
		height,
		scale,
		x0: (left + right) / 2 - width / 2 / scale,
		y0: (top + bottom) / 2 - height / 2 / scale
	};
}

/** The MapLibre zoom at which a map as wide as the SVG shows the same area. */
export const frameZoom = (frame: Frame) => Math.log2(frame.scale / TILE);

export function project(frame: Frame, position: Position): [number, number] {
	const [x, y] = mercator(position);
	return [(x - frame.x0) * frame.scale, (y - frame.y0) * frame.scale];
}

/** Back from SVG units to lon/lat. */
export function unproject(frame: Frame, [x, y]: [number, number]): Position {
	return unmercator([frame.x0 + x / frame.scale, frame.y0 + y / frame.scale]);
}

/** The lon/lat box the SVG shows. */
export function frameBBox(frame: Frame): BBox {
	const [west, north] = unmercator([frame.x0, frame.y0]);
	const [east, south] = unmercator([
		frame.x0 + frame.width / frame.scale,
		frame.y0 + frame.height / frame.scale
	]);
	return [west, south, east, north];
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * An SVG path for an area. Points closer than half a unit to the last one drawn are
 * dropped: they cannot be seen, and they make every page carrying the map heavier.
 */
export function areaPath(frame: Frame, geometry: AreaGeometry): string {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const parts: string[] = [];
	for (const polygon of polygons) {
		for (const ring of polygon) {
			let last: [number, number] | undefined;
			const points: string[] = [];
			for (const position of ring) {
				const [x, y] = project(frame, position);
				if (last && Math.hypot(x - last[0], y - last[1]) < 0.5) continue;
				last = [x, y];
				points.push(`${r1(x)} ${r1(y)}`);
			}
			if (points.length >= 3) parts.push(`M${points.join('L')}Z`);
		}
	}
	return parts.join('');
}

export interface SvgArea {
	type: 'gemeente' | 'wijk';
	code: string;
	name: string;
	d: string;
	tint: number;
	/** An area a visitor can answer with (see `MapAreaProperties.answer`). */
	answer: boolean;
	/** Where the name goes (polylabel's point, projected). */
	label: [number, number];
}

/** Everything of the plattegrond that does not depend on the filter: made once, at build time. */
export interface PlattegrondBase {
	frame: Frame;
	areas: SvgArea[];
}

const intersects = (a: BBox, b: BBox) =>
	a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** The areas in view of `bbox` (default: all of them), drawn in that frame. */
export function plattegrondBase(
	areas: MapAreas,
	bbox: BBox = areas.bbox,
	options?: FrameOptions
): PlattegrondBase {
	const frame = frameFor(bbox, options);
	const view = frameBBox(frame);
	return {
		frame,
		areas: areas.features
			.filter((f) => intersects(f.properties.bbox, view))
			.map((f) => ({
				type: f.properties.type,
				code: f.properties.code,
				name: f.properties.name,
				d: areaPath(frame, f.geometry),
				tint: f.properties.tint,
				answer: f.properties.answer,
				label: project(frame, f.properties.label).map(r1) as [number, number]
			}))
	};
}

/** Sizes in SVG units; the component draws them with the same numbers. */
export const MARKER_RADIUS = { place: 19, cluster: 23 } as const;
export const LABEL_FONT_SIZE = 15;
/**
 * A generous average glyph width for a semibold sans serif, as a fraction of the font
 * size: a label estimated too wide only moves or goes; one estimated too narrow could overlap.
 */
const GLYPH_WIDTH = 0.62;

export interface SvgMarker {
	type: 'cluster' | 'place';
	key: string;
	x: number;
	y: number;
	/** Offers behind the marker: the number on a cluster, the count of a shared place. */
	count: number;
	offerIds: string[];
	/** Colour and symbol of a place. */
	need?: NeedId;
	/** A place's street, for a shared place's name. */
	street?: string;
	/** A single offer's name. */
	name?: string;
}

/** The markers for what is in the frame, as the GL map would cluster them at the same zoom. */
export function svgMarkers(frame: Frame, index: PlaceIndex): SvgMarker[] {
	return index.query(frameBBox(frame), frameZoom(frame)).map((item) => {
		const [x, y] = project(frame, item.coordinates).map(r1) as [number, number];
		if (item.type === 'cluster') {
			const places = index.places(item.clusterId);
			return {
				type: 'cluster',
				key: item.key,
				x,
				y,
				count: item.offerCount,
				offerIds: places.flatMap((p) => p.offers.map((o) => o.id))
			};
		}
		const { place } = item;
		return {
			type: 'place',
			key: item.key,
			x,
			y,
			count: place.offers.length,
			offerIds: place.offers.map((o) => o.id),
			need: place.need,
			street: place.street,
			name: place.offers.length === 1 ? place.offers[0]!.name : undefined
		};
	});
}

export interface SvgLabel {
	code: string;
	/** One or more lines, centred on each other. */
	lines: string[];
	/** The centre of the text. */
	x: number;
	y: number;
	/** The box the text is expected to fill, for collision checks. */
	box: Rect;
}

/** The line height of a label, as a multiple of its font size. */
export const LABEL_LINE_HEIGHT = 1.3;

/** The box a label of these lines takes, centred on (x, y). */
export function labelBox(
	lines: readonly string[],
	x: number,
	y: number,
	fontSize = LABEL_FONT_SIZE
): Rect {
	const longest = Math.max(0, ...lines.map((line) => line.length));
	const width = longest * fontSize * GLYPH_WIDTH + 4;
	const height = lines.length * fontSize * LABEL_LINE_HEIGHT;
	return { left: x - width / 2, top: y - height / 2, width, height };
}

const markerBox = ({ x, y, type }: Pick<SvgMarker, 'x' | 'y' | 'type'>): Rect => {
	const r = MARKER_RADIUS[type] + 2;
	return { left: x - r, top: y - r, width: 2 * r, height: 2 * r };
};

/**
 * Area names that overlap no marker, no other name and stay inside the frame: each moves
 * the least it must, or is left out (the list and the area links name every area anyway).
 * Labels are placed in the order of `areas`.
 */
export function svgLabels(
	frame: Frame,
	areas: readonly SvgArea[],
	markers: readonly Pick<SvgMarker, 'x' | 'y' | 'type'>[],
	{
		labelled = (area) => area.answer,
		fontSize = LABEL_FONT_SIZE,
		linesOf = (area) => [area.name]
	}: {
		/** Which areas get a name: the ones a visitor can answer with, unless the map says otherwise. */
		labelled?: (area: SvgArea) => boolean;
		fontSize?: number;
		/** The text of an area's label: its name, and for instance a count under it. */
		linesOf?: (area: SvgArea) => string[];
	} = {}
): SvgLabel[] {
	const wanted = areas.filter(labelled);
	const lines = wanted.map(linesOf);
	const boxes = wanted.map((a, i) => labelBox(lines[i]!, a.label[0], a.label[1], fontSize));
	// The frame's edges are obstacles too: a name cut off at the edge cannot be read.
	const edge = 1000;
	const edges: Rect[] = [
		{ left: -edge, top: -edge, width: frame.width + 2 * edge, height: edge },
		{ left: -edge, top: frame.height, width: frame.width + 2 * edge, height: edge },
		{ left: -edge, top: 0, width: edge, height: frame.height },
		{ left: frame.width, top: 0, width: edge, height: frame.height }
	];
	const offsets = placeLabels(boxes, [...edges, ...markers.map(markerBox)], {
		gap: 2,
		maxShift: fontSize * 3
	});
	return wanted.flatMap((area, i) => {
		const offset = offsets[i];
		if (!offset) return [];
		const box = boxes[i]!;
		return [
			{
				code: area.code,
				lines: lines[i]!,
				x: r1(area.label[0] + offset[0]),
				y: r1(area.label[1] + offset[1]),
				box: { ...box, left: box.left + offset[0], top: box.top + offset[1] }
			}
		];
	});
}

/**
 * Shading by the range of the data: the lowest value gets 0, the highest 1, so a gemeente
 * where every wijk lacks much still shows which lacks most. All equal: all 0 (nothing stands out).
 */
export function shadeByRange(values: readonly number[]): number[] {
	if (values.length === 0) return [];
	const min = Math.min(...values);
	const max = Math.max(...values);
	return values.map((v) => (max === min ? 0 : (v - min) / (max - min)));
}
