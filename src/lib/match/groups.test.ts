import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '../paraglide/runtime';
import { EMPTY_ANSWERS, type Answers } from '../answers';
import type { GemeenteChoice } from '../areas';
import type { Listing } from '../data';
import { gemeenteCodes, groupByArea, matchOffers, type AreaFacts } from './index';
import { groupHeading, shortNotice } from './words';

/** Three gemeenten in a row: Aadorp (two wijken) | Beekum (no wijken) | Ceeveen (two wijken). */
const gemeenten: GemeenteChoice[] = [
	{
		code: 'GM1',
		name: 'Aadorp',
		wijken: [
			{ code: 'WK11', name: 'Aadorp-Noord' },
			{ code: 'WK12', name: 'Aadorp-Zuid' }
		]
	},
	{ code: 'GM2', name: 'Beekum', wijken: [] },
	{
		code: 'GM3',
		name: 'Ceeveen',
		wijken: [
			{ code: 'WK31', name: 'Ceeveen-West' },
			{ code: 'WK32', name: 'Ceeveen-Oost' }
		]
	}
];
const facts: AreaFacts = { gemeenten, regio: 'Drie Dorpen' };
const neighbours = new Map([
	['WK11', new Set(['WK12'])],
	['WK12', new Set(['WK11', 'GM2'])],
	['GM2', new Set(['WK12', 'WK31'])],
	['WK31', new Set(['GM2', 'WK32'])],
	['WK32', new Set(['WK31'])]
]);
const context = { steunpuntId: 'steunpunt', neighbours, gemeenteOf: gemeenteCodes(gemeenten) };

function listing(id: string, overrides: Partial<Listing> = {}): Listing {
	return {
		id,
		name: id,
		summary: 'Een zin.',
		textLang: 'nl',
		kind: 'lotgenotengroep',
		needs: ['emotionele-steun'],
		conditions: undefined,
		relations: undefined,
		groups: undefined,
		forWhom: 'mantelzorger',
		wijk: undefined,
		serviceArea: undefined,
		delivery: undefined,
		coordinates: [5.1, 52.05],
		phone: undefined,
		address: undefined,
		howToStart: 'bellen',
		cost: 'gratis',
		schedules: undefined,
		...overrides
	};
}

const offers = [
	listing('cafe-aadorp-zuid', { wijk: 'WK12' }),
	listing('cafe-aadorp-noord', { wijk: 'WK11' }),
	listing('groep-beekum', { wijk: 'GM2' }),
	listing('loket-beekum', { wijk: 'GM2' }),
	listing('waardering-regio', { wijk: undefined, coordinates: undefined }),
	// Serves all of Aadorp, but from a place in Aadorp: never "for the whole gemeente" elsewhere.
	listing('klussen-aadorp', { wijk: 'WK11', serviceArea: 'gemeente' }),
	listing('hulp-ceeveen-oost', { wijk: 'WK32', coordinates: [5.28, 52.05] }),
	listing('maatje-ceeveen', { wijk: 'GM3' })
];

const grouped = (wijk: string, location?: [number, number], list = offers) => {
	const answers: Answers = { ...EMPTY_ANSWERS, wijk };
	const result = matchOffers(list, answers, { ...context, location });
	return groupByArea(result.matches, wijk, facts)!;
};
const summary = (wijk: string, location?: [number, number], list = offers) =>
	grouped(wijk, location, list).groups.map((g) => ({
		relation: g.relation,
		where: `${g.place.kind} ${g.place.name}`,
		ids: g.matches.map((m) => m.listing.id)
	}));

describe('honest "near you": results for an area grouped by where they are', () => {
	it('a wijk without help of its own: nothing "here", the neighbours by name, then the whole gemeente and the region', () => {
		expect(summary('WK31')).toEqual([
			{ relation: 'near', where: 'gemeente Beekum', ids: ['groep-beekum', 'loket-beekum'] },
			{ relation: 'near', where: 'wijk Ceeveen-Oost', ids: ['hulp-ceeveen-oost'] },
			{ relation: 'wide', where: 'gemeente Ceeveen', ids: ['maatje-ceeveen'] },
			{ relation: 'wide', where: 'regio Drie Dorpen', ids: ['waardering-regio'] }
		]);
		expect(grouped('WK31').short).toBe('none');
		expect(grouped('WK31').chosen).toEqual({ code: 'WK31', name: 'Ceeveen-West', kind: 'wijk' });
	});

	it('a gemeente without wijken lists its own help first, under its own name as a gemeente', () => {
		const result = grouped('GM2');
		expect(result.chosen).toEqual({ code: 'GM2', name: 'Beekum', kind: 'gemeente' });
		expect(summary('GM2')[0]).toEqual({
			relation: 'here',
			where: 'gemeente Beekum',
			ids: ['groep-beekum', 'loket-beekum']
		});
		expect(result.short).toBe('few');
	});

	it("another gemeente's help for its whole gemeente is not offered as local", () => {
		const all = grouped('WK31').groups.flatMap((g) => g.matches.map((m) => m.listing.id));
		expect(all).not.toContain('klussen-aadorp');
		expect(summary('WK12').find((g) => g.where === 'gemeente Aadorp')?.ids).toEqual([
			'klussen-aadorp'
		]);
	});

	it('enough help in the area: no notice', () => {
		const local = [1, 2, 3].map((i) => listing(`groep-${i}`, { wijk: 'WK31' }));
		expect(grouped('WK31', undefined, [...offers, ...local]).short).toBeUndefined();
	});

	it('nearest first within a group when the distance is known, and the nearest neighbour first', () => {
		const list = [
			listing('ver', { wijk: 'GM2', coordinates: [5.11, 52.05] }),
			listing('dichtbij', { wijk: 'GM2', coordinates: [5.19, 52.05] }),
			listing('oost', { wijk: 'WK32', coordinates: [5.26, 52.05] })
		];
		// Standing at the east edge of Ceeveen-West: Ceeveen-Oost is closer than Beekum.
		expect(summary('WK31', [5.249, 52.05], list)).toEqual([
			{ relation: 'near', where: 'wijk Ceeveen-Oost', ids: ['oost'] },
			{ relation: 'near', where: 'gemeente Beekum', ids: ['dichtbij', 'ver'] }
		]);
	});

	it('an unknown area code gives no groups', () => {
		expect(groupByArea([], 'WK99', facts)).toBeUndefined();
	});
});

describe('the words for a group follow what the area is', () => {
	const pageLocale = getLocale;
	afterEach(() => overwriteGetLocale(pageLocale));

	it('a wijk is a wijk, a gemeente a gemeente and the region a regio, in nl and en', () => {
		const result = grouped('WK31');
		expect(shortNotice(result)).toBe(
			'In Ceeveen-West vonden we geen hulp die past. Dit is er in de buurt:'
		);
		expect(result.groups.map(groupHeading)).toEqual([
			'Vlakbij: in de gemeente Beekum',
			'Vlakbij: in de wijk Ceeveen-Oost',
			'Voor de hele gemeente Ceeveen',
			'Voor de hele regio Drie Dorpen'
		]);
		overwriteGetLocale(() => 'en');
		expect(result.groups.map(groupHeading)).toEqual([
			'Nearby: in the municipality of Beekum',
			'Nearby: in the Ceeveen-Oost neighbourhood',
			'For the whole municipality of Ceeveen',
			'For the whole Drie Dorpen region'
		]);
		expect(groupHeading(grouped('GM2').groups[0]!)).toBe('In the municipality of Beekum');
	});
});
