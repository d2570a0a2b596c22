/**
 * The wijk × hulpvraag table as CSV for a spreadsheet: one line per wijk, two number
 * columns per hulpvraag (so Excel can sum and sort them), and the gaps spelled out.
 * Semicolons and a byte order mark, because that is what Dutch Excel opens as is.
 */
import Papa from 'papaparse';
import { NEEDS, NEED_BY_ID, type NeedId } from '../data/taxonomy';
import { gapsOf, type CoverageRow } from './coverage';

export const COVERAGE_CSV_HEADERS = [
	'Wijk',
	'Wijkcode',
	...NEEDS.flatMap((need) => [`${need.label}: totaal`, `${need.label}: in de wijk`]),
	'Alleen gemeentebreed (niets in de wijk)',
	'Tekort (geen hulp)'
];

const labels = (needs: readonly NeedId[]) => needs.map((need) => NEED_BY_ID[need].label).join(', ');

export function coverageToCsv(rows: readonly CoverageRow[]): string {
	const data = rows.map((row) => {
		const gaps = gapsOf(row);
		return [
			row.wijk.name,
			row.wijk.code,
			...row.cells.flatMap((cell) => [String(cell.total), String(cell.inWijk)]),
			labels(gaps.alleenGemeentebreed),
			labels(gaps.tekort)
		];
	});
	// escapeFormulae: a wijk name starting with = + - @ must not run as a formula in Excel.
	const csv = Papa.unparse(
		{ fields: COVERAGE_CSV_HEADERS, data },
		{ delimiter: ';', newline: '\r\n', escapeFormulae: true }
	);
	return `\uFEFF${csv}\r\n`;
}
