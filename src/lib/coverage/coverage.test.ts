import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { validateDataset } from '../data/validate';
import {
	coverageByAandachtspunt,
	coverageByNeed,
	coverageToCsv,
	gapSentence,
	gapsOf,
	missingBadge,
	needList,
	staleEntries,
	warningEntries,
	warningText,
	COVERAGE_CSV_HEADERS
} from '.';

/*
 * A small gemeente, validated the way the build validates data: two wijken (Aweg and
 * Bdijk) and ten offers that cover every rule of the overview.
 */
const TODAY = '2026-11-30';

const square = (west: number, east: number) => ({
	type: 'Polygon',
	coordinates: [
		[
			[west, 52],
			[east, 52],
			[east, 52.01],
			[west, 52.01],
			[west, 52]
		]
	]
});

const point = (lon: number) => ({ type: 'Point', coordinates: [lon, 52.005] });
const IN_A = point(5.005);
const IN_B = point(5.015);
const OUTSIDE = point(5.05);

const phones = [{ number: '0123 45 67 89' }];
const base = {
	summary: 'Een korte zin.',
	forWhom: 'mantelzorger',
	howToStart: 'bellen',
	cost: 'gratis',
	lastVerified: '2026-10-01'
};
const weekly = [{ freq: 'WEEKLY', byday: 'TU', opens_at: '10:00', closes_at: '12:00' }];

const offer = (geometry: object | null, properties: Record<string, unknown>) => ({
	type: 'Feature',
	geometry,
	properties: { ...base, ...properties }
});

const raw = {
	site: {
		gemeente: { name: 'Testgem', code: 'GM0001' },
		exampleData: true,
		steunpunt: 'steunpunt',
		beheerder: { name: 'Beheer', email: 'beheer@test.example' }
	},
	gebieden: {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				geometry: square(5, 5.02),
				properties: { type: 'gemeente', code: 'GM0001', name: 'Testgem' }
			},
			{
				type: 'Feature',
				geometry: square(5, 5.01),
				properties: { type: 'wijk', code: 'WK01', name: 'Aweg' }
			},
			{
				type: 'Feature',
				geometry: square(5.01, 5.02),
				properties: { type: 'wijk', code: 'WK02', name: 'Bdijk' }
			}
		]
	},
	aanbod: {
		type: 'FeatureCollection',
		features: [
			// In Aweg, for the whole gemeente: informatie-advies, begeleiding, emotionele-steun.
			offer(IN_A, {
				id: 'steunpunt',
				name: 'Steunpunt',
				kind: 'steunpunt-mantelzorg',
				wijk: 'WK01',
				serviceArea: 'gemeente',
				phones,
				schedules: weekly
			}),
			// Respijtzorg in Aweg only.
			offer(IN_A, {
				id: 'dagopvang-a',
				name: 'Dagopvang Aweg',
				kind: 'dagopvang',
				wijk: 'WK01',
				phones
			}),
			// Emotionele steun and informatie in Aweg only.
			offer(IN_A, {
				id: 'cafe-a',
				name: 'Café Aweg',
				kind: 'alzheimercafe',
				wijk: 'WK01',
				phones,
				schedules: weekly
			}),
			// Respijtzorg at home, no wijk, no place.
			offer(null, {
				id: 'oppas',
				name: 'Oppas aan huis',
				kind: 'thuisoppas',
				serviceArea: 'gemeente',
				phones
			}),
			// Emotionele steun in Bdijk only; not verified for 17 months.
			offer(IN_B, {
				id: 'groep-b',
				name: 'Groep Bdijk',
				kind: 'lotgenotengroep',
				wijk: 'WK02',
				phones,
				schedules: weekly,
				lastVerified: '2025-06-01'
			}),
			// Praktische hulp of Bdijk without a place: counts for Aweg as gemeente-wide (the rule of match).
			offer(null, {
				id: 'klussen-b',
				name: 'Klussendienst Bdijk',
				kind: 'praktische-hulp',
				wijk: 'WK02',
				serviceArea: 'wijk',
				phones
			}),
			// Educatie in Bdijk: no phone (but an e-mail address) and no meeting times.
			offer(IN_B, {
				id: 'cursus-b',
				name: 'Cursus Bdijk',
				kind: 'cursus',
				wijk: 'WK02',
				email: 'cursus@test.example'
			}),
			// Materiële hulp of Bdijk, but its point lies outside the gemeente.
			offer(OUTSIDE, {
				id: 'hulpmiddelen-b',
				name: 'Hulpmiddelen Bdijk',
				kind: 'hulpmiddelen',
				wijk: 'WK02',
				phones
			}),
			// Financiële hulp for the whole gemeente; not verified for almost two years.
			offer(null, {
				id: 'regeling',
				name: 'Regeling',
				kind: 'regeling',
				serviceArea: 'gemeente',
				phones,
				lastVerified: '2025-01-01'
			}),
			// Informatie en begeleiding in Bdijk, for that wijk only; no way to contact it at all.
			offer(IN_B, {
				id: 'wijkteam-b',
				name: 'Wijkteam Bdijk',
				kind: 'wmo-loket',
				wijk: 'WK02',
				serviceArea: 'wijk'
			})
		]
	}
};

const result = validateDataset(raw, TODAY);
if (!result.dataset)
	throw new Error(`the coverage fixture does not validate: ${JSON.stringify(result.problems)}`);

const { offers } = result.dataset;
const { problems } = result;
const wijken = [
	{ code: 'WK01', name: 'Aweg' },
	{ code: 'WK02', name: 'Bdijk' }
];

/** A row as { hulpvraag: [total, in the wijk, status] }, so a whole row is one readable expectation. */
const compact = (
	cells: readonly { total: number; inWijk: number; status: string }[],
	keys: readonly string[]
) => Object.fromEntries(cells.map((cell, i) => [keys[i], [cell.total, cell.inWijk, cell.status]]));

const NEED_KEYS = [
	'informatie-advies',
	'begeleiding',
	'emotionele-steun',
	'educatie',
	'praktische-hulp',
	'respijtzorg',
	'financiele-hulp',
	'materiele-hulp'
];
const PUNT_KEYS = ['vinden', 'versterken', 'verlichten', 'verbinden'];

describe('coverageByNeed', () => {
	const [aweg, bdijk] = coverageByNeed(offers, wijken);

	it('counts offers in the wijk plus gemeente-wide ones, and marks both kinds of gap', () => {
		expect(aweg!.wijk).toEqual({ code: 'WK01', name: 'Aweg' });
		expect(compact(aweg!.cells, NEED_KEYS)).toEqual({
			'informatie-advies': [2, 2, 'ok'],
			begeleiding: [1, 1, 'ok'],
			'emotionele-steun': [2, 2, 'ok'],
			educatie: [0, 0, 'tekort'],
			'praktische-hulp': [1, 0, 'alleen-gemeentebreed'],
			respijtzorg: [2, 1, 'ok'],
			'financiele-hulp': [1, 0, 'alleen-gemeentebreed'],
			'materiele-hulp': [0, 0, 'tekort']
		});
		expect(compact(bdijk!.cells, NEED_KEYS)).toEqual({
			'informatie-advies': [2, 1, 'ok'],
			begeleiding: [2, 1, 'ok'],
			'emotionele-steun': [2, 1, 'ok'],
			educatie: [1, 1, 'ok'],
			'praktische-hulp': [1, 1, 'ok'],
			respijtzorg: [1, 0, 'alleen-gemeentebreed'],
			'financiele-hulp': [1, 0, 'alleen-gemeentebreed'],
			'materiele-hulp': [1, 1, 'ok']
		});
	});

	it('an offer with serviceArea "gemeente" counts as in the wijk where it is, and gemeente-wide elsewhere', () => {
		// The steunpunt is in Aweg: 2 informatie-advies in Aweg itself; in Bdijk it is one of the gemeente-wide ones.
		expect(aweg!.cells[0]).toMatchObject({ total: 2, inWijk: 2 });
		expect(bdijk!.cells[0]).toMatchObject({ total: 2, inWijk: 1 });
	});

	it('an offer located in another wijk does not count', () => {
		const onlyCafe = coverageByNeed(
			offers.filter((f) => f.properties.id === 'cafe-a'),
			wijken
		);
		expect(onlyCafe[1]!.cells.every((cell) => cell.total === 0 && cell.status === 'tekort')).toBe(
			true
		);
	});
});

describe('coverageByAandachtspunt', () => {
	const [aweg, bdijk] = coverageByAandachtspunt(offers, wijken);

	it('counts each offer once per aandachtspunt and names the hulpvragen missing in the wijk', () => {
		expect(compact(aweg!.cells, PUNT_KEYS)).toEqual({
			vinden: [3, 2, 'ok'],
			versterken: [1, 1, 'ok'],
			verlichten: [3, 1, 'ok'],
			verbinden: [2, 2, 'ok']
		});
		expect(aweg!.cells.map((cell) => cell.gaps)).toEqual([
			['financiele-hulp'],
			['educatie'],
			['praktische-hulp', 'materiele-hulp'],
			[]
		]);
		expect(compact(bdijk!.cells, PUNT_KEYS)).toEqual({
			vinden: [3, 1, 'ok'],
			versterken: [3, 2, 'ok'],
			verlichten: [3, 2, 'ok'],
			verbinden: [2, 1, 'ok']
		});
		expect(bdijk!.cells.map((cell) => cell.gaps)).toEqual([
			['financiele-hulp'],
			[],
			['respijtzorg'],
			[]
		]);
	});

	it('an aandachtspunt without any offer for the wijk is a tekort', () => {
		const [aweg] = coverageByAandachtspunt(
			offers.filter((f) => f.properties.id === 'steunpunt'),
			wijken
		);
		expect(aweg!.cells.map((cell) => cell.status)).toEqual(['ok', 'ok', 'tekort', 'ok']);
	});
});

describe('gapsOf', () => {
	it('lists the tekorten and the hulpvragen only available gemeente-wide, with a shading level', () => {
		const [aweg, bdijk] = coverageByNeed(offers, wijken).map(gapsOf);
		expect(aweg).toMatchObject({
			tekort: ['educatie', 'materiele-hulp'],
			alleenGemeentebreed: ['praktische-hulp', 'financiele-hulp'],
			level: 2
		});
		expect(bdijk).toMatchObject({
			tekort: [],
			alleenGemeentebreed: ['respijtzorg', 'financiele-hulp'],
			level: 1
		});
	});

	it('a wijk with everything in it has level 0, one tekort alone makes level 2', () => {
		const row = coverageByNeed(offers, wijken)[1]!;
		const full = {
			...row,
			cells: row.cells.map((cell) => ({ ...cell, inWijk: 1, status: 'ok' as const }))
		};
		expect(gapsOf(full).level).toBe(0);
		const oneTekort = {
			...full,
			cells: full.cells.map((cell, i) =>
				i === 0 ? { ...cell, total: 0, inWijk: 0, status: 'tekort' as const } : cell
			)
		};
		expect(gapsOf(oneTekort).level).toBe(2);
	});
});

describe('staleEntries', () => {
	it('lists the entries not verified for 12 months, oldest first, from the validation problems', () => {
		expect(staleEntries(offers, problems)).toEqual([
			{ id: 'regeling', name: 'Regeling', lastVerified: '2025-01-01' },
			{ id: 'groep-b', name: 'Groep Bdijk', lastVerified: '2025-06-01', wijk: 'WK02' }
		]);
	});
});

describe('warningEntries', () => {
	it('flags no phone, a group without times and a point outside the gemeente, once per offer', () => {
		const all = warningEntries(offers, problems);
		// A café and a group with no situation show for every one, dementia included.
		const general = all.filter((e) => e.warnings.some((w) => w.kind === 'geen-situatie'));
		expect(general.map((e) => e.id)).toEqual(['cafe-a', 'groep-b']);
		expect(warningText(general[0]!.warnings[0]!)).toBe(
			'Er staat niet bij voor welke situatie dit is. Het komt nu bij elke situatie in beeld, ook bij dementie.'
		);
		const entries = all.filter((e) => !['cafe-a', 'groep-b'].includes(e.id));
		expect(entries.map((e) => [e.id, e.warnings.map((w) => w.kind)])).toEqual([
			['cursus-b', ['geen-telefoon', 'geen-tijden']],
			['hulpmiddelen-b', ['buiten-gemeente']],
			['wijkteam-b', ['geen-telefoon']]
		]);
		expect(entries[0]!.warnings.map(warningText)).toEqual([
			'Er staat geen telefoonnummer bij. Niet iedereen kan mailen of een website gebruiken.',
			'Dit is een cursus of training met bijeenkomsten, maar er staan geen dagen en tijden bij.'
		]);
		expect(entries[1]!.warnings[0]).toMatchObject({ kind: 'buiten-gemeente', gemeente: 'Testgem' });
		expect(warningText(entries[1]!.warnings[0]!)).toMatch(
			/^De plek op de kaart ligt \d+(,\d)? k?m buiten de gemeente Testgem\.$/
		);
		expect(warningText(entries[2]!.warnings[0]!)).toBe(
			'Er staat geen telefoonnummer, e-mail of website bij. Hoe neemt iemand contact op?'
		);
	});
});

describe('the overview in words', () => {
	const [aweg, bdijk] = coverageByNeed(offers, wijken).map(gapsOf);

	it('names the gaps of a wijk in one or two Dutch sentences', () => {
		expect(gapSentence(aweg!)).toBe(
			'Niets in de wijk zelf voor praktische hulp en financiële hulp; wel hulp voor de hele gemeente. Tekort: geen enkele hulp voor educatie en materiële hulp.'
		);
		expect(gapSentence(bdijk!)).toBe(
			'Niets in de wijk zelf voor respijtzorg en financiële hulp; wel hulp voor de hele gemeente.'
		);
		expect(gapSentence({ ...bdijk!, alleenGemeentebreed: [] })).toBe(
			'Alle hulpvragen zijn in de wijk zelf.'
		);
	});

	it('lists three hulpvragen with commas and "en"', () => {
		expect(needList(['informatie-advies', 'educatie', 'respijtzorg'])).toBe(
			'informatie en advies, educatie en respijtzorg'
		);
		expect(needList([])).toBe('');
	});

	it('the map badge says one or more are missing', () => {
		expect([0, 1, 3].map((n) => missingBadge(n))).toEqual([
			'alles in de wijk',
			'1 ontbreekt',
			'3 ontbreken'
		]);
		// In a region a gemeente without wijken is shaded too: it is not called a wijk.
		expect(missingBadge(0, true)).toBe('alles in de gemeente');
	});

	describe('in English', () => {
		const dutch = getLocale;
		beforeAll(() => overwriteGetLocale(() => 'en'));
		afterAll(() => overwriteGetLocale(dutch));

		it('gaps, badges and warnings are English, with the number written the English way', () => {
			expect(gapSentence(bdijk!)).toBe(
				'Nothing in the neighbourhood itself for respite care and financial help; there is help for the whole municipality.'
			);
			expect(missingBadge(1)).toBe('1 missing');
			const cursus = warningEntries(offers, problems).find((e) => e.id === 'cursus-b')!;
			expect(warningText(cursus.warnings[1]!)).toBe(
				'This kind of help (Course or training) has meetings, but no days and times are given.'
			);
			expect(warningText({ kind: 'tekst-noemt', condition: 'autisme' })).toBe(
				'The name or summary mentions autism, but the situations leave it out.'
			);
			expect(warningText({ kind: 'dubbel', other: 'cafe-a' })).toBe(
				'May be in the list twice: same name and address as cafe-a.'
			);
			expect(warningText({ kind: 'buiten-gemeente', metres: 2300, gemeente: 'Testgem' })).toBe(
				'The place on the map is 2.3 km outside the municipality of Testgem.'
			);
		});
	});
});

describe('coverageToCsv', () => {
	const csv = coverageToCsv(coverageByNeed(offers, wijken));
	const lines = csv
		.replace(/^\uFEFF/, '')
		.trimEnd()
		.split('\r\n');

	it('starts with a byte order mark and has a header row and one line per wijk, separated by semicolons', () => {
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(lines).toHaveLength(3);
		expect(lines[0]!.split(';')).toEqual(COVERAGE_CSV_HEADERS);
		expect(COVERAGE_CSV_HEADERS.slice(0, 4)).toEqual([
			'Wijk',
			'Wijkcode',
			'Informatie en advies: totaal',
			'Informatie en advies: in de wijk'
		]);
	});

	it('writes the counts as numbers and the gaps as hulpvraag names', () => {
		expect(lines[1]!.split(';')).toEqual([
			'Aweg',
			'WK01',
			'2',
			'2',
			'1',
			'1',
			'2',
			'2',
			'0',
			'0',
			'1',
			'0',
			'2',
			'1',
			'1',
			'0',
			'0',
			'0',
			'Praktische hulp, Financiële hulp',
			'Educatie, Materiële hulp'
		]);
		expect(lines[2]).toBe(
			'Bdijk;WK02;2;1;2;1;2;1;1;1;1;1;1;0;1;0;1;1;Respijtzorg, Financiële hulp;'
		);
	});

	it('a wijk name that starts like a formula is written as text', () => {
		const rows = coverageByNeed(offers, [{ code: 'WK01', name: '=Aweg' }]);
		expect(coverageToCsv(rows).split('\r\n')[1]!.split(';')[0]).toBe(`"'=Aweg"`);
	});
});
