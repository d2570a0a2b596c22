/**
 * A spreadsheet file's bytes → the import result, and the lines data:import prints about
 * it. No files, no Node: data:import and /beheer (in the browser) both run this, so a
 * beheerder sees on the page exactly what the command would have said.
 */
import { buildHierarchy, type AreaHierarchy } from '../areas';
import { areaCollectionSchema } from '../data/schema';
import { COLUMNS } from './columns';
import { decodeCsv, readCsv } from './csv';
import {
	formatImportProblem,
	importOffersCsv,
	importOffersTable,
	type ImportedOffer,
	type ImportOptions,
	type ImportProblem,
	type ImportResult
} from './import';

/** A file the reader cannot read as a spreadsheet; the message follows the file's name. */
export class SheetError extends Error {}

/** Reads a workbook to rows of text cells, the header first. Throws SheetError when it cannot. */
export type TableReader = (bytes: Uint8Array) => Promise<string[][]>;

export interface SheetReaders {
	xlsx: TableReader;
	/** Without it, an .ods is refused with the advice to save it as .xlsx. */
	ods?: TableReader;
}

export interface SheetOutcome {
	/** Absent when the file could not be read at all; `errors` says why. */
	result?: ImportResult;
	/** The cells as read, the header first, so a problem can show its cell's value. */
	rows?: string[][];
	/** Whole-file refusals, each starting with the file's name. */
	errors: string[];
	/** Things to know that are no error, such as a CSV read as Windows-1252. */
	notes: string[];
}

export type SheetKind = 'xlsx' | 'ods' | 'xls' | 'csv';

const ascii = (bytes: Uint8Array, from: number, to: number) =>
	String.fromCharCode(...bytes.subarray(from, to));

/**
 * What the file is, by its content first: an .xlsx and an .ods are both zip files ("PK"),
 * and an .ods says so in its first entry, "mimetype", stored uncompressed.
 */
export function sheetKind(file: string, bytes: Uint8Array): SheetKind {
	const extension = /\.[^./\\]+$/.exec(file.toLowerCase())?.[0] ?? '';
	if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
		const head = ascii(bytes, 30, Math.min(bytes.length, 120));
		if (head.startsWith('mimetype') && head.includes('opendocument.spreadsheet')) return 'ods';
		return 'xlsx';
	}
	if (extension === '.ods') return 'ods';
	if (extension === '.xls') return 'xls';
	if (extension === '.xlsx') return 'xlsx';
	return 'csv';
}

/**
 * The areas of gebieden.geojson; undefined when it cannot be read, so no area is refused.
 * The importer then takes a code or a name and fills an empty area from the point.
 */
export function areasOf(gebieden: unknown): AreaHierarchy | undefined {
	const parsed = areaCollectionSchema.safeParse(gebieden);
	return parsed.success ? buildHierarchy(parsed.data.features) : undefined;
}

const refuseFormat = (file: string, extension: string) =>
	`${file}: dit soort bestand (${extension}) lees ik niet. Sla de spreadsheet op als "Excel-werkmap (.xlsx)" of als "CSV UTF-8".`;

export async function importSpreadsheet(
	file: string,
	bytes: Uint8Array,
	options: ImportOptions,
	readers: SheetReaders
): Promise<SheetOutcome> {
	const kind = sheetKind(file, bytes);
	if (kind === 'xls' || (kind === 'ods' && !readers.ods)) {
		return { errors: [refuseFormat(file, `.${kind}`)], notes: [] };
	}
	if (kind === 'xlsx' || kind === 'ods') {
		try {
			const rows = await (kind === 'ods' ? readers.ods! : readers.xlsx)(bytes);
			return { result: importOffersTable(rows, options), rows, errors: [], notes: [] };
		} catch (error) {
			if (!(error instanceof SheetError)) throw error;
			return { errors: [`${file} ${error.message}`], notes: [] };
		}
	}
	const decoded = decodeCsv(bytes);
	if ('error' in decoded) {
		return {
			errors: [
				`${file} ${decoded.error}: de eerste staat in rij ${decoded.row}, kolom ${decoded.column}. Verbeter die cel, of sla het bestand opnieuw op als "CSV UTF-8". Niets geschreven.`
			],
			notes: []
		};
	}
	const notes =
		decoded.encoding === 'utf-8'
			? []
			: [
					`Let op: ${file} is niet als UTF-8 opgeslagen; ik lees het als Windows-1252 (Excel "CSV"). Turkse en Arabische letters kunnen daarin niet; kies bij opslaan liever "CSV UTF-8" of gebruik de .xlsx.`
				];
	return {
		result: importOffersCsv(decoded.text, options),
		rows: readCsv(decoded.text).records,
		errors: [],
		notes
	};
}

/** Without a look-up at PDOK, an address without lat and lon stays off the map: say so per row. */
export function unplacedWarnings(offers: readonly ImportedOffer[]): ImportProblem[] {
	return offers
		.filter((o) => o.feature.properties.address && o.feature.geometry === null)
		.map((o) => ({
			level: 'waarschuwing',
			row: o.row,
			message:
				'heeft een adres maar geen lat en lon; dit aanbod komt niet op de kaart. Vul lat en lon in, of gebruik --geocode om de plek bij PDOK op te zoeken (straat en plaats zijn genoeg, de postcode mag leeg).'
		}));
}

/** The column the address problems belong to, as the importer names it. */
export const ADDRESS_COLUMN = COLUMNS.find((c) => c.field === 'address.street')!.header;

const byRow = (a: ImportProblem, b: ImportProblem) => (a.row ?? 0) - (b.row ?? 0);

export function splitProblems(problems: readonly ImportProblem[]): {
	errors: ImportProblem[];
	warnings: ImportProblem[];
} {
	return {
		errors: problems.filter((p) => p.level === 'fout').sort(byRow),
		warnings: problems.filter((p) => p.level === 'waarschuwing').sort(byRow)
	};
}

/** The problems and the count line, as data:import prints them. */
export function importReportLines(
	result: ImportResult,
	problems: readonly ImportProblem[]
): string[] {
	const { errors, warnings } = splitProblems(problems);
	const lines: string[] = [];
	if (errors.length) lines.push('Fouten:', ...errors.map((p) => `  ${formatImportProblem(p)}`));
	if (warnings.length)
		lines.push('Waarschuwingen:', ...warnings.map((p) => `  ${formatImportProblem(p)}`));
	lines.push(
		`\n${result.offers.length} rijen goed, ${result.failedRows.length} rijen met fouten` +
			(result.failedRows.length ? ` (rij ${result.failedRows.join(', ')})` : '') +
			(result.delimiter
				? `, scheidingsteken "${result.delimiter === '\t' ? 'tab' : result.delimiter}".`
				: '.')
	);
	return lines;
}
