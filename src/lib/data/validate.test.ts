import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUMMARY_MAX } from './schema';
import { formatProblem, validateDataset, type Problem, type RawDataset } from './validate';

const TODAY = '2026-11-30';

function readDir(dir: string): RawDataset {
	const read = (file: string) =>
		JSON.parse(readFileSync(new URL(`../../../${dir}/${file}`, import.meta.url), 'utf8'));
	return {
		aanbod: read('aanbod.geojson'),
		gebieden: read('gebieden.geojson'),
		site: read('site.json')
	};
}

const klein = readDir('tests/fixtures/klein');

interface Feature {
	type: string;
	geometry: { type: string; coordinates: number[] } | null;
	properties: Record<string, unknown> & { id?: string; schedules?: Record<string, unknown>[] };
}

/** A copy of the klein fixture with one thing broken, and the problems it gives on TODAY. */
function problemsAfter(
	breakIt: (data: { offers: Feature[]; site: Record<string, unknown> }) => void
): Problem[] {
	const raw = structuredClone(klein) as {
		aanbod: { features: Feature[] };
		gebieden: unknown;
		site: Record<string, unknown>;
	};
	breakIt({ offers: raw.aanbod.features, site: raw.site });
	return validateDataset(raw, TODAY).problems;
}

const offer = (offers: Feature[], id: string) => offers.find((f) => f.properties.id === id)!;

/** The one problem a broken copy gives; fails when there are none or several. */
function onlyProblem(breakIt: Parameters<typeof problemsAfter>[0]): Problem {
	const problems = problemsAfter(breakIt);
	expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(1);
	return problems[0]!;
}

describe('validateDataset on the klein fixture', () => {
	it('the klein fixture is valid and gives no problems at all', () => {
		const result = validateDataset(klein, TODAY);
		expect(result.problems).toEqual([]);
		expect(result.dataset?.offers).toHaveLength(6);
		expect(result.dataset?.site.steunpunt).toBe('steunpunt-kleindorp');
	});

	it('two offers with the same id: the second is an error that names the first', () => {
		const problem = onlyProblem(({ offers }) => {
			offers[4]!.properties.id = 'dagopvang-kleindorp';
		});
		expect(problem).toMatchObject({
			level: 'fout',
			file: 'aanbod.geojson',
			feature: 'dagopvang-kleindorp',
			path: 'properties.id'
		});
		expect(problem.message).toMatch(/komt al voor bij aanbod #3; elke id moet uniek zijn/);
	});

	it('a duplicate id is reported even when the first offer with that id has another error', () => {
		const problems = problemsAfter(({ offers }) => {
			offer(offers, 'dagopvang-kleindorp').properties.phones = [{ number: '12345' }];
			offers[4]!.properties.id = 'dagopvang-kleindorp';
		});
		expect(problems.map((p) => [p.feature, p.path])).toEqual([
			['dagopvang-kleindorp', 'properties.phones[0].number'],
			['dagopvang-kleindorp', 'properties.id']
		]);
	});

	it('a point outside the gemeente is a warning that names the distance', () => {
		const problem = onlyProblem(({ offers }) => {
			// 2.3 km east of the east edge (lon 6.63) at lat 52.81.
			offer(offers, 'alzheimercafe-kleindorp').geometry!.coordinates = [6.664167, 52.81];
		});
		expect(problem).toMatchObject({
			level: 'waarschuwing',
			feature: 'alzheimercafe-kleindorp',
			path: 'geometry.coordinates'
		});
		expect(problem.message).toBe('ligt 2,3 km buiten de gemeente Kleindorp');
		// The numbers too, for the beheerder's overview in another language.
		expect(problem.outside?.gemeente).toBe('Kleindorp');
		expect(problem.outside?.metres).toBeCloseTo(2300, -2);
	});

	it('a warning does not stop the build: the offer outside the gemeente stays in the dataset', () => {
		const raw = structuredClone(klein) as { aanbod: { features: Feature[] } } & RawDataset;
		offer(raw.aanbod.features, 'alzheimercafe-kleindorp').geometry!.coordinates = [6.664167, 52.81];
		expect(validateDataset(raw, TODAY).dataset?.offers).toHaveLength(6);
	});

	it('a point more than 25 km outside the gemeente (Paris) is an error, so the build stops', () => {
		const problem = onlyProblem(({ offers }) => {
			offer(offers, 'alzheimercafe-kleindorp').geometry!.coordinates = [2.3522, 48.8566];
		});
		expect(problem).toMatchObject({
			level: 'fout',
			feature: 'alzheimercafe-kleindorp',
			path: 'geometry.coordinates'
		});
		expect(problem.message).toMatch(
			/^ligt \d+(\.\d+)*(,\d)? km buiten de gemeente Kleindorp, meer dan 25 km: kijk lat en lon na$/
		);
	});

	it('swapped lat and lon are an error that says they are swapped', () => {
		const problem = onlyProblem(({ offers }) => {
			offer(offers, 'alzheimercafe-kleindorp').geometry!.coordinates = [52.81, 6.61];
		});
		expect(problem).toMatchObject({
			level: 'fout',
			feature: 'alzheimercafe-kleindorp',
			path: 'geometry.coordinates'
		});
		expect(problem.message).toMatch(/lengte en breedte zijn omgewisseld/);
	});

	it('a phone number that is not Dutch is an error', () => {
		const problem = onlyProblem(({ offers }) => {
			offer(offers, 'thuisoppas-kleindorp').properties.phones = [{ number: '+32 2 123 45 67' }];
		});
		expect(problem).toMatchObject({
			level: 'fout',
			feature: 'thuisoppas-kleindorp',
			path: 'properties.phones[0].number'
		});
		expect(problem.message).toMatch(/geen Nederlands telefoonnummer/);
	});

	it.each([
		'javascript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'ftp://kleindorp.example/folder.pdf'
	])('a URL like %s is rejected: only http(s) links reach a visitor', (url) => {
		const problem = onlyProblem(({ offers }) => {
			offer(offers, 'thuisoppas-kleindorp').properties.url = url;
		});
		expect(problem).toMatchObject({
			level: 'fout',
			feature: 'thuisoppas-kleindorp',
			path: 'properties.url'
		});
		expect(problem.message).toMatch(/geen webadres/);
	});

	it('an https URL is accepted', () => {
		expect(
			problemsAfter(({ offers }) => {
				offer(offers, 'thuisoppas-kleindorp').properties.url =
					'https://kleindorp.example/thuisoppas';
			})
		).toEqual([]);
	});

	it.each(['1234ab', '12345 AB', '1234 ab', '0123 AB'])(
		'a postcode like "%s" is an error: it must look like 1234 AB',
		(postcode) => {
			const problem = onlyProblem(({ offers }) => {
				(offer(offers, 'dagopvang-kleindorp').properties.address as { postcode: string }).postcode =
					postcode;
			});
			expect(problem).toMatchObject({
				level: 'fout',
				feature: 'dagopvang-kleindorp',
				path: 'properties.address.postcode'
			});
			expect(problem.message).toMatch(/geen postcode zoals 1234 AB/);
		}
	);

	it('a schedule that closes before it opens is an error', () => {
		const problem = onlyProblem(({ offers }) => {
			offer(offers, 'alzheimercafe-kleindorp').properties.schedules![0]!.closes_at = '19:00';
		});
		expect(problem).toMatchObject({
			level: 'fout',
			feature: 'alzheimercafe-kleindorp',
			path: 'properties.schedules[0].closes_at'
		});
		expect(problem.message).toBe('sluit (19:00) voordat het opent (19:30)');
	});

	it('lastVerified in the future is an error', () => {
		const problem = onlyProblem(({ offers }) => {
			offer(offers, 'dagopvang-kleindorp').properties.lastVerified = '2026-12-01';
		});
		expect(problem).toMatchObject({
			level: 'fout',
			feature: 'dagopvang-kleindorp',
			path: 'properties.lastVerified'
		});
		expect(problem.message).toMatch(/in de toekomst/);
	});

	it('lastVerified older than 12 months is reported as verouderd, not as an error', () => {
		const problem = onlyProblem(({ offers }) => {
			offer(offers, 'dagopvang-kleindorp').properties.lastVerified = '2025-11-29';
		});
		expect(problem).toMatchObject({
			level: 'verouderd',
			feature: 'dagopvang-kleindorp',
			path: 'properties.lastVerified'
		});
		expect(problem.message).toMatch(/niet meer gecontroleerd sinds 2025-11-29/);
	});

	it('lastVerified exactly 12 months ago is not yet verouderd', () => {
		expect(
			problemsAfter(({ offers }) => {
				offer(offers, 'dagopvang-kleindorp').properties.lastVerified = '2025-11-30';
			})
		).toEqual([]);
	});

	it('a missing summary is an error that asks for one short sentence', () => {
		const problem = onlyProblem(({ offers }) => {
			delete offer(offers, 'thuisoppas-kleindorp').properties.summary;
		});
		expect(problem).toMatchObject({
			level: 'fout',
			feature: 'thuisoppas-kleindorp',
			path: 'properties.summary'
		});
		expect(problem.message).toMatch(/ontbreekt/);
	});

	it(`a summary of ${SUMMARY_MAX + 1} characters is too long; ${SUMMARY_MAX} is fine`, () => {
		const problem = onlyProblem(({ offers }) => {
			offer(offers, 'thuisoppas-kleindorp').properties.summary = 'a'.repeat(SUMMARY_MAX + 1);
		});
		expect(problem).toMatchObject({
			level: 'fout',
			feature: 'thuisoppas-kleindorp',
			path: 'properties.summary'
		});
		expect(problem.message).toMatch(/te lang: hoogstens 200 tekens/);
		expect(
			problemsAfter(({ offers }) => {
				offer(offers, 'thuisoppas-kleindorp').properties.summary = 'a'.repeat(SUMMARY_MAX);
			})
		).toEqual([]);
	});

	it('an unknown hulpvraag is an error that lists the known ones', () => {
		const problem = onlyProblem(({ offers }) => {
			offer(offers, 'thuisoppas-kleindorp').properties.needs = ['respijtzorg', 'vervoer'];
		});
		expect(problem).toMatchObject({
			level: 'fout',
			feature: 'thuisoppas-kleindorp',
			path: 'properties.needs[1]'
		});
		expect(problem.message).toMatch(/"vervoer" is onbekend; kies uit: informatie-advies,/);
	});

	it('an unknown kind is an error', () => {
		const problem = onlyProblem(({ offers }) => {
			offer(offers, 'thuisoppas-kleindorp').properties.kind = 'oppas';
		});
		expect(problem).toMatchObject({
			level: 'fout',
			feature: 'thuisoppas-kleindorp',
			path: 'properties.kind'
		});
		expect(problem.message).toMatch(/"oppas" is onbekend/);
	});

	it('an unknown wijk is an error that lists the wijken of gebieden.geojson', () => {
		const problem = onlyProblem(({ offers }) => {
			offer(offers, 'dagopvang-kleindorp').properties.wijk = 'WK000000';
		});
		expect(problem).toMatchObject({
			level: 'fout',
			feature: 'dagopvang-kleindorp',
			path: 'properties.wijk'
		});
		expect(problem.message).toBe(
			'"WK000000" is geen gebied uit gebieden.geojson; kies uit: WK999801 (Dorp), WK999802 (Veld), WK999803 (Haven)'
		);
	});

	it('a gemeente with only its outline (no wijken) is valid; offers then name no wijk or the gemeente', () => {
		const raw = structuredClone(klein) as {
			aanbod: { features: Feature[] };
			gebieden: { features: { properties: { type: string } }[] };
			site: unknown;
		};
		raw.gebieden.features = raw.gebieden.features.filter((f) => f.properties.type === 'gemeente');
		for (const feature of raw.aanbod.features) {
			if (feature.properties.wijk) feature.properties.wijk = 'GM9998';
		}
		expect(validateDataset(raw, TODAY).problems).toEqual([]);
	});

	it('a wijk code that contradicts the place is a WAARSCHUWING naming both wijken and the distance', () => {
		const problem = onlyProblem(({ offers }) => {
			const moved = offers.find((f) => f.geometry && f.properties.wijk === 'WK999801')!;
			moved.properties.wijk = 'WK999803';
		});
		expect(problem).toMatchObject({ level: 'waarschuwing', path: 'properties.wijk' });
		expect(problem.message).toMatch(
			/^is WK999803 \(Haven\), maar de plek ligt in WK999801 \(Dorp\), [\d,]+ (m|km) buiten Haven; klopt de code of de plek\?$/
		);
	});

	it('a broken gebieden file is one error, not an unknown wijk on every offer', () => {
		const raw = structuredClone(klein) as RawDataset & {
			gebieden: { features: { geometry: { coordinates: unknown[][] } }[] };
		};
		raw.gebieden.features[1]!.geometry.coordinates[0] =
			raw.gebieden.features[1]!.geometry.coordinates[0]!.slice(0, 3);
		const problems = validateDataset(raw, TODAY).problems;
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			level: 'fout',
			file: 'gebieden.geojson',
			path: 'features[1].geometry.coordinates[0]'
		});
	});

	it('a feature without id is reported by its position, "#3"', () => {
		const problem = onlyProblem(({ offers }) => {
			delete offers[2]!.properties.id;
		});
		expect(problem).toMatchObject({
			level: 'fout',
			feature: '#3',
			path: 'properties.id',
			message: 'ontbreekt'
		});
	});

	it('site.json steunpunt pointing to an id that does not exist is an error', () => {
		const problem = onlyProblem(({ site }) => {
			site.steunpunt = 'steunpunt-bestaat-niet';
		});
		expect(problem).toMatchObject({ level: 'fout', file: 'site.json', path: 'steunpunt' });
		expect(problem.message).toBe('"steunpunt-bestaat-niet" is geen aanbod in aanbod.geojson');
	});

	it('site.json steunpunt pointing to an offer that is no first contact is an error that lists the kinds', () => {
		const problem = onlyProblem(({ site }) => {
			site.steunpunt = 'dagopvang-kleindorp';
		});
		expect(problem).toMatchObject({ level: 'fout', file: 'site.json', path: 'steunpunt' });
		expect(problem.message).toMatch(
			/geen eerste contact voor "Begin hier" \(soort is "dagopvang"\)/
		);
		expect(problem.message).toMatch(/wmo-loket \(Wmo-loket of sociaal wijkteam\)/);
	});

	it.each(['wmo-loket', 'sociaal-wijkteam', 'clientondersteuning', 'informatiepunt'])(
		'a first contact of kind %s is accepted, without a steunpunt mantelzorg in the data',
		(kind) => {
			const problems = problemsAfter(({ offers }) => {
				offer(offers, 'steunpunt-kleindorp').properties.kind = kind;
			});
			expect(problems.filter((p) => p.level === 'fout')).toEqual([]);
		}
	);

	it('a number below its minimum says so in Dutch', () => {
		const problem = onlyProblem(({ site }) => {
			site.kiosk = { idleSeconds: 2, countdownSeconds: 20 };
		});
		expect(problem).toMatchObject({
			level: 'fout',
			file: 'site.json',
			path: 'kiosk.idleSeconds',
			message: 'is te klein: minstens 5'
		});
	});

	it('errors leave no dataset, so bad data never reaches a visitor', () => {
		const raw = structuredClone(klein) as { aanbod: { features: Feature[] } } & RawDataset;
		offer(raw.aanbod.features, 'dagopvang-kleindorp').properties.cost = 'duur';
		expect(validateDataset(raw, TODAY).dataset).toBeUndefined();
	});
});

describe('formatProblem', () => {
	it('names the file, the feature and the field on one line', () => {
		const line = formatProblem(
			{
				level: 'fout',
				file: 'aanbod.geojson',
				feature: 'dagopvang-kleindorp',
				path: 'properties.wijk',
				message: 'is onbekend'
			},
			'data'
		);
		expect(line).toBe(
			'FOUT data/aanbod.geojson · aanbod "dagopvang-kleindorp" · properties.wijk: is onbekend'
		);
	});
});

describe('the Voorbeeldstad example data in data/', () => {
	const result = validateDataset(readDir('data'), TODAY);

	it('has no errors on 2026-11-30, only the warning about a course without dates', () => {
		expect(result.problems.filter((p) => p.level === 'fout')).toEqual([]);
		expect(
			result.problems
				.filter((p) => p.level === 'waarschuwing')
				.map((p) => [p.feature, p.detail?.kind])
		).toEqual([['online-cursus-omgaan-met-dementie', 'geen-tijden']]);
		expect(result.dataset).toBeDefined();
	});
});
