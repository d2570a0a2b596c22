import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	offerCollectionSchema,
	offerFeatureSchema,
	offerPropertiesSchema,
	type OfferFeature
} from '../data';
import { formatDataJson, offersToCsv } from '.';
import { COLUMNS, importOffersCsv, readCsv } from '../importer';

const fixture = (name: string) =>
	readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url), 'utf8');
const aanbodPath = new URL('../../../data/aanbod.geojson', import.meta.url).pathname;

function importAll(csv: string): OfferFeature[] {
	const result = importOffersCsv(csv);
	expect(result.problems).toEqual([]);
	return result.offers.map((o) => o.feature);
}

/** The promise of the CSV export: CSV → GeoJSON → CSV → GeoJSON gives the same GeoJSON. */
function expectRoundTrip(csv: string): OfferFeature[] {
	const first = importAll(csv);
	const csvAgain = offersToCsv(first);
	const second = importAll(csvAgain);
	expect(second).toStrictEqual(first);
	expect(offersToCsv(second)).toBe(csvAgain);
	return first;
}

describe('offersToCsv', () => {
	it('round-trips the fixture sheet: CSV → GeoJSON → CSV → GeoJSON is identical', () => {
		expect(expectRoundTrip(fixture('roundtrip.csv'))).toHaveLength(5);
	});

	it('round-trips offers with English, Turkish and Arabic translations, and one without', () => {
		const offers = expectRoundTrip(fixture('translations.csv'));
		expect(offers.map((o) => Object.keys(o.properties.translations ?? {}))).toEqual([
			['en', 'ar'],
			['tr'],
			[]
		]);
	});

	it('writes every translation column, also where no offer has a translation', () => {
		const headers = readCsv(offersToCsv(importAll(fixture('roundtrip.csv')))).records[0]!;
		expect(headers.slice(-15, -10)).toEqual([
			'naam (en)',
			'samenvatting (en)',
			'omschrijving (en)',
			'toelichting aanmelden (en)',
			'toelichting kosten (en)'
		]);
		expect(headers.at(-1)).toBe('toelichting kosten (ar)');
	});

	it('round-trips data/aanbod.geojson without losing or changing anything', () => {
		const collection = offerCollectionSchema.parse(JSON.parse(readFileSync(aanbodPath, 'utf8')));
		const offers = collection.features.map((feature) => offerFeatureSchema.parse(feature));
		const first = expectRoundTrip(offersToCsv(offers));
		expect(first).toStrictEqual(offers);
	});

	it('writes what Dutch Excel opens directly: a BOM, semicolons, the Dutch headers', () => {
		const csv = offersToCsv(importAll(fixture('roundtrip.csv')));
		expect(csv.startsWith('\uFEFFid;naam;samenvatting;')).toBe(true);
		const table = readCsv(csv);
		expect(table.delimiter).toBe(';');
		expect(table.records[0]).toEqual(COLUMNS.map((c) => c.header));
	});

	it('guards cells that Excel would run as a formula', () => {
		const csv = offersToCsv(importAll(fixture('roundtrip.csv')));
		expect(csv).toContain(`;'+31 123 45 10 00;`);
	});

	it('guards a formula that starts after spaces or goes on over a line break', () => {
		const [feature] = importAll(fixture('roundtrip.csv'));
		const evil = '=HYPERLINK("http://evil.example",\n"Klik")';
		const offers = [
			{
				...feature!,
				properties: { ...feature!.properties, description: evil, costDetails: '  @SUM(1)' }
			}
		];
		const csv = offersToCsv(offers);
		expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",\n""Klik"")"`);
		expect(csv).toContain(`;'  @SUM(1);`);
		// The importer drops the guard again, so the text comes back as it was.
		expect(importAll(csv)[0]!.properties.description).toBe(evil);
	});

	it('has a column for every offer property, so no field is lost on the way', () => {
		const fields = COLUMNS.map((c) => c.field);
		for (const key of Object.keys(offerPropertiesSchema.shape)) {
			expect(
				fields.some((field) => field === key || field.startsWith(`${key}.`)),
				key
			).toBe(true);
		}
	});
});

describe('formatDataJson', () => {
	it('lays data files out with tabs and coordinate pairs on one line', () => {
		expect(formatDataJson({ type: 'Point', coordinates: [6.5, 52.7], tags: ['a'] })).toBe(
			'{\n\t"type": "Point",\n\t"coordinates": [6.5, 52.7],\n\t"tags": [\n\t\t"a"\n\t]\n}\n'
		);
		expect(
			formatDataJson(
				{ pc4: { '9991': { lon: 6.5, lat: 52.7, wijk: 'WK01' } } },
				{ inlineFlatObjects: true }
			)
		).toBe('{\n\t"pc4": {\n\t\t"9991": { "lon": 6.5, "lat": 52.7, "wijk": "WK01" }\n\t}\n}\n');
	});

	it('rewrites data/aanbod.geojson byte for byte', () => {
		const text = readFileSync(aanbodPath, 'utf8');
		expect(formatDataJson(JSON.parse(text))).toBe(text);
	});
});
