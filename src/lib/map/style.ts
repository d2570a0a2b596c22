/**
 * The map's MapLibre styles. Without a basemap: the offline plattegrond, drawn only from
 * gebieden.geojson (no tiles, glyphs or sprite; names are HTML labels). With the basemap the
 * site hosts (see $lib/basemap): its streets, water and names in muted colours under the
 * areas, so the markers and the legend stay the strongest colours on the map.
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { MapAreas } from './areas';
import { BASEMAP_COLOURS, contrastRatio, NEED_COLOURS } from './palette';

export const AREA_SOURCE = 'gebieden';
export const WIJK_FILL_LAYER = 'wijk-fill';
const SELECTED_LAYERS = ['wijk-selected-fill', 'wijk-selected-line'] as const;

const isType = (type: 'gemeente' | 'wijk'): ExpressionSpecification => [
	'==',
	['get', 'type'],
	type
];
/** A wijk, or in a region a gemeente without wijken: drawn, named and clickable like a wijk. */
const isAnswerArea: ExpressionSpecification = ['==', ['get', 'answer'], true];

/** The filter that shows the chosen area; matches nothing when none is chosen. */
export function selectedWijkFilter(code: string | undefined): ExpressionSpecification {
	return ['all', isAnswerArea, ['==', ['get', 'code'], code ?? '']];
}

/** The setFilter calls that show `code` as the chosen wijk. */
export function selectedWijkFilters(
	code: string | undefined
): [layer: string, filter: ExpressionSpecification][] {
	return SELECTED_LAYERS.map((layer) => [layer, selectedWijkFilter(code)]);
}

/**
 * The wijk and gemeente layers. `onTop` is for an online basemap underneath: the fills
 * are then almost transparent, so the streets show through while clicks still hit a wijk.
 */
export function areaLayers({
	onTop = false,
	selectedWijk
}: { onTop?: boolean; selectedWijk?: string } = {}): LayerSpecification[] {
	const c = BASEMAP_COLOURS;
	return [
		{
			id: WIJK_FILL_LAYER,
			type: 'fill',
			source: AREA_SOURCE,
			filter: isAnswerArea,
			paint: {
				'fill-color': [
					'match',
					['get', 'tint'],
					1,
					c.wijkTints[1],
					2,
					c.wijkTints[2],
					3,
					c.wijkTints[3],
					c.wijkTints[0]
				],
				'fill-opacity': onTop ? 0.05 : 1
			}
		},
		{
			id: SELECTED_LAYERS[0],
			type: 'fill',
			source: AREA_SOURCE,
			filter: selectedWijkFilter(selectedWijk),
			paint: { 'fill-color': c.selectedFill, 'fill-opacity': onTop ? 0.35 : 1 }
		},
		{
			id: 'wijk-line',
			type: 'line',
			source: AREA_SOURCE,
			filter: isAnswerArea,
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': c.wijkBorder,
				'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1, 15, 2.5]
			}
		},
		{
			id: 'gemeente-line',
			type: 'line',
			source: AREA_SOURCE,
			filter: isType('gemeente'),
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': c.gemeenteBorder,
				'line-width': ['interpolate', ['linear'], ['zoom'], 10, 2, 15, 4]
			}
		},
		{
			id: SELECTED_LAYERS[1],
			type: 'line',
			source: AREA_SOURCE,
			filter: selectedWijkFilter(selectedWijk),
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': c.selectedBorder,
				'line-width': ['interpolate', ['linear'], ['zoom'], 10, 3, 15, 5]
			}
		}
	];
}

export function areaSource(areas: MapAreas) {
	return { type: 'geojson', data: areas } as const;
}

export function buildOfflineStyle(areas: MapAreas, selectedWijk?: string): StyleSpecification {
	return {
		version: 8,
		name: 'Plattegrond',
		sources: { [AREA_SOURCE]: areaSource(areas) as StyleSpecification['sources'][string] },
		layers: [
			{
				id: 'background',
				type: 'background',
				paint: { 'background-color': BASEMAP_COLOURS.outside }
			},
			{
				id: 'gemeente-fill',
				type: 'fill',
				source: AREA_SOURCE,
				filter: isType('gemeente'),
				paint: { 'fill-color': BASEMAP_COLOURS.land }
			},
			...areaLayers({ selectedWijk })
		]
	};
}

type Json = Record<string, unknown>;

/** `#rgb`, `#rrggbb(aa)`, `rgb(a)()` and `hsl(a)()` as red, green, blue (0-255) and alpha. */
export function parseColour(text: string): [number, number, number, number] | undefined {
	const value = text.trim().toLowerCase();
	const hex = /^#([0-9a-f]{3,8})$/.exec(value)?.[1];
	if (hex && [3, 4, 6, 8].includes(hex.length)) {
		const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
		const [r, g, b, a = 255] = full.match(/../g)!.map((pair) => parseInt(pair, 16));
		return [r!, g!, b!, a / 255];
	}
	const fn = /^(rgba?|hsla?)\(([^)]*)\)$/.exec(value);
	if (!fn) return undefined;
	const parts = fn[2]!.split(/[\s,/]+/).filter(Boolean);
	const number = (part: string | undefined, scale: number) =>
		part === undefined
			? undefined
			: part.endsWith('%')
				? (parseFloat(part) / 100) * scale
				: parseFloat(part);
	const alpha = parts[3] === undefined ? 1 : number(parts[3], 1)!;
	if (fn[1]!.startsWith('rgb')) {
		const [r, g, b] = parts.slice(0, 3).map((p) => number(p, 255)!);
		return [r, g, b, alpha].some((n) => n === undefined || Number.isNaN(n))
			? undefined
			: [r!, g!, b!, alpha];
	}
	const h = parseFloat(parts[0] ?? '');
	const [sat, light] = [number(parts[1], 1), number(parts[2], 1)];
	if ([h, sat, light].some((n) => n === undefined || Number.isNaN(n))) return undefined;
	return [...hslToRgb(h / 360, sat!, light!), alpha];
}

function rgbToHsl(r: number, g: number, b: number): [number, number, number] {
	const [rn, gn, bn] = [r / 255, g / 255, b / 255];
	const max = Math.max(rn, gn, bn);
	const min = Math.min(rn, gn, bn);
	const l = (max + min) / 2;
	if (max === min) return [0, 0, l];
	const d = max - min;
	const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
	const h =
		max === rn
			? (gn - bn) / d + (gn < bn ? 6 : 0)
			: max === gn
				? (bn - rn) / d + 2
				: (rn - gn) / d + 4;
	return [h / 6, s, l];
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
	const k = (n: number) => (n + h * 12) % 12;
	const a = s * Math.min(l, 1 - l);
	const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
	return [f(0), f(8), f(4)].map((v) => Math.round(v * 255)) as [number, number, number];
}

/**
 * A basemap colour this far from black is 3:1 from every marker colour: 3:1 against the
 * lightest marker colour means three times its contrast with black.
 */
const MIN_CONTRAST_WITH_BLACK =
	3 * Math.max(...Object.values(NEED_COLOURS).map((c) => contrastRatio(c, '#000000')));

const toHex = (r: number, g: number, b: number) =>
	`#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/**
 * A basemap colour made quiet: half the saturation, and nothing darker than 76% lightness,
 * so every marker colour keeps at least 3:1 against it (WCAG 1.4.11, tested) while light
 * streets on lighter land stay as they were. Text keeps its darkness and only loses colour,
 * so street and place names stay readable.
 */
export function muteColour(colour: string, { text = false } = {}): string {
	const parsed = parseColour(colour);
	if (!parsed) return colour;
	const [r, g, b, alpha] = parsed;
	const [h, s, l] = rgbToHsl(r, g, b);
	if (text) {
		const [tr, tg, tb] = hslToRgb(h, s * 0.5, Math.min(l, 0.4));
		return alpha < 1 ? `rgba(${tr}, ${tg}, ${tb}, ${alpha})` : toHex(tr, tg, tb);
	}
	// Saturated blues are darker than their lightness says: lighten until the luminance is there.
	let lightness = Math.max(l, 0.76);
	let rgb = hslToRgb(h, s * 0.5, lightness);
	while (contrastRatio(toHex(...rgb), '#000000') < MIN_CONTRAST_WITH_BLACK && lightness < 1) {
		lightness = Math.min(1, lightness + 0.01);
		rgb = hslToRgb(h, s * 0.5, lightness);
	}
	const [nr, ng, nb] = rgb;
	return alpha < 1 ? `rgba(${nr}, ${ng}, ${nb}, ${alpha})` : toHex(nr, ng, nb);
}

function muteValue(value: unknown, text: boolean): unknown {
	if (typeof value === 'string') return muteColour(value, { text });
	if (Array.isArray(value)) return value.map((item) => muteValue(item, text));
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, muteValue(v, text)]));
	return value;
}

// Not new URL(): it would escape the {z}, {fontstack} placeholders.
const absolute = (url: string, origin: string) => (url.startsWith('/') ? origin + url : url);

/**
 * The hosted basemap (the style from /basemap/style.json) as the map's style: its colours
 * muted, its site paths made absolute (MapLibre's worker resolves URLs against its own
 * address), and the areas on top, almost transparent so the streets show and clicks still
 * hit a wijk.
 */
export function buildBasemapStyle(
	basemap: StyleSpecification,
	areas: MapAreas,
	{ origin, selectedWijk }: { origin: string; selectedWijk?: string }
): StyleSpecification {
	const layers = basemap.layers.map((layer) => {
		const paint = layer.paint as Json | undefined;
		if (!paint) return layer;
		const muted = Object.fromEntries(
			Object.entries(paint).map(([key, value]) =>
				key.endsWith('-color') ? [key, muteValue(value, key === 'text-color')] : [key, value]
			)
		);
		return { ...layer, paint: muted } as LayerSpecification;
	});
	const sources = Object.fromEntries(
		Object.entries(basemap.sources).map(([id, source]) => [
			id,
			source.type === 'vector' && source.tiles
				? { ...source, tiles: source.tiles.map((t) => absolute(t, origin)) }
				: source
		])
	) as StyleSpecification['sources'];
	return {
		...basemap,
		...(basemap.glyphs && { glyphs: absolute(basemap.glyphs, origin) }),
		...(typeof basemap.sprite === 'string' && { sprite: absolute(basemap.sprite, origin) }),
		sources: {
			...sources,
			[AREA_SOURCE]: areaSource(areas) as StyleSpecification['sources'][string]
		},
		layers: [...layers, ...areaLayers({ onTop: true, selectedWijk })]
	};
}
