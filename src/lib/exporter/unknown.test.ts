/**
 * The exports keep an unknown unknown: the echt fixture (a real list's shape) goes out as
 * HSDS without fees or application process where nobody gave one, and as CSV with an
 * empty cell, never a guessed value.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { offerFeatureSchema, siteSchema } from '../data/schema';
import { COLUMNS } from '../importer';
import { offersToCsv } from './csv';
import { buildHsds, validateHsds } from './index';

const read = (file: string) =>
	JSON.parse(
		readFileSync(new URL(`../../../tests/fixtures/sites/echt/${file}`, import.meta.url), 'utf8')
	);
const offers = (read('aanbod.geojson') as { features: unknown[] }).features.map((f) =>
	offerFeatureSchema.parse(f)
);
const site = siteSchema.parse(read('site.json'));

describe('exporting a list with unknown values', () => {
	it('HSDS validates and leaves out the fees and first step nobody gave', () => {
		const files = buildHsds(offers, site);
		expect(validateHsds(files)).toEqual([]);
		const withoutCost = offers.filter((o) => !o.properties.cost);
		expect(withoutCost.length).toBeGreaterThan(0);
		for (const { properties: offer } of offers) {
			const service = files.services.find((s) => s.name === offer.name)!;
			expect(service.fees_description !== undefined, offer.id).toBe(!!offer.cost);
			expect(service.application_process !== undefined, offer.id).toBe(!!offer.howToStart);
		}
		// An address without postcode stays one, with the empty postal_code HSDS requires.
		expect(files.addresses.every((a) => a.postal_code === '')).toBe(true);
	});

	it('CSV writes an empty cell for an unknown cost and first step', () => {
		const rows = Papa.parse<string[]>(offersToCsv(offers).replace(/^\uFEFF/, ''), {
			delimiter: ';',
			skipEmptyLines: true
		}).data;
		const cell = (row: string[], field: string) => row[COLUMNS.findIndex((c) => c.field === field)];
		for (const [i, { properties: offer }] of offers.entries()) {
			expect(cell(rows[i + 1]!, 'cost') === '', offer.id).toBe(!offer.cost);
			expect(cell(rows[i + 1]!, 'howToStart') === '', offer.id).toBe(!offer.howToStart);
			expect(cell(rows[i + 1]!, 'address.postcode'), offer.id).toBe('');
		}
	});
});
