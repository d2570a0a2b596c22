import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildHierarchy } from '../areas';
import type { AreaCollection, OfferFeature } from '../data/schema';
import { coverageAreas, coverageByNeed, gapsOf, gapSentence } from '.';

/** The region fixture of the end-to-end tests: Aadorp and Ceeveen with wijken, Beekum without. */
const read = <T>(file: string): T =>
	JSON.parse(
		readFileSync(new URL(`../../../tests/fixtures/sites/regio/${file}`, import.meta.url), 'utf8')
	);
const offers = read<{ features: OfferFeature[] }>('aanbod.geojson').features;
const hierarchy = buildHierarchy(read<AreaCollection>('gebieden.geojson').features);

const cell = (rows: ReturnType<typeof coverageByNeed>, area: string, need: string) =>
	rows.find((r) => r.wijk.name === area)!.cells.find((c) => c.need === need)!;

describe('the overview of a region', () => {
	const { region, rows } = coverageAreas(offers, hierarchy);

	it('has a row per gemeente, and a wijk table for each gemeente that has wijken', () => {
		expect(region!.gemeenten.map((g) => g.wijk.name)).toEqual(['Aadorp', 'Beekum', 'Ceeveen']);
		expect(
			region!.wijkenPerGemeente.map((g) => [g.gemeente.name, g.wijken.map((w) => w.wijk.name)])
		).toEqual([
			['Aadorp', ['Aadorp-Noord', 'Aadorp-Zuid']],
			['Beekum', []],
			['Ceeveen', ['Ceeveen-Oost', 'Ceeveen-West']]
		]);
	});

	it("counts a gemeente's own offers in it, the region's for all, and another gemeente's for none", () => {
		const byGemeente = coverageByNeed(offers, region!.gemeenten);
		// Aadorp's dagopvang is respite care in Aadorp only.
		expect(cell(byGemeente, 'Aadorp', 'respijtzorg')).toMatchObject({ total: 1, inWijk: 1 });
		expect(cell(byGemeente, 'Beekum', 'respijtzorg').status).toBe('tekort');
		// Emotional support: Beekum's own group, plus Ceeveen's steunpunt by phone (no area: the
		// region's); Aadorp's steunpunt and café count in Aadorp, not in Beekum.
		expect(cell(byGemeente, 'Beekum', 'emotionele-steun')).toMatchObject({ total: 2, inWijk: 1 });
		expect(cell(byGemeente, 'Aadorp', 'emotionele-steun')).toMatchObject({ total: 3, inWijk: 2 });
		expect(cell(byGemeente, 'Ceeveen', 'emotionele-steun')).toMatchObject({
			total: 1,
			status: 'alleen-gemeentebreed'
		});
		// The region's mantelzorgwaardering is for every gemeente, in none of them.
		for (const g of ['Aadorp', 'Beekum', 'Ceeveen'])
			expect(cell(byGemeente, g, 'financiele-hulp')).toMatchObject({
				total: 1,
				inWijk: 0,
				status: 'alleen-gemeentebreed'
			});
	});

	it("counts for a wijk its own offers, its gemeente's help without a place and the region's", () => {
		const aadorp = region!.wijkenPerGemeente[0]!;
		const byWijk = coverageByNeed(offers, aadorp.wijken);
		expect(cell(byWijk, 'Aadorp-Zuid', 'respijtzorg')).toMatchObject({ total: 1, inWijk: 1 });
		expect(cell(byWijk, 'Aadorp-Noord', 'respijtzorg').status).toBe('tekort');
		// Each wijk: its own (steunpunt in Zuid, café in Noord) plus the region's phone steunpunt;
		// not the other wijk's, not Beekum's group.
		expect(cell(byWijk, 'Aadorp-Noord', 'emotionele-steun')).toMatchObject({ total: 2, inWijk: 1 });
		expect(cell(byWijk, 'Aadorp-Zuid', 'emotionele-steun')).toMatchObject({ total: 2, inWijk: 1 });
	});

	it('maps what a resident answers, and calls a gemeente without wijken a gemeente', () => {
		expect(coverageByNeed(offers, rows).map((r) => r.wijk.name)).toEqual([
			'Aadorp-Noord',
			'Aadorp-Zuid',
			'Beekum',
			'Ceeveen-Oost',
			'Ceeveen-West'
		]);
		const beekum = coverageByNeed(offers, rows).find((r) => r.wijk.name === 'Beekum')!;
		const sentence = gapSentence(gapsOf(beekum));
		expect(sentence).toContain('Niets in de gemeente zelf voor');
		expect(sentence).not.toMatch(/wijk/);
	});
});
