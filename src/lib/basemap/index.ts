/**
 * The basemap the site hosts itself (issue 21): vector tiles, style, glyphs and sprite under
 * one path of the site's own origin, so no visitor request leaves the site and a viewed area
 * works offline. Browser-safe: the data script, the build and the service worker share it.
 *
 * Why a folder of `{z}/{x}/{y}.pbf` and not one PMTiles archive: every static host serves
 * plain files, but not every one answers HTTP Range requests; the service worker can cache
 * each tile under its own address (the Cache API refuses the 206 answers a Range request
 * gets); and MapLibre reads the folder without a protocol plugin in the page's bundle.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { BBox } from '../geo';

/** Where the basemap lives in the built site; in a data folder it is `basemap/`. */
export const BASEMAP_PATH = '/basemap';
export const BASEMAP_STYLE = `${BASEMAP_PATH}/style.json`;
export const BASEMAP_TILES = `${BASEMAP_PATH}/tiles/{z}/{x}/{y}.pbf`;
export const BASEMAP_GLYPHS = `${BASEMAP_PATH}/fonts/{fontstack}/{range}.pbf`;
export const BASEMAP_SPRITE = `${BASEMAP_PATH}/sprite`;

/** The glyph ranges a Dutch map needs: Latin, Latin Extended, and punctuation such as ‘ ’ – . */
export const GLYPH_RANGES = ['0-255', '256-511', '8192-8447'] as const;

/** Tiles a visitor has viewed, kept by the service worker: at most this many bytes, oldest out first. */
export const TILE_CACHE_BYTES = 30 * 1024 * 1024;

export interface TileRange {
	z: number;
	minX: number;
	maxX: number;
	minY: number;
	maxY: number;
}

/** The Web Mercator tile (XYZ, as MapLibre asks for it) that holds a point at zoom `z`. */
export function tileOf(lon: number, lat: number, z: number): [x: number, y: number] {
	const n = 2 ** z;
	const clamped = Math.max(-85.0511, Math.min(85.0511, lat)) * (Math.PI / 180);
	const x = Math.floor(((lon + 180) / 360) * n);
	const y = Math.floor(
		((1 - Math.log(Math.tan(clamped) + 1 / Math.cos(clamped)) / Math.PI) / 2) * n
	);
	return [Math.min(n - 1, Math.max(0, x)), Math.min(n - 1, Math.max(0, y))];
}

/** The tiles that cover `bbox` at each zoom from `minzoom` to `maxzoom`. */
export function tileRanges([west, south, east, north]: BBox, minzoom: number, maxzoom: number) {
	const ranges: TileRange[] = [];
	for (let z = minzoom; z <= maxzoom; z++) {
		const [minX, minY] = tileOf(west, north, z);
		const [maxX, maxY] = tileOf(east, south, z);
		ranges.push({ z, minX, maxX, minY, maxY });
	}
	return ranges;
}

export const tileCount = (ranges: readonly TileRange[]) =>
	ranges.reduce((sum, r) => sum + (r.maxX - r.minX + 1) * (r.maxY - r.minY + 1), 0);

export function* tilesIn(
	ranges: readonly TileRange[]
): Generator<[z: number, x: number, y: number]> {
	for (const { z, minX, maxX, minY, maxY } of ranges)
		for (let x = minX; x <= maxX; x++) for (let y = minY; y <= maxY; y++) yield [z, x, y];
}

/** `bbox` grown by `metres` on every side, so a visitor who pans a little still sees streets. */
export function withMargin([west, south, east, north]: BBox, metres: number): BBox {
	const dLat = metres / 111_320;
	const dLon = metres / (111_320 * Math.cos((((south + north) / 2) * Math.PI) / 180));
	return [west - dLon, south - dLat, east + dLon, north + dLat];
}

/** A file of this site's basemap: the service worker keeps those a visitor viewed, never all. */
export function isBasemapFile(url: URL, origin: string): boolean {
	return url.origin === origin && url.pathname.startsWith(`${BASEMAP_PATH}/`);
}

export const isBasemapTile = (url: URL) => url.pathname.startsWith(`${BASEMAP_PATH}/tiles/`);

/** What to delete so the cached tiles fit in `maxBytes`: oldest first (entries in the order they were cached). */
export function tilesToEvict(
	entries: readonly { key: string; bytes: number }[],
	maxBytes: number
): string[] {
	let total = entries.reduce((sum, e) => sum + e.bytes, 0);
	const evict: string[] = [];
	for (const entry of entries) {
		if (total <= maxBytes) break;
		evict.push(entry.key);
		total -= entry.bytes;
	}
	return evict;
}

export interface StyleResources {
	/** Where the tiles of each vector source came from (a `{z}/{x}/{y}`-style template). */
	tiles: Record<string, string>;
	glyphs?: string;
	sprite?: string;
	/** Every font stack a layer asks for, to fetch their glyphs. */
	fontstacks: string[];
}

type Json = Record<string, unknown>;

/**
 * A downloaded style, made to use only the site's own paths: every vector source reads
 * `/basemap/tiles/...` with the zooms that were downloaded (MapLibre overzooms beyond
 * `maxzoom`), glyphs and sprite come from `/basemap/`, and other sources (raster, GeoJSON
 * from another host) and the layers that draw them are dropped. Throws when no vector source
 * is left. Returns the rewritten style and where its parts came from.
 */
export function localStyle(
	original: StyleSpecification,
	{
		minzoom,
		maxzoom,
		attribution,
		bounds
	}: { minzoom: number; maxzoom: number; attribution?: string; bounds?: BBox }
): { style: StyleSpecification; from: StyleResources } {
	const from: StyleResources = { tiles: {}, fontstacks: [] };
	const sources: StyleSpecification['sources'] = {};
	for (const [id, source] of Object.entries(original.sources)) {
		if (source.type !== 'vector') continue;
		const template = source.tiles?.[0] ?? source.url;
		if (!template) continue;
		from.tiles[id] = template;
		sources[id] = {
			type: 'vector',
			tiles: [BASEMAP_TILES],
			minzoom,
			maxzoom,
			// MapLibre asks for no tile outside the box that was downloaded.
			...(bounds && { bounds }),
			attribution: attribution ?? source.attribution
		};
	}
	const ids = Object.keys(sources);
	if (ids.length === 0) throw new Error('de stijl heeft geen bron met vector tiles');
	// One folder of tiles holds one schema.
	if (ids.length > 1)
		throw new Error(`de stijl heeft meer dan één bron met vector tiles (${ids.join(', ')})`);
	const layers = original.layers.filter((layer) => !('source' in layer) || layer.source === ids[0]);
	for (const layer of layers) {
		const font = (layer.layout as Json | undefined)?.['text-font'];
		if (Array.isArray(font) && font.every((f) => typeof f === 'string')) {
			const stack = font.join(',');
			if (!from.fontstacks.includes(stack)) from.fontstacks.push(stack);
		}
	}
	const style: StyleSpecification = {
		...original,
		sources,
		layers: layers as StyleSpecification['layers']
	};
	delete style.glyphs;
	delete style.sprite;
	if (original.glyphs) {
		from.glyphs = original.glyphs;
		style.glyphs = BASEMAP_GLYPHS;
	}
	if (typeof original.sprite === 'string') {
		from.sprite = original.sprite;
		style.sprite = BASEMAP_SPRITE;
	}
	return { style, from };
}

/** Fills a tile template: `{z}/{x}/{y}` as XYZ, and the OGC API's `{tileMatrix}/{tileRow}/{tileCol}`. */
export function tileUrl(template: string, z: number, x: number, y: number): string {
	return template
		.replace(/\{(z|tileMatrix)\}/g, String(z))
		.replace(/\{(x|tileCol)\}/g, String(x))
		.replace(/\{(y|tileRow)\}/g, String(y));
}

const usesPicture = (layer: Json) => {
	const paint = (layer.paint ?? {}) as Json;
	const layout = (layer.layout ?? {}) as Json;
	return (
		['fill-pattern', 'line-pattern', 'background-pattern'].some((k) => k in paint) ||
		'icon-image' in layout
	);
};

/**
 * A style for tiles from a file, without the glyphs or sprite it may name: text layers go when
 * there are no glyphs, picture layers when there is no sprite, so MapLibre never asks for them.
 */
export function withoutMissingResources(
	style: StyleSpecification,
	{ glyphs, sprite }: { glyphs: boolean; sprite: boolean }
): StyleSpecification {
	const layers = style.layers.filter((layer) => {
		const json = layer as unknown as Json;
		if (!glyphs && layer.type === 'symbol' && 'text-field' in ((json.layout ?? {}) as Json))
			return false;
		return sprite || !usesPicture(json);
	});
	const result: StyleSpecification = { ...style, layers };
	if (!glyphs) delete result.glyphs;
	if (!sprite) delete result.sprite;
	return result;
}
