/**
 * Excel workbooks (.xlsx) in and out, with ExcelJS: maintained, reads and writes .xlsx
 * without a native build, and writes data validation, which the template needs for its
 * drop-downs. (SheetJS's npm package is an old release with known advisories; newer ones
 * come only from its own CDN.) Writing is for the scripts; reading lives in the importer
 * ($lib/importer/workbook), because /beheer reads a workbook in the browser with the same code.
 */
import ExcelJS from 'exceljs';
import type { OfferFeature } from '../data/schema';
import { offerRows } from '../exporter';
import { COLUMNS, allowedValues, type Column } from '../importer';
import { OFFERS_SHEET } from '../importer/workbook';

export { OFFERS_SHEET, WorkbookError, readWorkbook } from '../importer/workbook';
export const HELP_SHEET = 'Uitleg';
/** The drop-down values live here, one column per closed column: a list typed into the rule may hold at most 255 characters. */
export const LISTS_SHEET = 'Keuzelijsten';
/** Rows of the template that get drop-downs; enough for a gemeente, small enough to open fast. */
export const TEMPLATE_ROWS = 500;

function columnLetter(index: number): string {
	let n = index + 1;
	let letters = '';
	while (n > 0) {
		const rest = (n - 1) % 26;
		letters = String.fromCharCode(65 + rest) + letters;
		n = Math.floor((n - 1) / 26);
	}
	return letters;
}

function styleHeader(sheet: ExcelJS.Worksheet) {
	const header = sheet.getRow(1);
	header.font = { bold: true };
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function addOffersSheet(workbook: ExcelJS.Workbook, rows: readonly (readonly string[])[]) {
	const sheet = workbook.addWorksheet(OFFERS_SHEET);
	sheet.columns = COLUMNS.map((column) => ({
		header: column.header,
		key: column.header,
		width: Math.max(12, Math.min(40, column.header.length + 4))
	}));
	for (const row of rows) sheet.addRow([...row]);
	styleHeader(sheet);
	return sheet;
}

/** ExcelJS has a sheet's validation rules by range but leaves them out of its types. */
export interface SheetValidations {
	dataValidations: {
		add(range: string, validation: ExcelJS.DataValidation): void;
		find(address: string): ExcelJS.DataValidation | undefined;
	};
}

/** Drop-downs on every closed column, fed from the lists sheet. A list column still takes "a, b". */
function addValidation(workbook: ExcelJS.Workbook, offers: ExcelJS.Worksheet, lastRow: number) {
	const lists = workbook.addWorksheet(LISTS_SHEET);
	const closed = COLUMNS.filter((column) => column.closed);
	closed.forEach((column, listIndex) => {
		const items = column.closed!.vocabulary.items;
		const letter = columnLetter(listIndex);
		lists.getCell(`${letter}1`).value = column.header;
		items.forEach((item, i) => (lists.getCell(`${letter}${i + 2}`).value = item.label));
		const target = columnLetter(COLUMNS.indexOf(column));
		(offers as unknown as SheetValidations).dataValidations.add(`${target}2:${target}${lastRow}`, {
			type: 'list',
			allowBlank: true,
			formulae: [`'${LISTS_SHEET}'!$${letter}$2:$${letter}$${items.length + 1}`],
			showErrorMessage: !column.closed!.multiple,
			errorStyle: 'stop',
			errorTitle: column.header,
			error: `Kies uit de lijst: ${items.map((item) => item.label).join(', ')}`,
			showInputMessage: true,
			promptTitle: column.header,
			prompt: column.closed!.multiple
				? 'Kies uit de lijst; meer waarden met komma ertussen mag ook.'
				: 'Kies uit de lijst.'
		});
	});
	styleHeader(lists);
}

function requirement(column: Column): string {
	if (column.required) return 'verplicht';
	if (column.field === 'id') return 'mag leeg: dan maken we er een van de naam';
	return 'mag leeg';
}

function addHelpSheet(workbook: ExcelJS.Workbook) {
	const sheet = workbook.addWorksheet(HELP_SHEET);
	sheet.columns = [
		{ header: 'Kolom', key: 'kolom', width: 28 },
		{ header: 'Verplicht', key: 'verplicht', width: 22 },
		{ header: 'Uitleg', key: 'uitleg', width: 50 },
		{ header: 'Toegestane waarden: wat de site toont (code)', key: 'waarden', width: 100 }
	];
	for (const column of COLUMNS) {
		sheet.addRow({
			kolom: column.header,
			verplicht: requirement(column),
			uitleg: [
				column.help,
				column.closed?.multiple ? 'meer waarden met komma ertussen' : undefined,
				column.aliases.length
					? `andere namen voor de kolom: ${column.aliases.join(', ')}`
					: undefined
			]
				.filter(Boolean)
				.join('; '),
			waarden: column.closed ? allowedValues(column.closed.vocabulary) : ''
		});
	}
	sheet.getColumn('waarden').alignment = { wrapText: true, vertical: 'top' };
	sheet.getColumn('uitleg').alignment = { wrapText: true, vertical: 'top' };
	styleHeader(sheet);
}

async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The empty spreadsheet a beheerder starts from: the header row, drop-downs, and the Uitleg sheet. */
export async function templateWorkbook(): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const offers = addOffersSheet(workbook, []);
	addHelpSheet(workbook);
	addValidation(workbook, offers, TEMPLATE_ROWS + 1);
	return toBytes(workbook);
}

/** The offers as a workbook that data:import reads back to the same data; it doubles as the template. */
export async function offersToWorkbook(offers: readonly OfferFeature[]): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const sheet = addOffersSheet(workbook, offerRows(offers));
	// Every cell is text: a number-looking phone or postcode must keep its leading zero and spaces.
	sheet.eachRow((row) => row.eachCell((cell) => (cell.numFmt = '@')));
	addHelpSheet(workbook);
	addValidation(workbook, sheet, Math.max(TEMPLATE_ROWS, offers.length) + 1);
	return toBytes(workbook);
}
