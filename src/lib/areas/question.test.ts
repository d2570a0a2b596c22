import { describe, expect, it } from 'vitest';
import {
	answerAreas,
	asksWhere,
	gemeenteOfAnswer,
	stepsAsked,
	whereChoices,
	type GemeenteChoice
} from './question';

const aadorp: GemeenteChoice = {
	code: 'GM0901',
	name: 'Aadorp',
	wijken: [
		{ code: 'WK090101', name: 'Aadorp-Zuid' },
		{ code: 'WK090102', name: 'Aadorp-Noord' }
	]
};
const beekum: GemeenteChoice = { code: 'GM0902', name: 'Beekum', wijken: [] };

describe('"Waar woont uw naaste?" follows the areas', () => {
	it('a region asks the gemeente first, then the wijken of a gemeente that has them', () => {
		expect(whereChoices([aadorp, beekum])).toEqual({
			level: 'gemeente',
			options: [
				{ code: 'GM0901', name: 'Aadorp', hasWijken: true },
				{ code: 'GM0902', name: 'Beekum', hasWijken: false }
			]
		});
		expect(whereChoices([aadorp, beekum], 'GM0901')).toEqual({
			level: 'wijk',
			gemeente: { code: 'GM0901', name: 'Aadorp' },
			options: aadorp.wijken
		});
	});

	it('a gemeente without wijken is itself the answer in a region; a wijk elsewhere', () => {
		expect(answerAreas([aadorp, beekum]).map((a) => a.code)).toEqual([
			'WK090101',
			'WK090102',
			'GM0902'
		]);
	});

	it('one gemeente with wijken asks the wijk straight away', () => {
		expect(whereChoices([aadorp])).toEqual({
			level: 'wijk',
			gemeente: undefined,
			options: aadorp.wijken
		});
		expect(asksWhere([aadorp])).toBe(true);
	});

	it('one gemeente with only its outline has one possible answer: the question is skipped', () => {
		expect(asksWhere([beekum])).toBe(false);
		expect(answerAreas([beekum])).toEqual([]);
	});

	it('an answer belongs to its gemeente: a wijk to its parent, a gemeente to itself', () => {
		expect(gemeenteOfAnswer([aadorp, beekum], 'WK090102')).toBe('GM0901');
		expect(gemeenteOfAnswer([aadorp, beekum], 'GM0902')).toBe('GM0902');
		expect(gemeenteOfAnswer([aadorp, beekum], undefined)).toBeUndefined();
	});
});

describe('"Zoek hulp in N korte vragen" counts the questions the site asks', () => {
	const steps = [{ key: 'voor' }, { key: 'situatie' }, { key: 'hulp' }, { key: 'wijk' }];

	it('asks all four where there is a choice of area', () => {
		expect(stepsAsked(steps, [aadorp]).length).toBe(4);
		expect(stepsAsked(steps, [aadorp, beekum]).length).toBe(4);
	});

	it('asks three for a gemeente with only its outline: the area question is skipped', () => {
		expect(stepsAsked(steps, [beekum]).map((s) => s.key)).toEqual(['voor', 'situatie', 'hulp']);
	});
});
