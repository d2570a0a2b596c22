/** CSV text to rows of cells, for files saved by Excel, LibreOffice or Google Sheets. */
import Papa from 'papaparse';

export type Delimiter = ';' | ',' | '\t';

export interface CsvTable {
	delimiter: Delimiter;
	/** Every record, the header first; a record's index + 1 is its spreadsheet row number. */
	records: string[][];
	/** Structural problems (an unclosed quote), with the spreadsheet row number. */
	errors: { row: number; message: string }[];
}

/**
 * Dutch Excel saves "CSV" with semicolons because the comma is the decimal sign; other
 * programs use commas. The header line decides: it holds no numbers, so whichever
 * separator occurs most often there (outside quotes) is the one.
 */
function detectDelimiter(text: string): Delimiter {
	const counts: Record<Delimiter, number> = { ';': 0, ',': 0, '\t': 0 };
	let quoted = false;
	for (const char of text) {
		if (char === '"') quoted = !quoted;
		else if (!quoted && (char === '\n' || char === '\r')) break;
		else if (!quoted && char in counts) counts[char as Delimiter]++;
	}
	const best = (Object.keys(counts) as Delimiter[]).reduce(
		(a, b) => (counts[b] > counts[a] ? b : a),
		','
	);
	return counts[best] > 0 ? best : ',';
}

/**
 * The file's bytes as text. UTF-8 (with or without BOM) is the norm, but Excel's plain
 * "CSV" on Windows saves Windows-1252; reading that as UTF-8 would turn every é into �.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
	}
}

export function readCsv(input: string): CsvTable {
	// Excel writes a byte order mark at the start of UTF-8 files; it is not part of the first header.
	const text = input.replace(/^\uFEFF/, '');
	const delimiter = detectDelimiter(text);
	const parsed = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false });
	return {
		delimiter,
		records: parsed.data,
		errors: parsed.errors
			.filter((error) => error.type === 'Quotes')
			.map((error) => ({
				row: (error.row ?? 0) + 1,
				message:
					'een aanhalingsteken (") wordt niet afgesloten; daardoor lopen de kolommen vanaf hier mogelijk door elkaar'
			}))
	};
}
