import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AreaGeometry, Position } from '../data/schema';
import { neighbourMap } from '../geo';
import {
	answerAreasOf,
	areaAt,
	areaConflict,
	buildHierarchy,
	gemeenteOf,
	gemeenteOfOffer,
	hierarchyProblems,
	isRegion,
	labelOf,
	nearestGemeente,
	resolveArea,
	wijkenOf,
	wijkList,
	type AreaInput
} from '.';

interface CbsFeature {
	geometry: AreaGeometry;
	properties: Record<string, string>;
}
const read = (file: string): CbsFeature[] =>
	JSON.parse(
		readFileSync(new URL(`../../../tests/fixtures/realdata/${file}`, import.meta.url), 'utf8')
	).features;

/** Dordrecht as gebieden.geojson holds it: the real CBS outline and its 13 wijken. */
const dordrecht: AreaInput[] = [
	...read('dordrecht_gemeente_2025.geojson').map((f) => ({
		geometry: f.geometry,
		properties: {
			type: 'gemeente' as const,
			code: f.properties.gemeentecode!,
			name: f.properties.gemeentenaam!
		}
	})),
	...read('dordrecht_wijken_2025.geojson').map((f) => ({
		geometry: f.geometry,
		properties: {
			type: 'wijk' as const,
			code: f.properties.wijkcode!,
			name: f.properties.wijknaam!
		}
	}))
];

const square = (west: number, south: number, size: number): AreaGeometry => ({
	type: 'Polygon',
	coordinates: [
		[
			[west, south],
			[west + size, south],
			[west + size, south + size],
			[west, south + size],
			[west, south]
		]
	]
});

/** Three invented gemeenten side by side; only A has wijken. */
const region: AreaInput[] = [
	{
		geometry: square(5, 52, 0.1),
		properties: { type: 'gemeente', code: 'GM0001', name: 'Aadorp' }
	},
	{
		geometry: square(5.1, 52, 0.1),
		properties: { type: 'gemeente', code: 'GM0002', name: 'Beekum' }
	},
	{
		geometry: square(5.2, 52, 0.1),
		properties: { type: 'gemeente', code: 'GM0003', name: 'Céldam' }
	},
	{
		geometry: square(5, 52, 0.05),
		properties: { type: 'wijk', code: 'WK000101', name: 'Aadorp-Zuid', gemeente: 'GM0001' }
	},
	{
		geometry: square(5.05, 52.05, 0.05),
		properties: { type: 'wijk', code: 'WK000102', name: 'Aadorp-Noord', gemeente: 'GM0001' }
	}
];

/** A point in the Dordrecht Binnenstad (the Grote Kerk). */
const groteKerk: Position = [4.6594, 51.8113];

describe('the area hierarchy', () => {
	it('real Dordrecht borders: one gemeente, 13 wijken, all inside it, no problems', () => {
		const hierarchy = buildHierarchy(dordrecht);
		expect(hierarchy.gemeenten.map((g) => g.code)).toEqual(['GM0505']);
		expect(wijkenOf(hierarchy, 'GM0505')).toHaveLength(13);
		expect(hierarchyProblems(dordrecht)).toEqual([]);
	});

	it('a gemeente with only its outline is a valid hierarchy without wijken', () => {
		const outlineOnly = dordrecht.filter((f) => f.properties.type === 'gemeente');
		expect(hierarchyProblems(outlineOnly)).toEqual([]);
		expect(buildHierarchy(outlineOnly).wijken).toEqual([]);
	});

	it('a region: each wijk belongs to the gemeente its property names', () => {
		const hierarchy = buildHierarchy(region);
		expect(hierarchy.single).toBeUndefined();
		expect(wijkenOf(hierarchy, 'GM0001').map((w) => w.code)).toEqual(['WK000101', 'WK000102']);
		expect(wijkenOf(hierarchy, 'GM0002')).toEqual([]);
		expect(hierarchyProblems(region)).toEqual([]);
	});

	it('in a region, a wijk without "gemeente" is an error that lists the gemeenten by code and name', () => {
		const broken = structuredClone(region);
		delete broken[3]!.properties.gemeente;
		expect(hierarchyProblems(broken)).toEqual([
			{
				code: 'WK000101',
				message:
					'zegt niet bij welke gemeente de wijk hoort: vul "gemeente" in met de code, kies uit: GM0001 (Aadorp), GM0002 (Beekum), GM0003 (Céldam)'
			}
		]);
	});

	it('a wijk that lies in another gemeente than it says is an error naming the gemeente', () => {
		const broken = structuredClone(region);
		broken[4]!.properties.gemeente = 'GM0003';
		const [problem] = hierarchyProblems(broken);
		expect(problem?.code).toBe('WK000102');
		expect(problem?.message).toMatch(/^ligt tot \d+ m buiten de gemeente GM0003 \(Céldam\)/);
	});

	it('a wijk border a few metres over the gemeente border is tolerated (generalised borders differ)', () => {
		const nudged = structuredClone(region);
		// 0.0005 degrees of longitude is about 34 m here.
		nudged[4]!.geometry = square(5.0505, 52.05, 0.05);
		expect(hierarchyProblems(nudged)).toEqual([]);
	});

	it('a code used twice is an error, and a file without a gemeente is one', () => {
		const twice = [...region, region[4]!];
		expect(hierarchyProblems(twice).map((p) => p.message)).toContain(
			'de code WK000102 komt twee keer voor; elke code moet uniek zijn'
		);
		expect(hierarchyProblems(region.slice(3)).map((p) => p.code)).toContain('');
	});
});

describe('finding an area', () => {
	const hierarchy = buildHierarchy(dordrecht);

	it('a point gives its wijk; a point outside every wijk its gemeente; far away none', () => {
		expect(areaAt(hierarchy, groteKerk)?.name).toBe('Wijk 01 Binnenstad');
		const regionHierarchy = buildHierarchy(region);
		expect(areaAt(regionHierarchy, [5.15, 52.05])?.code).toBe('GM0002');
		expect(areaAt(hierarchy, [5.5, 52.5])).toBeUndefined();
	});

	it('a code or a name, whatever the case, accents or dashes, gives the code', () => {
		expect(resolveArea(hierarchy, 'wk050501')).toEqual({ code: 'WK050501' });
		expect(resolveArea(hierarchy, 'wijk 04 nieuw krispijn')).toEqual({ code: 'WK050504' });
		expect(resolveArea(buildHierarchy(region), 'celdam')).toEqual({ code: 'GM0003' });
		expect(resolveArea(hierarchy, 'Zwijndrecht')).toBeUndefined();
	});

	it('a name that two areas share is ambiguous unless the type decides', () => {
		const sameName = [
			...region,
			{ ...region[3]!, properties: { ...region[3]!.properties, code: 'WK000103', name: 'Beekum' } }
		];
		const h = buildHierarchy(sameName);
		expect(resolveArea(h, 'beekum')).toEqual({ ambiguous: ['GM0002', 'WK000103'] });
		expect(resolveArea(h, 'beekum', 'gemeente')).toEqual({ code: 'GM0002' });
	});

	it('error lists name an area as "code (naam)"', () => {
		expect(labelOf(hierarchy, 'WK050507')).toBe('WK050507 (Wijk 07 Wielwijk)');
		expect(labelOf(hierarchy, 'WK999999')).toBe('WK999999');
	});

	it('a point in the Binnenstad stated as Wielwijk is a conflict naming both wijken and the distance', () => {
		const conflict = areaConflict(hierarchy, 'WK050507', groteKerk);
		expect(conflict?.stated.code).toBe('WK050507');
		expect(conflict?.actual.code).toBe('WK050501');
		expect(conflict?.metres).toBeGreaterThan(1000);
		expect(areaConflict(hierarchy, 'WK050501', groteKerk)).toBeUndefined();
	});

	it('a point outside every gemeente gives the nearest one and how far', () => {
		const near = nearestGemeente(hierarchy, [4.6, 51.8]);
		expect(near?.gemeente.code).toBe('GM0505');
		expect(near?.metres).toBeGreaterThan(500);
		expect(nearestGemeente(hierarchy, groteKerk)?.metres).toBe(0);
	});
});

describe('what the pages ask of the areas', () => {
	const regio = buildHierarchy(region);

	it('a region is several gemeenten; one gemeente with wijken is not', () => {
		expect(isRegion(regio)).toBe(true);
		expect(isRegion(buildHierarchy(dordrecht))).toBe(false);
	});

	it('the wijk list is every wijk, by name, without the gemeenten', () => {
		expect(wijkList(regio)).toEqual([
			{ code: 'WK000102', name: 'Aadorp-Noord' },
			{ code: 'WK000101', name: 'Aadorp-Zuid' }
		]);
		expect(wijkList(buildHierarchy(dordrecht))).toHaveLength(13);
	});

	it('a visitor answers with a wijk, or in a region with a gemeente that has no wijken', () => {
		expect(answerAreasOf(regio).map((a) => a.code)).toEqual([
			'WK000101',
			'WK000102',
			'GM0002',
			'GM0003'
		]);
		expect(answerAreasOf(buildHierarchy(dordrecht))).toHaveLength(13);
		expect(answerAreasOf(buildHierarchy(dordrecht.slice(0, 1)))).toEqual([]);
	});

	it('in a region the gemeente next door borders the wijk on its edge, and the next gemeente', () => {
		const neighbours = neighbourMap(answerAreasOf(regio));
		expect([...neighbours.get('WK000102')!]).toEqual(['WK000101', 'GM0002']);
		expect([...neighbours.get('GM0002')!]).toEqual(['WK000102', 'GM0003']);
		expect([...neighbours.get('WK000101')!]).toEqual(['WK000102']);
	});

	it("a code's gemeente: a wijk's parent, a gemeente itself, nothing for an unknown code", () => {
		expect(gemeenteOf(regio, 'WK000102')?.name).toBe('Aadorp');
		expect(gemeenteOf(regio, 'GM0002')?.name).toBe('Beekum');
		expect(gemeenteOf(regio, 'WK999999')).toBeUndefined();
	});

	it("an offer's gemeente: by its area code, else by its point (or the nearest), else none", () => {
		expect(gemeenteOfOffer(regio, { wijk: 'WK000101', point: [5.25, 52.05] })?.code).toBe('GM0001');
		expect(gemeenteOfOffer(regio, { point: [5.15, 52.05] })?.code).toBe('GM0002');
		expect(gemeenteOfOffer(regio, { point: [5.35, 52.05] })?.code).toBe('GM0003');
		expect(gemeenteOfOffer(regio, {})).toBeUndefined();
	});
});
