import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as gebiedenMain } from '../../scripts/data-gebieden';
import { main as postcodesMain } from '../../scripts/data-postcodes';
import { areaCollectionSchema, type AreaCollection } from '../../src/lib/data';
import { GeoCache, addressKey, geocodeAll } from '../../src/lib/server/geocache';
import {
	PDOK_OFFLINE,
	PdokError,
	buildPostcodes,
	downloadGebieden,
	downloadPostcodes,
	geocodeAddress,
	parseGemeentecode,
	parseWktPoint,
	postcode4Url,
	wijkenEnBuurtenUrl,
	type FetchLike
} from '../../src/lib/server/pdok';

const fixture = (name: string) =>
	readFileSync(new URL(`../fixtures/pdok/${name}`, import.meta.url), 'utf8');

/** Recorded answers by exact URL: a request for anything else fails like a missing network. */
function recorded(): { fetch: FetchLike; asked: string[] } {
	const answers: Record<string, string> = {
		[wijkenEnBuurtenUrl(2025, 'gemeenten', 'GM9999')]: 'gemeenten-GM9999.json',
		[wijkenEnBuurtenUrl(2025, 'wijken', 'GM9999')]: 'wijken-GM9999-1.json',
		'https://api.pdok.nl/cbs/wijken-en-buurten-2025/ogc/v1/collections/wijken/items?cursor=Mw%7CAQ&f=json&gemeentecode=GM9999&limit=1000':
			'wijken-GM9999-2.json',
		[postcode4Url(2024, [6.5, 52.73, 6.6, 52.78])]: 'postcode4-1.json',
		'https://api.pdok.nl/cbs/postcode4/ogc/v1/collections/postcode4/items?bbox=6.5%2C52.73%2C6.6%2C52.78&cursor=Mw%7CAg&f=json&jaarcode=2024&limit=1000':
			'postcode4-2.json'
	};
	const asked: string[] = [];
	const fetch: FetchLike = async (url) => {
		asked.push(url);
		const file = answers[url];
		if (!file) throw new TypeError(`fetch failed: ${url}`);
		return new Response(fixture(file), { headers: { 'content-type': 'application/geo+json' } });
	};
	return { fetch, asked };
}

const offline: FetchLike = async () => {
	throw new TypeError('fetch failed');
};

const square = (x0: number, y0: number, x1: number, y1: number) =>
	[
		[x0, y0],
		[x1, y0],
		[x1, y1],
		[x0, y1],
		[x0, y0]
	] as [number, number][];

describe('CBS wijken en buurten → gebieden.geojson', () => {
	it('follows the next link through both pages and keeps land, not water', async () => {
		const { fetch, asked } = recorded();
		const gebieden = await downloadGebieden({ gemeentecode: 'GM9999', jaar: 2025 }, fetch);
		expect(asked).toHaveLength(3);
		expect(areaCollectionSchema.safeParse(gebieden).success).toBe(true);
		expect(gebieden.attribution).toBe('Kadaster / Centraal Bureau voor de Statistiek, 2025');
		expect(gebieden.features.map((f) => f.properties)).toEqual([
			{ type: 'gemeente', code: 'GM9999', name: 'Voorbeeldstad' },
			{ type: 'wijk', code: 'WK999901', name: 'Centrum' },
			{ type: 'wijk', code: 'WK999902', name: 'De Haven' },
			{ type: 'wijk', code: 'WK999903', name: 'Noorderhoek' }
		]);
	});

	it('rounds to five decimals and drops the points that rounding doubles', async () => {
		const gebieden = await downloadGebieden(
			{ gemeentecode: 'GM9999', jaar: 2025 },
			recorded().fetch
		);
		expect(gebieden.features[0]!.geometry).toEqual({
			type: 'Polygon',
			coordinates: [square(6.5, 52.73, 6.6, 52.78)]
		});
		expect(gebieden.features[2]!.geometry).toEqual({
			type: 'Polygon',
			coordinates: [square(6.55, 52.73, 6.6, 52.755)]
		});
	});

	it('fails in Dutch when the gemeente is not there', async () => {
		const empty: FetchLike = async () =>
			new Response(JSON.stringify({ type: 'FeatureCollection', features: [], links: [] }));
		await expect(downloadGebieden({ gemeentecode: 'GM0001', jaar: 2025 }, empty)).rejects.toThrow(
			'Gemeente GM0001 staat niet in CBS wijken en buurten 2025. Klopt de gemeentecode en het jaar?'
		);
	});

	it('fails in Dutch when PDOK cannot be reached', async () => {
		await expect(downloadGebieden({ gemeentecode: 'GM9999', jaar: 2025 }, offline)).rejects.toThrow(
			PdokError
		);
		await expect(downloadGebieden({ gemeentecode: 'GM9999', jaar: 2025 }, offline)).rejects.toThrow(
			PDOK_OFFLINE
		);
	});
});

describe('CBS postcode4 → postcodes.json', () => {
	it('gives the centre of each PC4 area inside the gemeente with its wijk; the newest year wins', async () => {
		const { fetch, asked } = recorded();
		const { postcodes } = await downloadPostcodes(
			{ gemeentecode: 'GM9999', jaar: 2025, pc4Jaar: 2024 },
			fetch
		);
		expect(asked).toHaveLength(5);
		expect(postcodes).toEqual({
			pc4: {
				'9991': { lon: 6.52, lat: 52.745, wijk: 'WK999901' },
				// The hole in the east half pulls the centre west of 6.58.
				'9992': { lon: 6.579118, lat: 52.74, wijk: 'WK999902' },
				// Two parts: the centre of mass lies between them, in the larger part's direction.
				'9993': { lon: 6.556667, lat: 52.765, wijk: 'WK999903' }
			}
		});
	});

	it('leaves out a postcode whose centre lies in no wijk without failing', () => {
		const gebieden: AreaCollection = {
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					geometry: { type: 'Polygon', coordinates: [square(0, 0, 10, 10)] },
					properties: { type: 'gemeente', code: 'GM1', name: 'A' }
				},
				{
					type: 'Feature',
					geometry: { type: 'Polygon', coordinates: [square(0, 0, 5, 10)] },
					properties: { type: 'wijk', code: 'W1', name: 'B' }
				}
			]
		};
		const feature = (postcode: string, x: number) => ({
			type: 'Feature' as const,
			geometry: { type: 'Polygon', coordinates: [square(x, 1, x + 2, 3)] },
			properties: { postcode }
		});
		expect(
			buildPostcodes([feature('1000', 1), feature('2000', 7), feature('abc', 1)], gebieden)
		).toEqual({
			pc4: { '1000': { lon: 2, lat: 2, wijk: 'W1' }, '2000': { lon: 8, lat: 2 } }
		});
	});
});

describe('Locatieserver', () => {
	const markt = { street: 'Markt 12', postcode: '9991 AA', city: 'Voorbeeldstad' };
	const answer =
		(file: string): FetchLike =>
		async () =>
			new Response(fixture(file));

	it('reads centroide_ll as lon/lat, six decimals', async () => {
		expect(await geocodeAddress(markt, answer('locatieserver-markt-12.json'))).toEqual({
			position: [6.542522, 52.762074],
			label: 'Markt 12, 9991AA Voorbeeldstad',
			postcodeDiffers: false,
			postcode: '9991 AA'
		});
		expect(
			await geocodeAddress({ ...markt, postcode: '9991 AB' }, answer('locatieserver-markt-12.json'))
		).toMatchObject({ postcodeDiffers: true });
	});

	it('returns null for an address it does not know', async () => {
		expect(await geocodeAddress(markt, answer('locatieserver-leeg.json'))).toBeNull();
	});

	it('parses WKT points', () => {
		expect(parseWktPoint('POINT(4.89 52.37)')).toEqual([4.89, 52.37]);
		expect(parseWktPoint('POINT (-1.5 2)')).toEqual([-1.5, 2]);
		expect(parseWktPoint('LINESTRING(1 2, 3 4)')).toBeUndefined();
	});

	it('stops asking after the first failure, and caches found and not-found addresses', async () => {
		const cache = GeoCache.inMemory();
		let calls = 0;
		const counting: FetchLike = async (url) => {
			calls++;
			return new Response(
				fixture(
					decodeURIComponent(url).includes('Markt')
						? 'locatieserver-markt-12.json'
						: 'locatieserver-leeg.json'
				)
			);
		};
		const elders = { street: 'Elders 1', postcode: '9999 ZZ', city: 'Voorbeeldstad' };
		const first = await geocodeAll([markt, elders], cache, counting);
		expect(first.map((o) => o.status)).toEqual(['gevonden', 'niet-gevonden']);
		expect(calls).toBe(2);
		const again = await geocodeAll(
			[{ ...markt, street: ' markt  12 ', postcode: '9991AA' }, elders],
			cache,
			offline
		);
		expect(again).toEqual([
			{
				status: 'gevonden',
				position: [6.542522, 52.762074],
				label: 'Markt 12, 9991AA Voorbeeldstad',
				fromCache: true,
				postcodeDiffers: false,
				postcode: '9991 AA'
			},
			{ status: 'niet-gevonden', fromCache: true }
		]);

		let offlineCalls = 0;
		const down: FetchLike = async () => {
			offlineCalls++;
			throw new TypeError('fetch failed');
		};
		const outcomes = await geocodeAll(
			[
				{ ...markt, street: 'Markt 13' },
				{ ...markt, street: 'Markt 14' }
			],
			GeoCache.inMemory(),
			down
		);
		expect(offlineCalls).toBe(1);
		expect(outcomes.map((o) => o.status)).toEqual(['offline', 'offline']);
	});

	it('keys the cache on the address, not on how it is typed', () => {
		expect(addressKey({ street: ' Markt  12', postcode: '9991 aa', city: 'VOORBEELDSTAD ' })).toBe(
			'markt 12|9991AA|voorbeeldstad'
		);
	});
});

describe('npm run data:gebieden and data:postcodes', () => {
	const capture = (fetch: FetchLike) => {
		const out: string[] = [];
		const err: string[] = [];
		return {
			io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), fetch },
			out,
			err
		};
	};

	it('writes gebieden.geojson in the layout of data/', async () => {
		const path = join(mkdtempSync(join(tmpdir(), 'mzk-pdok-')), 'gebieden.geojson');
		const { io, out } = capture(recorded().fetch);
		expect(await gebiedenMain(['--gemeente', 'GM9999', '--out', path], io)).toBe(0);
		expect(out.at(-1)).toBe(`Voorbeeldstad met 3 wijken geschreven naar ${path}.`);
		const text = readFileSync(path, 'utf8');
		expect(text).toContain('\t\t\t\t\t\t[6.5, 52.73],\n');
		expect(areaCollectionSchema.safeParse(JSON.parse(text)).success).toBe(true);
	});

	it('writes postcodes.json', async () => {
		const path = join(mkdtempSync(join(tmpdir(), 'mzk-pdok-')), 'postcodes.json');
		const { io } = capture(recorded().fetch);
		expect(
			await postcodesMain(['--gemeente', '9999', '--pc4-jaar', '2024', '--out', path], io)
		).toBe(0);
		expect(readFileSync(path, 'utf8')).toBe(
			'{\n\t"pc4": {\n' +
				'\t\t"9991": { "lon": 6.52, "lat": 52.745, "wijk": "WK999901" },\n' +
				'\t\t"9992": { "lon": 6.579118, "lat": 52.74, "wijk": "WK999902" },\n' +
				'\t\t"9993": { "lon": 6.556667, "lat": 52.765, "wijk": "WK999903" }\n' +
				'\t}\n}\n'
		);
	});

	it('offline: a clear Dutch message, exit 1, and no file', async () => {
		const path = join(mkdtempSync(join(tmpdir(), 'mzk-pdok-')), 'gebieden.geojson');
		const { io, err } = capture(offline);
		expect(await gebiedenMain(['--gemeente', 'GM0505', '--out', path], io)).toBe(1);
		expect(err).toEqual([
			'Kan PDOK niet bereiken: controleer de internetverbinding (https://api.pdok.nl).'
		]);
		expect(existsSync(path)).toBe(false);
		const postcodes = capture(offline);
		expect(await postcodesMain(['--gemeente', 'GM0505', '--out', path], postcodes.io)).toBe(1);
		expect(postcodes.err).toEqual([
			'Kan PDOK niet bereiken: controleer de internetverbinding (https://api.pdok.nl).'
		]);
	});

	it('asks for a valid gemeentecode and year', async () => {
		const { io, err } = capture(offline);
		expect(await gebiedenMain(['--gemeente', 'Dordrecht'], io)).toBe(1);
		expect(err[0]).toMatch(/^Geef de gemeentecode op, zoals --gemeente GM0505\./);
		expect(await gebiedenMain(['--gemeente', 'GM0505', '--jaar', 'vorig'], io)).toBe(1);
		expect(err[1]).toBe('"vorig" is geen jaar zoals 2025.');
		expect(parseGemeentecode('gm0505')).toBe('GM0505');
		expect(parseGemeentecode('505')).toBeUndefined();
	});
});
