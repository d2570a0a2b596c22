/**
 * Styles for tiles that come without one (`data:basemap --from` without `--stijl`), by the
 * layers in the tiles. Supported: the Protomaps basemap schema (layers earth, water,
 * landuse, roads, buildings; what `pmtiles extract` of a Protomaps build gives). No text:
 * names need glyphs, which an archive does not carry. Colours are plain; the map mutes them
 * like any other basemap.
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { BBox } from '../geo';
import { BASEMAP_TILES } from './index';

const SOURCE = 'ondergrond';

export const PROTOMAPS_LAYERS = ['earth', 'water', 'roads'] as const;

function protomapsLayers(): LayerSpecification[] {
	const s = { source: SOURCE } as const;
	return [
		{ id: 'achtergrond', type: 'background', paint: { 'background-color': '#e4eadf' } },
		{ id: 'land', type: 'fill', ...s, 'source-layer': 'earth', paint: { 'fill-color': '#f4f1ea' } },
		{
			id: 'groen',
			type: 'fill',
			...s,
			'source-layer': 'landuse',
			filter: [
				'in',
				['get', 'kind'],
				['literal', ['park', 'wood', 'forest', 'grass', 'nature_reserve', 'meadow']]
			],
			paint: { 'fill-color': '#cfe3c4' }
		},
		{
			id: 'water',
			type: 'fill',
			...s,
			'source-layer': 'water',
			paint: { 'fill-color': '#a9cde6' }
		},
		{
			id: 'gebouwen',
			type: 'fill',
			...s,
			'source-layer': 'buildings',
			minzoom: 14,
			paint: { 'fill-color': '#e2dcd2' }
		},
		{
			id: 'wegen',
			type: 'line',
			...s,
			'source-layer': 'roads',
			filter: ['!=', ['get', 'kind'], 'path'],
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': ['match', ['get', 'kind'], ['highway', 'major_road'], '#f2c46d', '#ffffff'],
				'line-width': ['interpolate', ['exponential', 1.6], ['zoom'], 10, 0.5, 16, 8]
			}
		}
	];
}

/** A style for these tile layers, or undefined when the schema is not one this project knows. */
export function styleForLayers(
	layers: readonly string[],
	{
		minzoom,
		maxzoom,
		attribution,
		bounds
	}: { minzoom: number; maxzoom: number; attribution?: string; bounds?: BBox }
): StyleSpecification | undefined {
	if (!PROTOMAPS_LAYERS.every((name) => layers.includes(name))) return undefined;
	return {
		version: 8,
		name: 'Ondergrond (Protomaps)',
		sources: {
			[SOURCE]: {
				type: 'vector',
				tiles: [BASEMAP_TILES],
				minzoom,
				maxzoom,
				...(bounds && { bounds }),
				attribution
			}
		},
		layers: protomapsLayers()
	};
}
