/**
 * Tiles the beheerder already has, as one file: a PMTiles archive (read with the `pmtiles`
 * package) or an MBTiles database (read with sql.js, SQLite compiled to WebAssembly, so no
 * native module). Only vector tiles (Mapbox Vector Tiles) in Web Mercator, as both formats
 * store them.
 */
import { open, readFile } from 'node:fs/promises';
import { PMTiles, TileType, type RangeResponse, type Source } from 'pmtiles';
import initSqlJs from 'sql.js';
import type { TileReader } from './tiles';

export interface TileArchive {
	format: 'PMTiles' | 'MBTiles';
	minzoom: number;
	maxzoom: number;
	/** The names of the layers in the tiles (`vector_layers` of the metadata). */
	layers: string[];
	attribution?: string;
	read: TileReader;
	close: () => Promise<void>;
}

/** The archive's metadata says which layers it has; anything else is ignored. */
function layerNames(metadata: unknown): string[] {
	const layers = (metadata as { vector_layers?: unknown } | undefined)?.vector_layers;
	return Array.isArray(layers)
		? layers.flatMap((l) => (typeof l?.id === 'string' ? [l.id as string] : []))
		: [];
}

async function openPmtiles(path: string): Promise<TileArchive> {
	const file = await open(path, 'r');
	const source: Source = {
		getKey: () => path,
		async getBytes(offset, length): Promise<RangeResponse> {
			const buffer = Buffer.alloc(length);
			const { bytesRead } = await file.read(buffer, 0, length, offset);
			const data = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + bytesRead);
			return { data: data as ArrayBuffer };
		}
	};
	const archive = new PMTiles(source);
	const header = await archive.getHeader();
	if (header.tileType !== TileType.Mvt) {
		await file.close();
		throw new Error('het PMTiles-bestand bevat geen vector tiles (MVT)');
	}
	const metadata = (await archive.getMetadata()) as { attribution?: string } | undefined;
	return {
		format: 'PMTiles',
		minzoom: header.minZoom,
		maxzoom: header.maxZoom,
		layers: layerNames(metadata),
		attribution: typeof metadata?.attribution === 'string' ? metadata.attribution : undefined,
		read: async (z, x, y) => {
			const tile = await archive.getZxy(z, x, y);
			return tile ? new Uint8Array(tile.data) : undefined;
		},
		close: () => file.close()
	};
}

async function openMbtiles(path: string): Promise<TileArchive> {
	const SQL = await initSqlJs();
	const db = new SQL.Database(await readFile(path));
	const metadata = new Map<string, string>();
	for (const [name, value] of db.exec('SELECT name, value FROM metadata')[0]?.values ?? [])
		metadata.set(String(name), String(value));
	if (metadata.has('format') && metadata.get('format') !== 'pbf') {
		db.close();
		throw new Error(
			`het MBTiles-bestand bevat geen vector tiles (format is ${metadata.get('format')})`
		);
	}
	const json = metadata.has('json') ? (JSON.parse(metadata.get('json')!) as unknown) : undefined;
	const zooms = db.exec('SELECT min(zoom_level), max(zoom_level) FROM tiles')[0]?.values[0] ?? [];
	const statement = db.prepare(
		'SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?'
	);
	return {
		format: 'MBTiles',
		minzoom: Number(metadata.get('minzoom') ?? zooms[0] ?? 0),
		maxzoom: Number(metadata.get('maxzoom') ?? zooms[1] ?? 0),
		layers: layerNames(json),
		attribution: metadata.get('attribution'),
		// MBTiles counts rows from the south (TMS); MapLibre from the north.
		read: async (z, x, y) => {
			statement.bind([z, x, 2 ** z - 1 - y]);
			const data = statement.step() ? statement.get()[0] : undefined;
			statement.reset();
			return data instanceof Uint8Array ? data : undefined;
		},
		close: async () => {
			statement.free();
			db.close();
		}
	};
}

/** Opens a PMTiles or MBTiles file, told apart by their first bytes, not by the name. */
export async function openArchive(path: string): Promise<TileArchive> {
	const file = await open(path, 'r');
	const start = Buffer.alloc(16);
	await file.read(start, 0, 16, 0);
	await file.close();
	if (start.subarray(0, 7).toString('latin1') === 'PMTiles') return openPmtiles(path);
	if (start.toString('latin1') === 'SQLite format 3\0') return openMbtiles(path);
	throw new Error('dit is geen PMTiles- of MBTiles-bestand');
}
