/**
 * Getting a basemap's parts: from PDOK over HTTP (an injectable fetch, so tests run on
 * generated answers), or from a PMTiles or MBTiles file the beheerder already has. Both
 * end in the same folder (see folder.ts), in the same order: tiles, glyphs, sprite, style.
 */
import { gunzipSync } from 'node:zlib';
import type { StyleSpecification } from 'maplibre-gl';
import {
	GLYPH_RANGES,
	localStyle,
	tileCount,
	tilesIn,
	tileUrl,
	type TileRange
} from '../../basemap';
import type { BBox } from '../../geo';
import type { FetchLike } from '../../pdok';
import { PDOK_OFFLINE, PdokError } from '../pdok/http';
import type { BasemapWriter } from './folder';

const TIMEOUT_MS = 30_000;
const PARALLEL = 6;

/** Tiles can come gzipped inside the body (PMTiles, MBTiles, some servers): MapLibre wants them plain. */
export function plainTile(data: Uint8Array): Uint8Array {
	return data[0] === 0x1f && data[1] === 0x8b ? new Uint8Array(gunzipSync(data)) : data;
}

/** One file from a server: its bytes, or undefined when it does not exist (an empty tile, a missing glyph range). */
export async function getBytes(url: string, fetchFn: FetchLike): Promise<Uint8Array | undefined> {
	let response: Response;
	try {
		response = await fetchFn(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
	} catch {
		throw new PdokError(`${PDOK_OFFLINE} (${new URL(url).origin}).`);
	}
	if (response.status === 404 || response.status === 204) return undefined;
	if (!response.ok)
		throw new PdokError(`PDOK gaf een fout (${response.status} ${response.statusText}) bij ${url}`);
	return new Uint8Array(await response.arrayBuffer());
}

export type TileReader = (z: number, x: number, y: number) => Promise<Uint8Array | undefined>;

/** Reads every tile in `ranges` (a few at a time) and writes those that exist. */
export async function copyTiles(
	ranges: readonly TileRange[],
	read: TileReader,
	writer: BasemapWriter,
	progress?: (done: number, total: number) => void
): Promise<void> {
	const total = tileCount(ranges);
	const queue = tilesIn(ranges);
	let done = 0;
	async function worker() {
		for (let next = queue.next(); !next.done; next = queue.next()) {
			const [z, x, y] = next.value;
			const data = await read(z, x, y);
			// A tile without anything in it is still written, empty (a valid MVT): a missing file
			// would be a 404 in every visitor's console.
			writer.write(
				`tiles/${z}/${x}/${y}.pbf`,
				data?.byteLength ? plainTile(data) : new Uint8Array(0)
			);
			done++;
			if (done % 500 === 0) progress?.(done, total);
		}
	}
	await Promise.all(Array.from({ length: PARALLEL }, worker));
}

export interface DownloadOptions {
	styleUrl: string;
	ranges: TileRange[];
	minzoom: number;
	maxzoom: number;
	attribution: string;
	bounds: BBox;
}

function absoluteFrom(base: string, url: string): string {
	// Keep {z}-style placeholders as they are: URL() would escape the braces.
	return /^https?:/.test(url)
		? url
		: new URL(url, base).href.replace(/%7B/g, '{').replace(/%7D/g, '}');
}

/** Downloads the style, every tile in `ranges`, the glyphs and the sprite, and writes them with site paths. */
export async function downloadBasemap(
	{ styleUrl, ranges, minzoom, maxzoom, attribution, bounds }: DownloadOptions,
	writer: BasemapWriter,
	fetchFn: FetchLike,
	progress?: (done: number, total: number) => void
): Promise<StyleSpecification> {
	const styleBytes = await getBytes(styleUrl, fetchFn);
	if (!styleBytes) throw new PdokError(`PDOK kent de stijl niet (404): ${styleUrl}`);
	let original: StyleSpecification;
	try {
		original = JSON.parse(new TextDecoder().decode(styleBytes)) as StyleSpecification;
	} catch {
		throw new PdokError(`PDOK gaf een stijl die geen JSON is, bij ${styleUrl}`);
	}
	const { style, from } = localStyle(original, { minzoom, maxzoom, attribution, bounds });
	let template = absoluteFrom(styleUrl, Object.values(from.tiles)[0]!);
	// A source with a TileJSON `url` instead of `tiles`: the template is in that document.
	if (!template.includes('{')) {
		const tileJson = await getBytes(template, fetchFn);
		const tiles =
			tileJson && (JSON.parse(new TextDecoder().decode(tileJson)) as { tiles?: string[] }).tiles;
		if (!tiles?.[0]) throw new PdokError(`Geen tegeladres gevonden in ${template}`);
		template = absoluteFrom(template, tiles[0]);
	}
	await copyTiles(
		ranges,
		(z, x, y) => getBytes(tileUrl(template, z, x, y), fetchFn),
		writer,
		progress
	);
	if (from.glyphs) {
		const glyphs = absoluteFrom(styleUrl, from.glyphs);
		for (const stack of from.fontstacks)
			for (const range of GLYPH_RANGES) {
				const url = glyphs
					.replace('{fontstack}', encodeURIComponent(stack))
					.replace('{range}', range);
				const data = await getBytes(url, fetchFn);
				if (data) writer.write(`fonts/${stack}/${range}.pbf`, data);
			}
	}
	if (from.sprite) {
		const sprite = absoluteFrom(styleUrl, from.sprite);
		for (const suffix of ['.json', '.png', '@2x.json', '@2x.png']) {
			const data = await getBytes(`${sprite}${suffix}`, fetchFn);
			if (data) writer.write(`sprite${suffix}`, data);
		}
	}
	writer.write('style.json', JSON.stringify(style));
	return style;
}
