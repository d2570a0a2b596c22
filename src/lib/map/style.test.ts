import { describe, expect, it } from 'vitest';
import type { AreaCollection } from '../data/schema';
import { toMapAreas } from './areas';
import {
	AREA_SOURCE,
	areaLayers,
	buildOfflineStyle,
	selectedWijkFilters,
	WIJK_FILL_LAYER
} from './style';

const areas: AreaCollection = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[5, 52],
						[5.1, 52],
						[5.1, 52.1],
						[5, 52],
						[5, 52]
					]
				]
			},
			properties: { type: 'gemeente', code: 'GM1', name: 'Lindeveen' }
		},
		{
			type: 'Feature',
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[5, 52],
						[5.1, 52],
						[5.1, 52.1],
						[5, 52],
						[5, 52]
					]
				]
			},
			properties: { type: 'wijk', code: 'W1', name: 'Centrum' }
		}
	]
};

describe('buildOfflineStyle', () => {
	const style = buildOfflineStyle(toMapAreas(areas), 'W1');

	it('needs nothing from another host: no glyphs, no sprite, no tiles, only inline GeoJSON', () => {
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		expect(Object.values(style.sources).map((s) => s.type)).toEqual(['geojson']);
		expect(JSON.stringify(style)).not.toMatch(/https?:/);
	});

	it('draws no text on the canvas (names are HTML labels)', () => {
		expect(style.layers.some((layer) => layer.type === 'symbol')).toBe(false);
	});

	it('draws the gemeente outline above the wijk borders, and the chosen wijk on top', () => {
		const ids = style.layers.map((l) => l.id);
		expect(ids.indexOf('gemeente-line')).toBeGreaterThan(ids.indexOf('wijk-line'));
		expect(ids.at(-1)).toBe('wijk-selected-line');
		expect(style.layers.find((l) => l.id === 'wijk-selected-line')).toMatchObject({
			filter: ['all', ['==', ['get', 'type'], 'wijk'], ['==', ['get', 'code'], 'W1']]
		});
	});
});

describe('areaLayers', () => {
	it('keeps a clickable wijk fill on an online basemap, but almost transparent', () => {
		const fill = areaLayers({ onTop: true }).find((l) => l.id === WIJK_FILL_LAYER);
		expect(fill).toMatchObject({ source: AREA_SOURCE, paint: { 'fill-opacity': 0.05 } });
	});

	it('selects no wijk with an empty code', () => {
		expect(selectedWijkFilters(undefined).map(([, filter]) => filter[2])).toEqual([
			['==', ['get', 'code'], ''],
			['==', ['get', 'code'], '']
		]);
	});
});
