/**
 * An Excel workbook (.xlsx) as the same rows of text cells a CSV gives, so one importer
 * reads both. ExcelJS works in Node and in the browser: data:import and /beheer read a
 * workbook with this one function. /beheer loads it only after a file is chosen.
 */
import ExcelJS from 'exceljs';
import { SheetError } from './sheet';

/** The sheet the offers are on; a workbook without it is read from its first sheet. */
export const OFFERS_SHEET = 'Aanbod';

const pad = (n: number) => String(n).padStart(2, '0');

/** What a cell shows, as text: numbers as typed, dates as 2026-03-31, links and rich text as their text. */
function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (value instanceof Date) {
		// Excel stores a date without a zone; ExcelJS hands it over as midnight UTC.
		return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
	}
	if ('richText' in value) return value.richText.map((part) => part.text).join('');
	if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
	if ('formula' in value || 'sharedFormula' in value) {
		const result = (value as ExcelJS.CellFormulaValue).result;
		return result === undefined ||
			(typeof result === 'object' &&
				!(result instanceof Date) &&
				result !== null &&
				'error' in result)
			? ''
			: cellText(result as ExcelJS.CellValue);
	}
	if ('error' in value) return '';
	return '';
}

export class WorkbookError extends SheetError {}

/** The rows of the offers sheet as text cells, the header first. */
export async function readWorkbook(bytes: Uint8Array): Promise<string[][]> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
	} catch {
		throw new WorkbookError(
			'is geen Excel-werkmap (.xlsx) die ik kan lezen. Sla hem in Excel of LibreOffice op als "Excel-werkmap (.xlsx)".'
		);
	}
	const sheet = workbook.getWorksheet(OFFERS_SHEET) ?? workbook.worksheets[0];
	if (!sheet) throw new WorkbookError('heeft geen werkblad.');
	const rows: string[][] = [];
	const width = sheet.columnCount;
	for (let r = 1; r <= sheet.rowCount; r++) {
		const row = sheet.getRow(r);
		const cells: string[] = [];
		for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
		rows.push(cells);
	}
	return rows;
}
