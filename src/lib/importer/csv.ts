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
 * Windows-1252 differs from Latin-1 only in 0x80-0x9F (€, “ ”, – and the like); five of those
 * bytes are unassigned and become "�", as iconv-lite (which data:import used) makes them. A table, not a library: the same bytes decode the same in Node and the browser.
 */
const WINDOWS_1252_HIGH =
	'\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
	'\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
	let text = '';
	for (let i = 0; i < bytes.length; i += 8192) {
		const chunk = Array.from(bytes.subarray(i, i + 8192), (byte) =>
			byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80]! : String.fromCharCode(byte)
		);
		text += chunk.join('');
	}
	return text;
}

export type Decoded =
	| { text: string; encoding: 'utf-8' | 'windows-1252' }
	| { error: string; row: number; column: number };

/** Where the first invalid UTF-8 sequence starts, and how many valid multi-byte letters there are. */
function scanUtf8(bytes: Uint8Array): { firstInvalid?: number; multiByte: number } {
	let multiByte = 0;
	for (let i = 0; i < bytes.length;) {
		const byte = bytes[i]!;
		const length =
			byte < 0x80
				? 1
				: byte >= 0xc2 && byte < 0xe0
					? 2
					: byte >= 0xe0 && byte < 0xf0
						? 3
						: byte >= 0xf0 && byte < 0xf5
							? 4
							: 0;
		let valid = length > 0 && i + length <= bytes.length;
		for (let k = 1; valid && k < length; k++) valid = (bytes[i + k]! & 0xc0) === 0x80;
		if (!valid) return { firstInvalid: i, multiByte };
		if (length > 1) multiByte++;
		i += length;
	}
	return { multiByte };
}

/**
 * The file's bytes as text. UTF-8 (with or without BOM) is the norm, but Excel's plain
 * "CSV" on Windows saves Windows-1252. It is decoded with a table (€, “ ” and – included):
 * Node's TextDecoder decodes that label as Latin-1 and makes them control characters. A file that is UTF-8 except for a few stray bytes is not Windows-1252:
 * reading it so would garble every other accented or Arabic letter, so it is refused with
 * the place of the first stray byte (row as the spreadsheet counts, column from 1).
 */
export function decodeCsv(bytes: Uint8Array): Decoded {
	const { firstInvalid, multiByte } = scanUtf8(bytes);
	if (firstInvalid === undefined) {
		return {
			text: new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''),
			encoding: 'utf-8'
		};
	}
	if (multiByte === 0) {
		return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
	}
	const before = readCsv(new TextDecoder('utf-8').decode(bytes.subarray(0, firstInvalid)));
	const last = before.records.at(-1) ?? [''];
	return {
		error: 'bevat tekens die geen UTF-8 zijn, terwijl de rest wel UTF-8 is',
		row: Math.max(1, before.records.length),
		column: last.length
	};
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
