import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import pdokStyle from '../../../tests/fixtures/basemap/pdok-style.json';
import { localStyle } from '../basemap';
import type { AreaCollection } from '../data/schema';
import { toMapAreas } from './areas';
import { contrastRatio, NEED_COLOURS } from './palette';
import {
	AREA_SOURCE,
	areaLayers,
	buildBasemapStyle,
	buildOfflineStyle,
	muteColour,
	selectedWijkFilters,
	WIJK_FILL_LAYER
} from './style';

type Json = Record<string, unknown>;

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
			filter: ['all', ['==', ['get', 'answer'], true], ['==', ['get', 'code'], 'W1']]
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

describe('the hosted basemap', () => {
	const basemap = localStyle(pdokStyle as unknown as StyleSpecification, {
		minzoom: 6,
		maxzoom: 15
	}).style;
	const style = buildBasemapStyle(basemap, toMapAreas(areas), {
		origin: 'https://kaart.example',
		selectedWijk: 'W1'
	});

	it('reads tiles and glyphs from the site itself, with their placeholders intact', () => {
		expect(style.sources.brt).toMatchObject({
			tiles: ['https://kaart.example/basemap/tiles/{z}/{x}/{y}.pbf']
		});
		expect(style.glyphs).toBe('https://kaart.example/basemap/fonts/{fontstack}/{range}.pbf');
		const hosts = JSON.stringify(style).match(/https?:\/\/[^/"]+/g) ?? [];
		expect(new Set(hosts)).toEqual(new Set(['https://kaart.example']));
	});

	it('draws the areas on top, with a wijk fill that still takes clicks', () => {
		const ids = style.layers.map((l) => l.id);
		expect(ids.indexOf(WIJK_FILL_LAYER)).toBeGreaterThan(ids.indexOf('wegdeellijn'));
		expect(ids.at(-1)).toBe('wijk-selected-line');
		expect(style.layers.find((l) => l.id === WIJK_FILL_LAYER)).toMatchObject({
			paint: { 'fill-opacity': 0.05 }
		});
	});

	it('mutes the colours, also inside expressions, but keeps names dark', () => {
		const roads = style.layers.find((l) => l.id === 'wegdeellijn') as { paint: Json };
		const colours = (roads.paint['line-color'] as unknown[]).filter(
			(v): v is string => typeof v === 'string' && v.startsWith('#')
		);
		expect(colours).toEqual([muteColour('#f7a440'), muteColour('#ffd96a')]);
		expect(colours).not.toContain('#f7a440');
		const names = style.layers.find((l) => l.id === 'straatnamen') as { paint: Json };
		expect(contrastRatio(names.paint['text-color'] as string, '#ffffff')).toBeGreaterThan(7);
	});

	it('keeps every marker colour at 3:1 or more against anything the basemap paints', () => {
		const painted = [...JSON.stringify(basemap).matchAll(/"(#[0-9a-fA-F]{6})"/g)].map((m) =>
			muteColour(m[1]!)
		);
		// Also the worst cases any PDOK or Protomaps style could bring: black, a dark blue.
		painted.push(muteColour('#000000'), muteColour('#00008b'), muteColour('rgb(20, 60, 20)'));
		for (const need of Object.values(NEED_COLOURS))
			for (const colour of painted)
				expect(contrastRatio(need, colour), `${need} on ${colour}`).toBeGreaterThanOrEqual(3);
	});
});

describe('muteColour', () => {
	it('reads hex, rgb(a) and hsl(a), and leaves what it cannot read', () => {
		expect(muteColour('#fff')).toBe('#ffffff');
		expect(muteColour('rgba(0, 0, 0, 0.5)')).toBe('rgba(194, 194, 194, 0.5)');
		expect(muteColour('hsl(120, 100%, 25%)')).toBe(muteColour('#008000'));
		expect(muteColour('transparent')).toBe('transparent');
	});
});
