import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import proj4 from 'proj4';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../scripts/data-gebieden';
import { buildHierarchy, areaAt, hierarchyProblems } from '../../src/lib/areas';
import {
	areaCollectionSchema,
	type AreaCollection,
	type AreaGeometry
} from '../../src/lib/data/schema';
import { CBS_ATTRIBUTION } from '../../src/lib/server/areas-from-file';

const realdata = new URL('../fixtures/realdata/', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'regio-gebieden-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const RD_NEW =
	'+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';

/** The WGS84 file as CBS ships it in RD New: metres, with the crs member PDOK writes. */
function rdCopy(file: string): string {
	const collection = JSON.parse(readFileSync(join(realdata, file), 'utf8'));
	const toRd = proj4('WGS84', RD_NEW);
	const mapRings = (rings: number[][][]) =>
		rings.map((ring) => ring.map((p) => toRd.forward(p).map((n) => Math.round(n * 1000) / 1000)));
	for (const feature of collection.features) {
		const g = feature.geometry;
		g.coordinates = g.type === 'Polygon' ? mapRings(g.coordinates) : g.coordinates.map(mapRings);
	}
	delete collection.attribution;
	collection.crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } };
	const path = join(work, `rd-${file}`);
	writeFileSync(path, JSON.stringify(collection));
	return path;
}

async function run(
	...args: string[]
): Promise<{ code: number; out: string[]; err: string[]; gebieden?: AreaCollection }> {
	const out: string[] = [];
	const err: string[] = [];
	const target = join(work, `gebieden-${Math.random().toString(36).slice(2)}.geojson`);
	const code = await main([...args, '--out', target], {
		out: (l) => out.push(l),
		err: (l) => err.push(l)
	});
	const gebieden =
		code === 0 ? areaCollectionSchema.parse(JSON.parse(readFileSync(target, 'utf8'))) : undefined;
	return { code, out, err, gebieden };
}

const ringCount = (g: AreaGeometry) =>
	g.type === 'Polygon' ? [g.coordinates.length] : g.coordinates.map((p) => p.length);
const gemeenteOf = (gebieden: AreaCollection) =>
	gebieden.features.find((f) => f.properties.type === 'gemeente')!;

/** A point in the Dordrecht Binnenstad (the Grote Kerk). */
const groteKerk: [number, number] = [4.6594, 51.8113];

describe('data:gebieden --from, offline', () => {
	it('the Dordrecht wijken (WGS84) give a valid gebieden.geojson: 13 wijken, a dissolved outline without holes', async () => {
		const { code, gebieden, out } = await run(
			'--from',
			join(realdata, 'dordrecht_wijken_2025.geojson'),
			'--gemeentenaam',
			'Dordrecht'
		);
		expect(code).toBe(0);
		const wijken = gebieden!.features.filter((f) => f.properties.type === 'wijk');
		expect(wijken).toHaveLength(13);
		expect(wijken.every((w) => w.properties.gemeente === 'GM0505')).toBe(true);
		expect(gemeenteOf(gebieden!).properties).toEqual({
			type: 'gemeente',
			code: 'GM0505',
			name: 'Dordrecht'
		});
		expect(ringCount(gemeenteOf(gebieden!).geometry).every((rings) => rings === 1)).toBe(true);
		expect(hierarchyProblems(gebieden!.features)).toEqual([]);
		expect(out.join('\n')).toContain('De grens van Dordrecht is gemaakt uit 13 wijken.');
	});

	it('the same wijken in RD New (EPSG:28992) land where the WGS84 ones do', async () => {
		const { code, gebieden } = await run(
			'--from',
			rdCopy('dordrecht_wijken_2025.geojson'),
			'--gemeentenaam',
			'Dordrecht'
		);
		expect(code).toBe(0);
		expect(gebieden!.features.filter((f) => f.properties.type === 'wijk')).toHaveLength(13);
		expect(ringCount(gemeenteOf(gebieden!).geometry).every((rings) => rings === 1)).toBe(true);
		expect(areaAt(buildHierarchy(gebieden!.features), groteKerk)?.code).toBe('WK050501');
	});

	it('132 buurten in RD are dissolved into the 13 wijken and one outline without sliver holes, with names from the file', async () => {
		const { code, gebieden, out } = await run('--from', rdCopy('dordrecht_buurten_2025.geojson'));
		expect(code).toBe(0);
		expect(out[0]).toBe('132 buurten samengevoegd tot 13 wijken.');
		const wijken = gebieden!.features.filter((f) => f.properties.type === 'wijk');
		expect(wijken.map((w) => w.properties.code).sort()).toEqual(
			JSON.parse(readFileSync(join(realdata, 'dordrecht_wijken_2025.geojson'), 'utf8'))
				.features.map((f: { properties: { wijkcode: string } }) => f.properties.wijkcode)
				.sort()
		);
		expect(gemeenteOf(gebieden!).properties.name).toBe('Dordrecht');
		expect(ringCount(gemeenteOf(gebieden!).geometry).every((rings) => rings === 1)).toBe(true);
		for (const wijk of wijken)
			expect(ringCount(wijk.geometry).every((rings) => rings === 1)).toBe(true);
		expect(gebieden!.attribution).toBe(CBS_ATTRIBUTION);
		expect(hierarchyProblems(gebieden!.features)).toEqual([]);
	});

	it('wijken whose borders do not meet exactly give an outline without the sliver hole between them', async () => {
		const path = join(work, 'kier.geojson');
		const wijk = (code: string, ring: number[][]) => ({
			type: 'Feature',
			properties: {
				wijkcode: code,
				wijknaam: code,
				gemeentecode: 'GM0001',
				gemeentenaam: 'Kierdorp'
			},
			geometry: { type: 'Polygon', coordinates: [ring] }
		});
		// Halfway, the east wijk's west border bends under a metre away from the west wijk's: an enclosed gap.
		const west = wijk('WK000101', [
			[5, 52],
			[5.1, 52],
			[5.1, 52.1],
			[5, 52.1],
			[5, 52]
		]);
		const east = wijk('WK000102', [
			[5.1, 52],
			[5.2, 52],
			[5.2, 52.1],
			[5.1, 52.1],
			[5.1, 52.06],
			[5.10001, 52.05],
			[5.1, 52.04],
			[5.1, 52]
		]);
		writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features: [west, east] }));
		const { code, gebieden } = await run('--from', path);
		expect(code).toBe(0);
		expect(ringCount(gemeenteOf(gebieden!).geometry)).toEqual([1]);
	});

	it('a gemeente file alone gives an outline-only gebieden.geojson', async () => {
		const { code, gebieden } = await run(
			'--from',
			join(realdata, 'dordrecht_gemeente_2025.geojson')
		);
		expect(code).toBe(0);
		expect(gebieden!.features.map((f) => f.properties)).toEqual([
			{ type: 'gemeente', code: 'GM0505', name: 'Dordrecht' }
		]);
	});

	it('a file without any known code property says which properties it has and how to name one', async () => {
		const path = join(work, 'zonder-code.geojson');
		writeFileSync(
			path,
			JSON.stringify({
				type: 'FeatureCollection',
				features: [
					{
						type: 'Feature',
						properties: { id: 7, label: 'Noord' },
						geometry: {
							type: 'Polygon',
							coordinates: [
								[
									[5, 52],
									[5.1, 52],
									[5.1, 52.1],
									[5, 52]
								]
							]
						}
					}
				]
			})
		);
		const { code, err } = await run('--from', path);
		expect(code).toBe(1);
		expect(err[0]).toMatch(
			/gebied #1: geen code gevonden .* eigenschappen: id, label\. Geef de naam van de eigenschap met --code$/
		);
		const named = await run(
			'--from',
			path,
			'--code',
			'id',
			'--naam',
			'label',
			'--bron',
			'Eigen tekening'
		);
		expect(named.code).toBe(0);
		expect(named.gebieden!.features[0]!.properties).toEqual({
			type: 'gemeente',
			code: '7',
			name: 'Noord'
		});
		expect(named.gebieden!.attribution).toBe('Eigen tekening');
	});
});
