import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import pdokStyle from '../../../tests/fixtures/basemap/pdok-style.json';
import {
	isBasemapFile,
	localStyle,
	tileCount,
	tileOf,
	tileRanges,
	tilesToEvict,
	tileUrl,
	withoutMissingResources
} from './index';
import { styleForLayers } from './schemas';

const recorded = pdokStyle as unknown as StyleSpecification;

describe('tiles of an area', () => {
	it('finds the Web Mercator tile of a point as MapLibre numbers it', () => {
		// The Dam in Amsterdam: tile 14/8414/5384 in the usual XYZ numbering (OpenStreetMap's).
		expect(tileOf(4.8932, 52.3731, 14)).toEqual([8414, 5384]);
		expect(tileOf(4.8932, 52.3731, 0)).toEqual([0, 0]);
	});

	it('counts the tiles over a box, per zoom', () => {
		const ranges = tileRanges([6.49, 52.73, 6.6, 52.79], 12, 14);
		expect(ranges.map((r) => r.z)).toEqual([12, 13, 14]);
		expect(tileCount(ranges)).toBe(
			ranges.reduce((n, r) => n + (r.maxX - r.minX + 1) * (r.maxY - r.minY + 1), 0)
		);
		expect(tileCount(ranges.slice(-1))).toBeGreaterThan(tileCount(ranges.slice(0, 1)));
	});

	it("fills PDOK's OGC API template (row before column) and an XYZ template", () => {
		const pdok =
			'https://api.pdok.nl/x/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}?f=mvt';
		expect(tileUrl(pdok, 14, 8414, 5384)).toBe(
			'https://api.pdok.nl/x/tiles/WebMercatorQuad/14/5384/8414?f=mvt'
		);
		expect(tileUrl('https://h/{z}/{y}/{x}?f=mvt', 14, 8414, 5384)).toBe(
			'https://h/14/5384/8414?f=mvt'
		);
	});
});

describe('localStyle', () => {
	const { style, from } = localStyle(recorded, {
		minzoom: 6,
		maxzoom: 15,
		attribution: 'Kaartgegevens © Kadaster',
		bounds: [6.4, 52.7, 6.7, 52.8]
	});

	it("rewrites every URL in PDOK's style to the site's own paths", () => {
		expect(JSON.stringify(style)).not.toMatch(/https?:/);
		expect(style.sources).toEqual({
			brt: {
				type: 'vector',
				tiles: ['/basemap/tiles/{z}/{x}/{y}.pbf'],
				minzoom: 6,
				maxzoom: 15,
				bounds: [6.4, 52.7, 6.7, 52.8],
				attribution: 'Kaartgegevens © Kadaster'
			}
		});
		expect(style.glyphs).toBe('/basemap/fonts/{fontstack}/{range}.pbf');
	});

	it('drops the sources of other hosts and the layers that draw them', () => {
		expect(style.layers.map((l) => l.id)).not.toContain('luchtfoto');
		expect(style.layers.map((l) => l.id)).toContain('wegdeellijn');
	});

	it('says where the tiles, glyphs and fonts came from, to download them', () => {
		expect(from.tiles.brt).toMatch(/^https:\/\/api\.pdok\.nl\/.*\/tiles\/WebMercatorQuad\//);
		expect(from.glyphs).toMatch(/\{fontstack\}\/\{range\}\.pbf$/);
		expect(from.fontstacks).toEqual(['Rijksoverheid Sans Text Regular']);
	});

	it('refuses a style without vector tiles', () => {
		expect(() =>
			localStyle({ version: 8, sources: {}, layers: [] }, { minzoom: 6, maxzoom: 15 })
		).toThrow('de stijl heeft geen bron met vector tiles');
	});

	it('leaves out text when there are no glyphs, so MapLibre never asks for them', () => {
		const bare = withoutMissingResources(style, { glyphs: false, sprite: false });
		expect(bare.glyphs).toBeUndefined();
		expect(bare.layers.map((l) => l.id)).not.toContain('straatnamen');
		expect(bare.layers.map((l) => l.id)).toContain('wegdeellijn');
	});
});

describe('styleForLayers', () => {
	it('knows the Protomaps schema, and no other', () => {
		const style = styleForLayers(['earth', 'water', 'landuse', 'roads', 'buildings'], {
			minzoom: 0,
			maxzoom: 15
		});
		expect(style?.layers.map((l) => l.id)).toContain('wegen');
		expect(JSON.stringify(style)).not.toMatch(/https?:|text-field/);
		expect(styleForLayers(['wegdeel_lijn'], { minzoom: 0, maxzoom: 15 })).toBeUndefined();
	});
});

describe('the tile cache of the service worker', () => {
	const origin = 'https://kaart.example';

	it("keeps only the files of this site's basemap", () => {
		expect(isBasemapFile(new URL(`${origin}/basemap/tiles/14/1/2.pbf`), origin)).toBe(true);
		expect(isBasemapFile(new URL(`${origin}/basemap/style.json`), origin)).toBe(true);
		expect(isBasemapFile(new URL(`${origin}/kaart`), origin)).toBe(false);
		expect(isBasemapFile(new URL('https://api.pdok.nl/basemap/style.json'), origin)).toBe(false);
	});

	it('removes the oldest tiles until the rest fits', () => {
		const entries = [
			{ key: 'a', bytes: 10 },
			{ key: 'b', bytes: 10 },
			{ key: 'c', bytes: 10 }
		];
		expect(tilesToEvict(entries, 30)).toEqual([]);
		expect(tilesToEvict(entries, 25)).toEqual(['a']);
		expect(tilesToEvict(entries, 5)).toEqual(['a', 'b', 'c']);
	});
});
