/**
 * The service worker's cache of the basemap files a visitor has viewed (tiles, glyphs, the
 * style): at most TILE_CACHE_BYTES, oldest out first, one cache per build (a new data:basemap
 * changes tiles under the same names). The whole basemap is never precached: tens of
 * megabytes nobody asked for. Offline, a tile never viewed is drawn empty rather than failing.
 */
import { isBasemapTile, TILE_CACHE_BYTES, tilesToEvict } from './index';

const PREFIX = 'mzk-ondergrond-';
/** Stored with each answer: its size, so the cache need not read bodies to measure itself. */
const SIZE_HEADER = 'x-mzk-bytes';

export const basemapCacheName = (version: string) => `${PREFIX}${version}`;

export const isOldBasemapCache = (name: string, current: string) =>
	name.startsWith(PREFIX) && name !== current;

export class TileCache {
	/** What is in the cache, oldest first; read once from the cache after the worker starts. */
	private entries?: Promise<{ key: string; bytes: number }[]>;
	/** Writes one after another, so two tiles never evict from a stale list. */
	private writing: Promise<void> = Promise.resolve();

	constructor(
		readonly name: string,
		private readonly maxBytes = TILE_CACHE_BYTES
	) {}

	async answer(request: Request): Promise<Response> {
		const cache = await caches.open(this.name);
		const cached = await cache.match(request);
		if (cached) return cached;
		let response: Response;
		try {
			response = await fetch(request);
		} catch (error) {
			if (isBasemapTile(new URL(request.url))) return new Response(new Uint8Array(0));
			throw error;
		}
		if (response.status === 200) {
			const body = await response.clone().arrayBuffer();
			this.writing = this.writing.then(() => this.keep(cache, request.url, body, response));
			await this.writing;
		}
		return response;
	}

	private async keep(cache: Cache, key: string, body: ArrayBuffer, response: Response) {
		const entries = await (this.entries ??= this.read(cache));
		const headers = new Headers(response.headers);
		headers.set(SIZE_HEADER, String(body.byteLength));
		await cache.put(key, new Response(body, { status: 200, headers }));
		entries.push({ key, bytes: body.byteLength });
		const evict = new Set(tilesToEvict(entries, this.maxBytes));
		for (const old of evict) await cache.delete(old);
		if (evict.size) entries.splice(0, evict.size);
	}

	private async read(cache: Cache) {
		const requests = await cache.keys();
		return Promise.all(
			requests.map(async (r) => ({
				key: r.url,
				bytes: Number((await cache.match(r))?.headers.get(SIZE_HEADER) ?? 0)
			}))
		);
	}
}
