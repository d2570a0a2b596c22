/**
 * Offers → CSV for a spreadsheet: semicolons and a byte order mark, because that is what
 * Dutch Excel opens without an import wizard. Every cell is written in the form the
 * importer reads, so exporting and importing again gives the same GeoJSON.
 *
 * Every column is written, also the translation columns nobody has filled yet: the
 * export doubles as the template, so a beheerder sees which translations are possible,
 * and every export has the same columns in the same place.
 */
import Papa from 'papaparse';
import type { OfferFeature } from '../data/schema';
import {
	COLUMNS,
	TEXT_LIST_JOIN,
	formatCoordinate,
	formatPhones,
	formatSchedules,
	type Column
} from '../importer';

const ID_LIST_JOIN = ', ';

function cellFor(column: Column, feature: OfferFeature): string {
	const offer = feature.properties;
	const point = feature.geometry?.coordinates;
	if (column.translation)
		return offer.translations?.[column.translation.language]?.[column.translation.field] ?? '';
	const field = column.field;
	switch (field) {
		case 'organization.name':
			return offer.organization?.name ?? '';
		case 'organization.url':
			return offer.organization?.url ?? '';
		case 'address.street':
			return offer.address?.street ?? '';
		case 'address.postcode':
			return offer.address?.postcode ?? '';
		case 'address.city':
			return offer.address?.city ?? '';
		case 'needs':
		case 'conditions':
		case 'relations':
		case 'groups':
		case 'delivery':
		case 'languages':
			return (offer[field] ?? []).join(ID_LIST_JOIN);
		case 'accessibility':
			return (offer.accessibility ?? []).join(TEXT_LIST_JOIN);
		case 'phones':
			return formatPhones(offer.phones ?? []);
		case 'schedules':
			return formatSchedules(offer.schedules ?? []);
		case 'lat':
			return point ? formatCoordinate(point[1]) : '';
		case 'lon':
			return point ? formatCoordinate(point[0]) : '';
		default: {
			const value: unknown = offer[field as keyof typeof offer];
			return typeof value === 'string' ? value : '';
		}
	}
}

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
	return offers.map((feature) =>
		COLUMNS.map((column) => neutralizeFormula(cellFor(column, feature)))
	);
}

export function offersToCsv(offers: readonly OfferFeature[]): string {
	const csv = Papa.unparse(
		{ fields: COLUMNS.map((column) => column.header), data: offerRows(offers) },
		{ delimiter: ';', newline: '\r\n', escapeFormulae: false }
	);
	return `\uFEFF${csv}\r\n`;
}
