/**
 * npm run data:basemap on generated answers: "PDOK" is a fetch that answers with the style
 * shape of pdok-style.json and tiles made by geojson-vt; --from reads a PMTiles archive and
 * an MBTiles database made here. Never the network.
 */
import {
	existsSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync,
	cpSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../scripts/data-basemap';
import { tileOf } from '../../src/lib/basemap';
import type { BBox } from '../../src/lib/geo';
import { fixtureTiles, writePmtiles } from '../fixtures/basemap/generate';

const STYLE = readFileSync('tests/fixtures/basemap/pdok-style.json');
const BOX: BBox = [6.45, 52.7, 6.65, 52.8];
const TILES = fixtureTiles(BOX, 6, 14);

let scratch: string;
let out: string;
let lines: string[];
const io = () => ({
	out: (l: string) => lines.push(l),
	err: (l: string) => lines.push(`FOUT ${l}`)
});

beforeEach(() => {
	scratch = mkdtempSync(join(tmpdir(), 'basemap-'));
	out = join(scratch, 'basemap');
	lines = [];
	cpSync('tests/fixtures/sites/echt', join(scratch, 'data'), { recursive: true });
	process.env.DATA_DIR = join(scratch, 'data');
});
afterEach(() => {
	delete process.env.DATA_DIR;
	rmSync(scratch, { recursive: true, force: true });
});

/** PDOK as the script sees it: the style, the tiles by tileMatrix/tileRow/tileCol, one glyph range. */
function pdok(requests: string[] = []) {
	return async (url: string) => {
		requests.push(url);
		const u = new URL(url);
		if (u.pathname.endsWith('/styles/standaard__webmercatorquad')) return new Response(STYLE);
		const tile = /\/tiles\/WebMercatorQuad\/(\d+)\/(\d+)\/(\d+)$/.exec(u.pathname);
		if (tile) {
			const data = TILES.get(`${tile[1]}/${tile[3]}/${tile[2]}`);
			return data ? new Response(Buffer.from(data)) : new Response(null, { status: 404 });
		}
		if (u.pathname.endsWith('/Rijksoverheid%20Sans%20Text%20Regular/0-255.pbf'))
			return new Response(new Uint8Array([10, 0]));
		return new Response(null, { status: 404 });
	};
}

const files = (dir: string) =>
	readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;

describe('data:basemap from PDOK', () => {
	it("writes the tiles, glyphs and a style that points only at the site's own paths", async () => {
		const requests: string[] = [];
		const code = await main(['--out', out, '--maxzoom', '14'], { ...io(), fetch: pdok(requests) });
		expect(lines.filter((l) => l.startsWith('FOUT'))).toEqual([]);
		expect(code).toBe(0);

		const style = readFileSync(join(out, 'style.json'), 'utf8');
		expect(style).not.toMatch(/https?:/);
		expect(JSON.parse(style).sources.brt.tiles).toEqual(['/basemap/tiles/{z}/{x}/{y}.pbf']);
		expect(JSON.parse(style).sources.brt.attribution).toMatch(/Kadaster/);
		expect(existsSync(join(out, 'fonts/Rijksoverheid Sans Text Regular/0-255.pbf'))).toBe(true);

		// Every tile of the area, row before column as the OGC API wants; a tile PDOK does not have is written empty.
		const [x, y] = tileOf(6.54, 52.757, 14);
		expect(requests).toContain(
			`https://api.pdok.nl/kadaster/brt-achtergrondkaart/ogc/v1/tiles/WebMercatorQuad/14/${y}/${x}?f=mvt`
		);
		expect(readFileSync(join(out, `tiles/14/${x}/${y}.pbf`))).toEqual(
			Buffer.from(TILES.get(`14/${x}/${y}`)!)
		);
		const tileCount = requests.filter((r) => r.includes('/tiles/')).length;
		expect(lines.at(-1)).toMatch(
			new RegExp(`^${tileCount} tegels, \\d+ kB, geschreven naar ${out}\\.`)
		);
		expect(files(join(out, 'tiles'))).toBe(tileCount);
	});

	it('says clearly that PDOK cannot be reached without internet, and writes nothing', async () => {
		const offline = async () => {
			throw new TypeError('fetch failed');
		};
		expect(await main(['--out', out], { ...io(), fetch: offline })).toBe(1);
		expect(lines.at(-1)).toBe(
			'FOUT Kan PDOK niet bereiken: controleer de internetverbinding (https://api.pdok.nl).'
		);
		expect(existsSync(out)).toBe(false);
	});

	it('refuses above the size limit and keeps the basemap that was there', async () => {
		expect(await main(['--out', out, '--maxzoom', '12'], { ...io(), fetch: pdok() })).toBe(0);
		const before = readFileSync(join(out, 'style.json'), 'utf8');
		lines = [];
		expect(
			await main(['--out', out, '--maxzoom', '14', '--max-mb', '0.005'], { ...io(), fetch: pdok() })
		).toBe(1);
		expect(lines.at(-1)).toMatch(
			/^FOUT De ondergrond wordt groter dan 6 kB \(na \d+ tegels\)\. Kies een lager --maxzoom/
		);
		expect(readFileSync(join(out, 'style.json'), 'utf8')).toBe(before);
		expect(readdirSync(scratch).filter((n) => n.includes('.tmp-'))).toEqual([]);
	});
});

describe('data:basemap --from a file', () => {
	const layers = {
		vector_layers: [{ id: 'wegdeel_lijn' }, { id: 'waterdeel_vlak' }, { id: 'terrein_vlak' }]
	};

	it('reads a PMTiles archive: the tiles in the area, with the style given', async () => {
		const archive = join(scratch, 'tegels.pmtiles');
		writeFileSync(archive, writePmtiles(TILES, { ...layers, attribution: '© Kadaster' }, BOX));
		const code = await main(
			['--from', archive, '--stijl', 'tests/fixtures/basemap/pdok-style.json', '--out', out],
			io()
		);
		expect(lines.filter((l) => l.startsWith('FOUT'))).toEqual([]);
		expect(code).toBe(0);
		const [x, y] = tileOf(6.54, 52.757, 14);
		expect(readFileSync(join(out, `tiles/14/${x}/${y}.pbf`))).toEqual(
			Buffer.from(TILES.get(`14/${x}/${y}`)!)
		);
		const style = JSON.parse(readFileSync(join(out, 'style.json'), 'utf8'));
		expect(style.sources.brt).toMatchObject({ minzoom: 6, maxzoom: 14, attribution: '© Kadaster' });
		// No glyphs with the file: the street names go, the streets stay.
		expect(style.glyphs).toBeUndefined();
		expect(style.layers.map((l: { id: string }) => l.id)).toEqual([
			'Onderlegger Nederland',
			'Bodemgebruik',
			'waterdeelvlak',
			'wegdeellijn-contour',
			'wegdeellijn'
		]);
		expect(lines[0]).toMatch(/^Ondergrond uit PMTiles-bestand .*: zoom 6 tot 14/);
	});

	it('reads an MBTiles database (rows counted from the south, gzipped tiles)', async () => {
		const { gzipSync } = await import('node:zlib');
		const SQL = await initSqlJs();
		const db = new SQL.Database();
		db.run('CREATE TABLE metadata (name text, value text)');
		db.run(
			'CREATE TABLE tiles (zoom_level integer, tile_column integer, tile_row integer, tile_data blob)'
		);
		for (const [name, value] of [
			['format', 'pbf'],
			['minzoom', '12'],
			['maxzoom', '14'],
			['json', JSON.stringify(layers)]
		] as [string, string][])
			db.run('INSERT INTO metadata VALUES (?, ?)', [name, value]);
		for (const [key, data] of TILES) {
			const [z, x, y] = key.split('/').map(Number) as [number, number, number];
			if (z >= 12)
				db.run('INSERT INTO tiles VALUES (?, ?, ?, ?)', [z, x, 2 ** z - 1 - y, gzipSync(data)]);
		}
		const file = join(scratch, 'tegels.mbtiles');
		writeFileSync(file, db.export());
		db.close();
		const code = await main(
			['--from', file, '--stijl', 'tests/fixtures/basemap/pdok-style.json', '--out', out],
			io()
		);
		expect(code).toBe(0);
		const [x, y] = tileOf(6.54, 52.757, 13);
		expect(readFileSync(join(out, `tiles/13/${x}/${y}.pbf`))).toEqual(
			Buffer.from(TILES.get(`13/${x}/${y}`)!)
		);
	});

	it('asks for a style when the tiles have a schema it does not know', async () => {
		const archive = join(scratch, 'tegels.pmtiles');
		writeFileSync(archive, writePmtiles(TILES, layers, BOX));
		expect(await main(['--from', archive, '--out', out], io())).toBe(1);
		expect(lines.at(-1)).toMatch(
			/zijn niet van een schema dat de site kent\. Geef de stijl erbij met --stijl\.$/
		);
	});

	it('refuses a file that is no tile archive', async () => {
		const file = join(scratch, 'tegels.pmtiles');
		writeFileSync(file, 'geen tegels');
		expect(await main(['--from', file, '--out', out], io())).toBe(1);
		expect(lines.at(-1)).toBe(`FOUT ${file}: dit is geen PMTiles- of MBTiles-bestand`);
	});
});
