import { describe, expect, it } from 'vitest';
import { buildHierarchy, type AreaInput } from '../areas';
import { formatImportProblem, importOffersCsv, type ImportResult } from '.';

const square = (
	west: number,
	south: number,
	east: number,
	north: number
): AreaInput['geometry'] => ({
	type: 'Polygon',
	coordinates: [
		[
			[west, south],
			[east, south],
			[east, north],
			[west, north],
			[west, south]
		]
	]
});

const area = (
	type: 'gemeente' | 'wijk',
	code: string,
	name: string,
	box: [number, number, number, number],
	gemeente?: string
): AreaInput => ({
	geometry: square(...box),
	properties: { type, code, name, ...(gemeente && { gemeente }) }
});

/** One gemeente with two wijken side by side, each 0.1° wide. */
const GEMEENTE = buildHierarchy([
	area('gemeente', 'GM0001', 'Dorp', [5.0, 52.0, 5.2, 52.1]),
	area('wijk', 'WK000101', 'Oud-Zuid', [5.0, 52.0, 5.1, 52.1]),
	area('wijk', 'WK000102', 'Sint Jozef', [5.1, 52.0, 5.2, 52.1])
]);

/** A region: one gemeente with a wijk, one without wijken. */
const REGION = buildHierarchy([
	area('gemeente', 'GM0001', 'Dorp', [5.0, 52.0, 5.1, 52.1]),
	area('gemeente', 'GM0002', 'Stad', [5.1, 52.0, 5.2, 52.1]),
	area('wijk', 'WK000101', 'Centrum', [5.0, 52.0, 5.1, 52.1], 'GM0001')
]);

const HEADER =
	'naam;samenvatting;soort;bedoeld voor;aanmelden;kosten;laatst gecontroleerd;wijk;lat;lon';
const row = (name: string, wijk: string, lat = '', lon = '') =>
	`${name};Een korte zin.;maatje;mantelzorger;bellen;gratis;2026-10-01;${wijk};${lat};${lon}`;

function lines(result: ImportResult, level: 'fout' | 'waarschuwing'): string[] {
	return result.problems.filter((p) => p.level === level).map(formatImportProblem);
}

const wijkOf = (result: ImportResult) =>
	result.offers.map((o) => [o.row, o.feature.properties.wijk]);

describe('the wijk column against gebieden.geojson', () => {
	it('takes a code in any case or a name without its case, accents or hyphens', () => {
		const text = [
			HEADER,
			row('Een', 'wk000101'),
			row('Twee', 'oud zuid'),
			row('Drie', 'SINT-JÓZEF')
		];
		const result = importOffersCsv(text.join('\n'), { areas: GEMEENTE });
		expect(wijkOf(result)).toEqual([
			[2, 'WK000101'],
			[3, 'WK000101'],
			[4, 'WK000102']
		]);
		expect(lines(result, 'fout')).toEqual([]);
	});

	it('lists the choices as "code (naam)" when a cell names no area', () => {
		const result = importOffersCsv([HEADER, row('Een', 'Noord')].join('\n'), { areas: GEMEENTE });
		expect(lines(result, 'fout')).toEqual([
			'Rij 2, kolom "wijk": "Noord" is geen gebied uit gebieden.geojson; kies uit: WK000101 (Oud-Zuid), WK000102 (Sint Jozef)'
		]);
		expect(result.failedRows).toEqual([2]);
	});

	it('offers a gemeente without wijken as a choice in a region, but not one that has wijken', () => {
		const result = importOffersCsv([HEADER, row('Een', 'stad'), row('Twee', 'Dorp')].join('\n'), {
			areas: REGION
		});
		expect(wijkOf(result)).toEqual([[2, 'GM0002']]);
		expect(lines(result, 'fout')).toEqual([
			'Rij 3, kolom "wijk": "Dorp" is geen gebied uit gebieden.geojson; kies uit: GM0002 (Stad), WK000101 (Centrum)'
		]);
	});

	it('fills an empty cell from the point and says so in one line for all rows', () => {
		const text = [
			HEADER,
			row('Een', '', '52.05', '5.05'),
			row('Twee', '', '52.05', '5.15'),
			row('Drie', ''),
			row('Vier', '', '52.05', '5.15')
		];
		const result = importOffersCsv(text.join('\n'), { areas: GEMEENTE });
		expect(wijkOf(result)).toEqual([
			[2, 'WK000101'],
			[3, 'WK000102'],
			[4, undefined],
			[5, 'WK000102']
		]);
		expect(lines(result, 'waarschuwing')).toEqual([
			'kolom "wijk": was leeg bij 3 aanbod (rij 2, 3, 5); daar staat nu het gebied waar de plek (lat, lon) in ligt. Klopt dat niet, vul de wijk dan zelf in.'
		]);
	});

	it('fills a region offer with its gemeente, but leaves a lone gemeente out', () => {
		const region = importOffersCsv([HEADER, row('Een', '', '52.05', '5.15')].join('\n'), {
			areas: REGION
		});
		expect(wijkOf(region)).toEqual([[2, 'GM0002']]);
		const lone = buildHierarchy([area('gemeente', 'GM0001', 'Dorp', [5.0, 52.0, 5.2, 52.1])]);
		const single = importOffersCsv([HEADER, row('Een', '', '52.05', '5.15')].join('\n'), {
			areas: lone
		});
		expect(wijkOf(single)).toEqual([[2, undefined]]);
		expect(lines(single, 'waarschuwing')).toEqual([]);
	});

	it('warns when the point lies in another wijk than the code, naming both and the distance', () => {
		// 5.16 is 0.06° (about 4 km) east of Oud-Zuid's border at 5.1.
		const result = importOffersCsv([HEADER, row('Een', 'WK000101', '52.05', '5.16')].join('\n'), {
			areas: GEMEENTE
		});
		expect(wijkOf(result)).toEqual([[2, 'WK000101']]);
		expect(lines(result, 'waarschuwing')).toEqual([
			expect.stringMatching(
				/^Rij 2, kolom "wijk": is WK000101 \(Oud-Zuid\), maar de plek ligt in WK000102 \(Sint Jozef\), 4(,\d)? km buiten Oud-Zuid; klopt de code of de plek\?$/
			)
		]);
	});
});
