/**
 * Offers → CSV for a spreadsheet: semicolons and a byte order mark, because that is what
 * Dutch Excel opens without an import wizard. Each column writes its own cell in the form
 * it reads back (`importer/columns.ts`), so exporting and importing again gives the same GeoJSON.
 *
 * Every column is written, also the translation columns nobody has filled yet: the
 * export doubles as the template, so a beheerder sees which translations are possible,
 * and every export has the same columns in the same place.
 */
import Papa from 'papaparse';
import type { OfferFeature } from '../data/schema';
import { COLUMNS } from '../importer';

/**
 * A cell a spreadsheet would run as a formula: = + - @ tab or CR first, also after spaces
 * or line breaks (Excel skips those). No `m` flag and `\s` spans line breaks, so a formula
 * that goes on over the next line is caught too.
 */
const FORMULA_START = /^\s*[=+\-@\t\r]/;

/** The guarding apostrophe makes it text; the importer drops it again. */
export function neutralizeFormula(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The data rows in column order, each cell in the form the importer reads back, formulas neutralised. */
export function offerRows(offers: readonly OfferFeature[]): string[][] {
	return offers.map((feature) => COLUMNS.map((column) => neutralizeFormula(column.write(feature))));
}

export function offersToCsv(offers: readonly OfferFeature[]): string {
	const csv = Papa.unparse(
		{ fields: COLUMNS.map((column) => column.header), data: offerRows(offers) },
		{ delimiter: ';', newline: '\r\n', escapeFormulae: false }
	);
	return `\uFEFF${csv}\r\n`;
}
