import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, type Answers } from '../answers';
import type { Listing } from '../data';
import { matchOffers, neighbourSets, unsortedAll } from './index';

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
		wijk: 'centrum',
		serviceArea: undefined,
		delivery: undefined,
		coordinates: [6.5, 52.7],
		phone: '0123 45 67 89',
		address: undefined,
		howToStart: 'bellen',
		cost: 'gratis',
		schedules: undefined,
		...overrides
	};
}

const context = {
	steunpuntId: 'steunpunt',
	neighbours: new Map([
		['centrum', new Set(['haven'])],
		['haven', new Set(['centrum'])],
		['veld', new Set<string>()]
	])
};
const answers = (a: Partial<Answers>): Answers => ({ ...EMPTY_ANSWERS, ...a });
const ids = (list: { listing: Listing }[]) => list.map((m) => m.listing.id);

const steunpunt = listing('steunpunt', {
	kind: 'steunpunt-mantelzorg',
	needs: ['informatie-advies']
});
const offers = [
	steunpunt,
	listing('dagopvang-dementie-haven', {
		kind: 'dagopvang',
		needs: ['respijtzorg'],
		conditions: ['dementie'],
		wijk: 'haven'
	}),
	listing('logeerhuis-centrum', { kind: 'logeeropvang', needs: ['respijtzorg'], wijk: 'centrum' }),
	listing('oppas-aan-huis', {
		kind: 'thuisoppas',
		needs: ['respijtzorg'],
		wijk: undefined,
		coordinates: undefined
	}),
	listing('dagopvang-veld', { kind: 'dagopvang', needs: ['respijtzorg'], wijk: 'veld' }),
	listing('alzheimercafe-haven', {
		kind: 'alzheimercafe',
		needs: ['emotionele-steun'],
		conditions: ['dementie'],
		wijk: 'haven'
	}),
	listing('psychisch-groep', {
		needs: ['emotionele-steun'],
		conditions: ['psychisch'],
		wijk: 'haven'
	}),
	listing('jonge-mantelzorgers', {
		kind: 'jonge-mantelzorgers',
		needs: ['emotionele-steun'],
		groups: ['jong'],
		wijk: 'haven'
	}),
	listing('partnergroep', { needs: ['emotionele-steun'], relations: ['partner'], wijk: 'haven' })
];

describe('matching', () => {
	it('shows every offer when every question was skipped, with the steunpunt apart', () => {
		const result = matchOffers(offers, EMPTY_ANSWERS, context);
		expect(result.steunpunt?.id).toBe('steunpunt');
		expect(result.matches).toHaveLength(offers.length - 1);
		expect(ids(result.matches)).not.toContain('steunpunt');
	});

	it('orders a wijk as: in the wijk, then gemeente-wide, then next door; other wijken do not fit', () => {
		const result = matchOffers(
			offers,
			answers({ hulp: ['respijtzorg'], wijk: 'centrum' }),
			context
		);
		expect(ids(result.matches)).toEqual([
			'logeerhuis-centrum',
			'oppas-aan-huis',
			'dagopvang-dementie-haven'
		]);
		expect(ids(result.matches)).not.toContain('dagopvang-veld');
	});

	it('puts help made for the situation before general help', () => {
		const result = matchOffers(
			offers,
			answers({ hulp: ['respijtzorg'], situatie: ['dementie'] }),
			context
		);
		expect(ids(result.matches)[0]).toBe('dagopvang-dementie-haven');
	});

	it('leaves out help made for another situation', () => {
		const result = matchOffers(offers, answers({ situatie: ['dementie'] }), context);
		expect(ids(result.matches)).not.toContain('psychisch-groep');
		expect(ids(result.matches)).toContain('logeerhuis-centrum');
	});

	it('shows help for the chosen situation under "Ook voor u" even when it answers another need', () => {
		const result = matchOffers(
			offers,
			answers({ hulp: ['respijtzorg'], situatie: ['dementie'] }),
			context
		);
		expect(ids(result.closeMatches)).toEqual(['alzheimercafe-haven']);
	});

	it('keeps offers for young carers for young carers', () => {
		expect(ids(matchOffers(offers, answers({ groep: ['jong'] }), context).matches)[0]).toBe(
			'jonge-mantelzorgers'
		);
		expect(
			ids(matchOffers(offers, answers({ groep: ['werkend'] }), context).matches)
		).not.toContain('jonge-mantelzorgers');
	});

	it('fits relation-specific groups only to that relation', () => {
		expect(ids(matchOffers(offers, answers({ voor: ['partner'] }), context).matches)[0]).toBe(
			'partnergroep'
		);
		expect(ids(matchOffers(offers, answers({ voor: ['kind'] }), context).matches)).not.toContain(
			'partnergroep'
		);
	});

	it('with fewer than 3 fits shows close matches and says which answer to loosen', () => {
		const result = matchOffers(offers, answers({ hulp: ['respijtzorg'], wijk: 'veld' }), context);
		expect(ids(result.matches)).toEqual(['dagopvang-veld', 'oppas-aan-huis']);
		expect(result.loosen).toBe('wijk');
		expect(ids(result.closeMatches)).toEqual(
			expect.arrayContaining(['logeerhuis-centrum', 'dagopvang-dementie-haven'])
		);
	});

	it('keeps the steunpunt when nothing fits', () => {
		const result = matchOffers(offers, answers({ hulp: ['materiele-hulp'] }), context);
		expect(result.matches).toEqual([]);
		expect(result.steunpunt?.id).toBe('steunpunt');
	});

	it('orders by distance when the home is known', () => {
		const near = listing('dichtbij', { coordinates: [6.501, 52.7], name: 'Z dichtbij' });
		const far = listing('ver', { coordinates: [6.6, 52.7], name: 'A ver' });
		const result = matchOffers([far, near], EMPTY_ANSWERS, { ...context, location: [6.5, 52.7] });
		expect(ids(result.matches)).toEqual(['dichtbij', 'ver']);
		expect(result.matches[0]!.distance).toBeLessThan(100);
	});
});

describe('unsortedAll', () => {
	it('has every offer in data order as a fit, with the steunpunt apart, as many as the match has', () => {
		const all = unsortedAll(offers, 'steunpunt');
		expect(all.steunpunt).toBe(steunpunt);
		expect(all.matches.map((m) => m.listing)).toEqual(offers.slice(1));
		expect(all.matches.every((m) => m.misses.length === 0)).toBe(true);
		expect(all.matches.length).toBe(matchOffers(offers, answers({}), context).matches.length);
		expect(all.closeMatches).toEqual([]);
	});

	it('keeps every offer when the steunpunt is not in the data', () => {
		expect(unsortedAll(offers, 'elders').matches.length).toBe(offers.length);
	});
});

describe('neighbourSets', () => {
	it('turns the page data lists back into sets by wijk code', () => {
		const sets = neighbourSets({ centrum: ['haven', 'noord'], haven: ['centrum'] });
		expect(sets.get('centrum')).toEqual(new Set(['haven', 'noord']));
		expect(sets.get('elders')).toBeUndefined();
	});
});

describe('unknown values (real spreadsheets leave cells empty)', () => {
	const unknownCost = listing('groep-kosten-onbekend', {
		wijk: 'haven',
		cost: undefined,
		howToStart: undefined
	});
	const knownFit = listing('groep-dementie-bekend', { wijk: 'haven', conditions: ['dementie'] });
	const saysNothing = listing('groep-zonder-situatie', {
		wijk: 'haven',
		cost: undefined,
		howToStart: undefined
	});

	it('an offer whose cost and first step nobody gave still fits every answer', () => {
		const result = matchOffers(
			[steunpunt, unknownCost],
			answers({
				hulp: ['emotionele-steun'],
				situatie: ['dementie'],
				voor: ['partner'],
				groep: ['werkend'],
				wijk: 'haven'
			}),
			context
		);
		expect(ids(result.matches)).toEqual(['groep-kosten-onbekend']);
	});

	it('an offer that names the chosen situation comes before one that says nothing about it', () => {
		const result = matchOffers(
			[steunpunt, saysNothing, knownFit],
			answers({ hulp: ['emotionele-steun'], situatie: ['dementie'], wijk: 'haven' }),
			context
		);
		expect(ids(result.matches)).toEqual(['groep-dementie-bekend', 'groep-zonder-situatie']);
	});
});
