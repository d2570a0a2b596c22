/**
 * The offline plattegrond: a MapLibre style drawn only from gebieden.geojson. No tiles,
 * no glyphs, no sprite, so the map makes no request to another host. Names are drawn as
 * HTML labels by the component, because text on the canvas would need a glyph server.
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { MapAreas } from './areas';
import { BASEMAP_COLOURS } from './palette';

export const AREA_SOURCE = 'gebieden';
export const WIJK_FILL_LAYER = 'wijk-fill';
const SELECTED_LAYERS = ['wijk-selected-fill', 'wijk-selected-line'] as const;

const isType = (type: 'gemeente' | 'wijk'): ExpressionSpecification => [
	'==',
	['get', 'type'],
	type
];

/** The filter that shows the chosen wijk; matches nothing when none is chosen. */
export function selectedWijkFilter(code: string | undefined): ExpressionSpecification {
	return ['all', isType('wijk'), ['==', ['get', 'code'], code ?? '']];
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
			filter: isType('wijk'),
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
			filter: isType('wijk'),
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
