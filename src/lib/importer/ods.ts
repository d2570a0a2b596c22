/**
 * An OpenDocument spreadsheet (.ods, LibreOffice's own format) as rows of text cells, like
 * readWorkbook gives for an .xlsx; ExcelJS cannot read .ods. An .ods is a zip with the
 * sheets in content.xml: fflate unzips, saxes (ExcelJS's own XML parser) reads the XML.
 * Both run in Node and the browser, so data:import and /beheer read an .ods the same way.
 */
import { unzipSync } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { SheetError } from './sheet';

const OFFERS_SHEET = 'Aanbod';

/** LibreOffice writes "the rest of the sheet" as one row or cell repeated a million times: never expand those. */
const MAX_REPEAT = 1024;

const NOT_ODS =
	'is geen OpenDocument-rekenblad (.ods) dat ik kan lezen. Sla hem in LibreOffice of Excel op als "Excel-werkmap (.xlsx)".';

function contentXml(bytes: Uint8Array): string {
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes, { filter: (file) => file.name === 'content.xml' });
	} catch {
		throw new SheetError(NOT_ODS);
	}
	const content = files['content.xml'];
	if (!content) throw new SheetError(NOT_ODS);
	return new TextDecoder('utf-8').decode(content);
}

const repeat = (tag: SaxesTagPlain, name: string) =>
	Math.max(1, Number.parseInt(String(tag.attributes[name] ?? '1'), 10) || 1);

/** A cell's value as text: numbers as stored (52.7612, not "52,76"), dates as 2026-03-31, text as shown. */
function cellValue(tag: SaxesTagPlain, text: string): string {
	const attribute = (name: string) => {
		const value = tag.attributes[name];
		return typeof value === 'string' ? value : undefined;
	};
	switch (attribute('office:value-type')) {
		case 'float':
		case 'percentage':
		case 'currency': {
			const value = attribute('office:value');
			return value === undefined ? text : String(Number(value));
		}
		case 'date':
			return attribute('office:date-value')?.slice(0, 10) ?? text;
		case 'boolean':
			return attribute('office:boolean-value') ?? text;
		default:
			return text;
	}
}

/** The rows of the sheet "Aanbod", or of the first sheet, the header first. */
export async function readOds(bytes: Uint8Array): Promise<string[][]> {
	const xml = contentXml(bytes);
	const sheets: { name: string; rows: string[][] }[] = [];
	let rows: string[][] | undefined;
	let row: string[] | undefined;
	let pendingRows = 0;
	let pendingCells = 0;
	let cell: { tag: SaxesTagPlain; paragraphs: string[] } | undefined;
	let inParagraph = false;
	// Annotations (comments) sit inside a cell but are not its value.
	let inAnnotation = 0;

	const parser = new SaxesParser();
	const append = (text: string) => {
		if (!cell || !inParagraph || inAnnotation) return;
		cell.paragraphs[cell.paragraphs.length - 1] += text;
	};
	parser.on('opentag', (tag) => {
		switch (tag.name) {
			case 'table:table':
				rows = [];
				pendingRows = 0;
				sheets.push({ name: String(tag.attributes['table:name'] ?? ''), rows });
				break;
			case 'table:table-row':
				row = [];
				pendingCells = 0;
				break;
			case 'table:table-cell':
			case 'table:covered-table-cell':
				cell = { tag, paragraphs: [] };
				break;
			case 'office:annotation':
				inAnnotation++;
				break;
			case 'text:p':
				if (cell && !inAnnotation) {
					cell.paragraphs.push('');
					inParagraph = true;
				}
				break;
			case 'text:s':
				append(' '.repeat(repeat(tag, 'text:c')));
				break;
			case 'text:tab':
				append('\t');
				break;
			case 'text:line-break':
				append('\n');
				break;
		}
	});
	parser.on('text', append);
	parser.on('closetag', (tag) => {
		switch (tag.name) {
			case 'table:table':
				rows = undefined;
				break;
			case 'table:table-row': {
				if (!rows || !row) break;
				const count = repeat(tag, 'table:number-rows-repeated');
				if (row.length === 0) {
					pendingRows += count;
				} else {
					// Empty rows between filled ones keep their place: row numbers are what the beheerder sees.
					for (; pendingRows > 0; pendingRows--) rows.push([]);
					for (let i = 0; i < Math.min(count, MAX_REPEAT); i++) rows.push([...row]);
				}
				row = undefined;
				break;
			}
			case 'table:table-cell':
			case 'table:covered-table-cell': {
				if (!row || !cell) break;
				const value = cellValue(cell.tag, cell.paragraphs.join('\n'));
				const count = repeat(cell.tag, 'table:number-columns-repeated');
				if (value === '') {
					pendingCells += count;
				} else {
					for (; pendingCells > 0; pendingCells--) row.push('');
					for (let i = 0; i < Math.min(count, MAX_REPEAT); i++) row.push(value);
				}
				cell = undefined;
				break;
			}
			case 'office:annotation':
				inAnnotation--;
				break;
			case 'text:p':
				inParagraph = false;
				break;
		}
	});
	try {
		parser.write(xml).close();
	} catch {
		throw new SheetError(NOT_ODS);
	}
	const sheet = sheets.find((s) => s.name === OFFERS_SHEET) ?? sheets[0];
	if (!sheet) throw new SheetError('heeft geen werkblad.');
	return sheet.rows;
}
