import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { makeOds } from '../../../tests/fixtures/echt-import/make-ods';
import { table } from '../../../tests/fixtures/echt-import/rows';
import { decodeCsv, decodeWindows1252 } from './csv';
import { readOds } from './ods';
import { importReportLines, importSpreadsheet, sheetKind, unplacedWarnings } from './sheet';
import { readWorkbook } from './workbook';

const xlsx = new Uint8Array(readFileSync('tests/fixtures/echt-import/aanbod.xlsx'));
const readers = { xlsx: readWorkbook, ods: readOds };

describe('reading a spreadsheet file, in Node and the browser alike', () => {
	it('decodes Windows-1252 byte for byte as iconv-lite does, € and curly quotes included', () => {
		const all = Uint8Array.from({ length: 256 }, (_, i) => i);
		expect(decodeWindows1252(all)).toBe(iconv.decode(Buffer.from(all), 'windows-1252'));
		const decoded = decodeCsv(Uint8Array.from([0x80, 0x20, 0x93, 0x61, 0x94, 0x96]));
		expect(decoded).toEqual({ text: '€ “a”–', encoding: 'windows-1252' });
	});

	it('tells an .xlsx from an .ods by content, whatever the name says', () => {
		expect(sheetKind('aanbod.csv', xlsx)).toBe('xlsx');
		expect(sheetKind('aanbod.xlsx', makeOds([['naam']]))).toBe('ods');
		expect(sheetKind('aanbod.xls', new Uint8Array([0xd0, 0xcf]))).toBe('xls');
		expect(sheetKind('aanbod.txt', new TextEncoder().encode('naam;soort'))).toBe('csv');
	});

	it('refuses an old .xls with what to do, and an .ods when no reader is given', async () => {
		const xls = await importSpreadsheet('oud.xls', new Uint8Array([0xd0, 0xcf]), {}, readers);
		expect(xls.result).toBeUndefined();
		expect(xls.errors[0]).toMatch(/^oud\.xls: .*Excel-werkmap \(\.xlsx\)/);
		const ods = await importSpreadsheet('a.ods', makeOds([['naam']]), {}, { xlsx: readWorkbook });
		expect(ods.errors[0]).toContain('(.ods) lees ik niet');
	});

	it('reads an .ods to the same rows as the same sheet saved as .xlsx', async () => {
		const [fromXlsx, fromOds] = await Promise.all([readWorkbook(xlsx), readOds(makeOds(table()))]);
		const trim = (rows: string[][]) =>
			rows.map((row) => {
				const cells = [...row];
				while (cells.length && cells.at(-1) === '') cells.pop();
				return cells;
			});
		expect(trim(fromOds)).toEqual(trim(fromXlsx));
		const a = await importSpreadsheet('a.xlsx', xlsx, {}, readers);
		const b = await importSpreadsheet('a.ods', makeOds(table()), {}, readers);
		expect(b.result!.offers).toEqual(a.result!.offers);
		expect(b.result!.problems).toEqual(a.result!.problems);
	});

	it('keeps the row numbers of an .ods with empty rows, repeated cells and spaces', async () => {
		const rows = await readOds(
			makeOds([
				['naam', 'soort', 'kosten', 'plaats'],
				[],
				['Koffie  ochtend', 'Lotgenotengroep', 'Gratis', 'Gratis'],
				['Twee\nregels', '', '', 'Voorbeeldstad']
			])
		);
		expect(rows).toHaveLength(4);
		expect(rows[1]).toEqual([]);
		expect(rows[2]).toEqual(['Koffie  ochtend', 'Lotgenotengroep', 'Gratis', 'Gratis']);
		expect(rows[3]).toEqual(['Twee\nregels', '', '', 'Voorbeeldstad']);
	});

	it('names the file when a zip is no spreadsheet', async () => {
		const outcome = await importSpreadsheet(
			'kapot.ods',
			new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]),
			{},
			readers
		);
		expect(outcome.errors).toHaveLength(1);
		expect(outcome.errors[0]).toMatch(/^kapot\.ods is geen /);
	});

	it('says when a CSV is read as Windows-1252, and gives the cells back for the error table', async () => {
		const bytes = Uint8Array.from(
			iconv.encode('naam;soort\nCaf\u00e9 \u20ac;Lotgenotengroep\n', 'windows-1252')
		);
		const outcome = await importSpreadsheet('oud.csv', bytes, {}, readers);
		expect(outcome.notes[0]).toMatch(/^Let op: oud\.csv is niet als UTF-8 opgeslagen/);
		expect(outcome.rows?.[1]).toEqual(['Café €', 'Lotgenotengroep']);
	});

	it('prints the counts line as data:import does', async () => {
		const outcome = await importSpreadsheet('a.xlsx', xlsx, {}, readers);
		const result = outcome.result!;
		const lines = importReportLines(result, [
			...result.problems,
			...unplacedWarnings(result.offers)
		]);
		expect(lines.at(-1)).toBe(`\n${result.offers.length} rijen goed, 0 rijen met fouten.`);
	});
});
