/**
 * Excel workbooks: the realistic fixture sheet imports without errors and without a value
 * nobody gave; the template opens with an Uitleg sheet and drop-downs; export and import
 * round-trip every field, translations included. Read back with ExcelJS, the library
 * that writes them.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { OfferFeature } from '../../src/lib/data';
import { COLUMNS, importOffersTable } from '../../src/lib/importer';
import {
	HELP_SHEET,
	LISTS_SHEET,
	OFFERS_SHEET,
	offersToWorkbook,
	readWorkbook,
	templateWorkbook,
	type SheetValidations
} from '../../src/lib/server/workbook';
import { main as template } from '../../scripts/data-template';
import { makeWorkbook } from '../fixtures/echt-import/make-xlsx';
import { ROWS, table } from '../fixtures/echt-import/rows';

const fixtureBytes = readFileSync(new URL('../fixtures/echt-import/aanbod.xlsx', import.meta.url));
const features = (name: string) =>
	(
		JSON.parse(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8')) as {
			features: OfferFeature[];
		}
	).features;

async function load(bytes: Uint8Array) {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
	return workbook;
}

describe('the realistic fixture workbook (tests/fixtures/echt-import/aanbod.xlsx)', () => {
	it('is what make-xlsx.ts writes from rows.ts', async () => {
		const committed = await readWorkbook(fixtureBytes);
		expect(committed).toEqual(await readWorkbook(await makeWorkbook()));
		expect(committed).toEqual(table().map((row) => row.map(String)));
	});

	it('imports with 0 errors, and every unknown stays unknown', async () => {
		const result = importOffersTable(await readWorkbook(fixtureBytes), { today: '2026-11-30' });
		expect(result.problems.filter((p) => p.level === 'fout')).toEqual([]);
		expect(result.offers).toHaveLength(ROWS.length);
		const offers = result.offers.map((o) => o.feature.properties);
		// No "aanmelden" column: nobody said how to start, for any row; one line says so.
		expect(offers.every((o) => o.howToStart === undefined)).toBe(true);
		expect(result.problems.filter((p) => p.column === 'aanmelden')).toHaveLength(1);
		ROWS.forEach((row, index) => {
			const offer = offers[index]!;
			const cost = String(row.kosten ?? '');
			if (cost === '' || cost === 'Onbekend') expect(offer.cost, offer.id).toBeUndefined();
			else expect(offer.cost, offer.id).toBeDefined();
			expect(offer.address?.postcode, offer.id).toBe(row.postcode || undefined);
			if (!row['wat speelt er']) expect(offer.conditions, offer.id).toBeUndefined();
		});
		expect(offers.filter((o) => o.cost === undefined)).toHaveLength(5);
		expect(offers.find((o) => o.name.startsWith('Autismecafé'))).toMatchObject({
			kind: 'alzheimercafe',
			needs: ['emotionele-steun'],
			cost: 'eigen-bijdrage'
		});
		expect(offers.find((o) => o.name === 'Dagbesteding De Linde')).toMatchObject({
			conditions: ['dementie', 'autisme'],
			cost: 'wmo'
		});
		expect(offers.find((o) => o.name.startsWith('Lotgenotengroep'))).toMatchObject({
			kind: 'lotgenotengroep',
			conditions: ['psychisch']
		});
		expect(offers[0]).toMatchObject({ kind: 'wmo-loket', forWhom: 'beiden' });
		expect(offers[0]!.phones).toBeUndefined();
	});
});

describe('readWorkbook', () => {
	it('reads cells as a beheerder typed them: dates, numbers, links, rich text and formula results', async () => {
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('Blad1');
		sheet.addRow(['laatst gecontroleerd', 'lat', 'website', 'naam', 'samenvatting']);
		sheet.addRow([
			new Date(Date.UTC(2026, 2, 31)),
			52.7621,
			{ text: 'www.voorbeeldstad.example', hyperlink: 'https://www.voorbeeldstad.example' },
			{ richText: [{ text: 'Café ' }, { text: 'De Linde', font: { bold: true } }] },
			{ formula: 'CONCAT("Een ","zin.")', result: 'Een zin.' }
		]);
		const rows = await readWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()));
		expect(rows[1]).toEqual([
			'2026-03-31',
			'52.7621',
			'www.voorbeeldstad.example',
			'Café De Linde',
			'Een zin.'
		]);
	});

	it('says in Dutch when a file is no workbook', async () => {
		await expect(readWorkbook(new TextEncoder().encode('naam;samenvatting'))).rejects.toThrow(
			/is geen Excel-werkmap \(\.xlsx\)/
		);
	});
});

describe('npm run data:template', () => {
	it('writes the template where --out says', async () => {
		const path = join(mkdtempSync(join(tmpdir(), 'mzk-template-')), 'sjabloon.xlsx');
		const lines: string[] = [];
		expect(
			await template(['--out', path], {
				out: (line) => lines.push(line),
				err: (line) => lines.push(line)
			})
		).toBe(0);
		const workbook = await load(readFileSync(path));
		expect(workbook.getWorksheet(HELP_SHEET)?.rowCount).toBe(COLUMNS.length + 1);
		expect(lines[0]).toContain(path);
	});

	it('has the header row, an Uitleg sheet for every column, and drop-downs on the closed columns', async () => {
		const workbook = await load(await templateWorkbook());
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
			OFFERS_SHEET,
			HELP_SHEET,
			LISTS_SHEET
		]);
		const offers = workbook.getWorksheet(OFFERS_SHEET)!;
		expect(offers.getRow(1).values).toEqual([undefined, ...COLUMNS.map((c) => c.header)]);

		const help = workbook.getWorksheet(HELP_SHEET)!;
		const helpRows = new Map(
			COLUMNS.map((column, index) => [column.header, help.getRow(index + 2).values as unknown[]])
		);
		expect(helpRows.get('naam')!.slice(1, 3)).toEqual(['naam', 'verplicht']);
		expect(helpRows.get('kosten')![2]).toBe('mag leeg');
		expect(helpRows.get('kosten')![4]).toContain('U betaalt een eigen bijdrage (eigen-bijdrage)');
		expect(helpRows.get('wat speelt er')![4]).toContain('Autisme (autisme)');

		const validations = (offers as unknown as SheetValidations).dataValidations;
		for (const column of COLUMNS) {
			const letter = offers.getColumn(COLUMNS.indexOf(column) + 1).letter;
			const rule = validations.find(`${letter}2`);
			if (!column.closed) {
				expect(rule, column.header).toBeUndefined();
				continue;
			}
			expect(rule, column.header).toMatchObject({ type: 'list', allowBlank: true });
			// The rule points at the list of labels on the lists sheet.
			const [, sheet, range] = /^'(.+)'!\$([A-Z]+)\$2:/.exec(rule!.formulae[0] as string) ?? [];
			expect(sheet).toBe(LISTS_SHEET);
			const listed = workbook.getWorksheet(LISTS_SHEET)!.getColumn(range!).values.slice(2);
			expect(listed).toEqual(column.closed.vocabulary.items.map((item) => item.label));
		}
	});
});

describe('data:export --format xlsx', () => {
	it('round-trips xlsx → GeoJSON → xlsx → GeoJSON without losing anything, translations included', async () => {
		for (const name of ['roundtrip.geojson', 'translations.geojson']) {
			const original = features(name);
			const once = importOffersTable(await readWorkbook(await offersToWorkbook(original)));
			expect(
				once.problems.filter((p) => p.level === 'fout'),
				name
			).toEqual([]);
			expect(
				once.offers.map((o) => o.feature),
				name
			).toStrictEqual(original);
		}
		const fromFixture = importOffersTable(await readWorkbook(fixtureBytes)).offers.map(
			(o) => o.feature
		);
		const back = importOffersTable(await readWorkbook(await offersToWorkbook(fromFixture)));
		expect(back.offers.map((o) => o.feature)).toStrictEqual(fromFixture);
	});

	it('writes a formula as inert text, also one that goes on over a line break', async () => {
		const [first] = features('roundtrip.geojson');
		const evil = '=HYPERLINK("http://evil.example",\n"Klik")';
		const offer = { ...first!, properties: { ...first!.properties, description: evil } };
		const workbook = await load(await offersToWorkbook([offer]));
		const sheet = workbook.getWorksheet(OFFERS_SHEET)!;
		const cell = sheet.getRow(2).getCell(COLUMNS.findIndex((c) => c.field === 'description') + 1);
		expect(cell.type).toBe(ExcelJS.ValueType.String);
		expect(cell.value).toBe(`'${evil}`);
		const back = importOffersTable(await readWorkbook(await offersToWorkbook([offer])));
		expect(back.offers[0]!.feature.properties.description).toBe(evil);
	});
});
