/**
 * CSV text from a spreadsheet → offer Features, each validated with the same schema as
 * the build. Pure: no files, no network. Every failing row is reported by its row number
 * as the spreadsheet shows it (header = row 1) and by its column header, and the good
 * rows are always returned, so one typo never costs the rest of the sheet.
 */
import type { z } from 'zod';
import { offerFeatureSchema, type OfferFeature } from '../data/schema';
import { areaConflictMessage, areasForOffers, dutchMessage } from '../data/validate';
import { areaAt, areaConflict, labelOf, resolveArea, type AreaHierarchy } from '../areas';
import {
	COLUMNS,
	columnForHeader,
	columnForIssuePath,
	isDeprecatedHeader,
	type Column
} from './columns';
import { readCsv, type Delimiter } from './csv';

export interface ImportOptions {
	/** Wijk codes from gebieden.geojson; when given, an unknown wijk is an error. */
	wijkCodes?: ReadonlySet<string>;
	/**
	 * The areas of gebieden.geojson; when given (it replaces `wijkCodes`), the wijk cell may
	 * hold a code or a name, an empty cell is filled from the point, and a code the point
	 * contradicts is warned about.
	 */
	areas?: AreaHierarchy;
	/** Today as YYYY-MM-DD; when given, a "laatst gecontroleerd" after it is an error. */
	today?: string;
}

export type ImportProblemLevel = 'fout' | 'waarschuwing';

export interface ImportProblem {
	level: ImportProblemLevel;
	/** Spreadsheet row number (header = 1); absent for problems with the whole file. */
	row?: number;
	/** The column header as the importer names it. */
	column?: string;
	message: string;
}

export interface ImportedOffer {
	row: number;
	feature: OfferFeature;
}

export interface ImportResult {
	/** The rows that passed, in sheet order. */
	offers: ImportedOffer[];
	problems: ImportProblem[];
	/** Row numbers that failed and are left out of `offers`. */
	failedRows: number[];
	/** The CSV separator; absent for a workbook. */
	delimiter?: Delimiter;
}

/** Where the Netherlands is, give or take: outside it, lat and lon are probably swapped. */
const NETHERLANDS = { west: 3.2, east: 7.3, south: 50.7, north: 53.7 };

export function formatImportProblem(problem: ImportProblem): string {
	const where = [
		problem.row !== undefined ? `Rij ${problem.row}` : undefined,
		problem.column ? `kolom "${problem.column}"` : undefined
	]
		.filter(Boolean)
		.join(', ');
	return where ? `${where}: ${problem.message}` : problem.message;
}

/** A readable id from a name: "Alzheimercafé De Linde" → "alzheimercafe-de-linde". */
function slugify(text: string): string {
	const slug = text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= 60) return slug;
	const cut = slug.slice(0, 60);
	return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/** Excel's guard against formulas ('=, '+, '-, '@) is not part of the value. */
function cleanCell(text: string | undefined): string {
	const value = (text ?? '').trim();
	return /^'\s*[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
	let node = root;
	for (const key of path) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<PropertyKey, unknown>)[key];
	}
	return node;
}

/**
 * The Dutch text of a schema issue. Parsing with `dutchMessage` as error map already put
 * Dutch in `issue.message`; only number ranges get a more precise text here.
 */
export function schemaIssueMessage(issue: z.core.$ZodIssue): string {
	if (issue.code === 'too_big' && issue.origin === 'number')
		return `is te groot: hoogstens ${String(issue.maximum)}`;
	if (issue.code === 'too_small' && issue.origin === 'number')
		return `is te klein: minstens ${String(issue.minimum)}`;
	return issue.message;
}

interface RowContext {
	row: number;
	cells: Map<Column, string>;
	/** Each column's header as the sheet writes it, so messages use the beheerder's own words. */
	headers: ReadonlyMap<Column, string>;
	problems: ImportProblem[];
}

function fail(context: RowContext, field: string, message: string) {
	const column = COLUMNS.find((c) => c.field === field);
	context.problems.push({
		level: 'fout',
		row: context.row,
		column: column && (context.headers.get(column) ?? column.header),
		message
	});
}

/** The header of a column as this sheet names it. */
function columnName(context: RowContext, column: Column): string {
	return context.headers.get(column) ?? column.header;
}

/**
 * The offer Feature as read from one row, before validation: each filled cell is read by
 * its own column into its field (nested paths such as `address.street` make the object);
 * empty cells leave fields out. The coordinate columns together make the geometry.
 */
function rowToFeature(
	context: RowContext,
	id: string
): { type: 'Feature'; geometry: unknown; properties: Record<string, unknown> } {
	const properties: Record<string, unknown> = { id };
	for (const [column, text] of context.cells) {
		if (!text || column.field === 'id' || column.field === 'lat' || column.field === 'lon')
			continue;
		const value = column.read(text, {
			column,
			fail: (message) => fail(context, column.field, message)
		});
		if (value === undefined) continue;
		const path = column.field.split('.');
		let node = properties;
		for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
		node[path.at(-1)!] = value;
	}
	return { type: 'Feature', geometry: rowGeometry(context), properties };
}

function cell(context: RowContext, field: string): string {
	const column = COLUMNS.find((c) => c.field === field);
	return column ? (context.cells.get(column) ?? '') : '';
}

function rowGeometry(context: RowContext): unknown {
	const latText = cell(context, 'lat');
	const lonText = cell(context, 'lon');
	if (!latText && !lonText) return null;
	if (!latText || !lonText) {
		fail(
			context,
			latText ? 'lon' : 'lat',
			'is leeg: vul lat en lon allebei in, of laat ze allebei leeg'
		);
		return null;
	}
	const [lat, lon] = (['lat', 'lon'] as const).map((field) => {
		const column = COLUMNS.find((c) => c.field === field)!;
		return column.read(cell(context, field), { column, fail: () => {} }) as number | undefined;
	});
	if (lat === undefined)
		fail(context, 'lat', `"${latText}" is geen kommagetal; schrijf bijvoorbeeld 52.0907`);
	if (lon === undefined)
		fail(context, 'lon', `"${lonText}" is geen kommagetal; schrijf bijvoorbeeld 5.1214`);
	if (lat === undefined || lon === undefined) return null;
	const inNetherlands = (y: number, x: number) =>
		y >= NETHERLANDS.south &&
		y <= NETHERLANDS.north &&
		x >= NETHERLANDS.west &&
		x <= NETHERLANDS.east;
	if (!inNetherlands(lat, lon)) {
		// A point abroad is never meant: swapped columns are the usual cause, so name them.
		fail(
			context,
			'lat',
			inNetherlands(lon, lat)
				? `lat ${lat} en lon ${lon} zijn omgewisseld: lat (noorderbreedte) is in Nederland ongeveer 51-53, lon (oosterlengte) ongeveer 3-7`
				: `${lat}, ${lon} ligt niet in Nederland; kijk lat en lon na`
		);
		return null;
	}
	return { type: 'Point', coordinates: [lon, lat] };
}

/** Which column each header cell is, as the sheet names it; unknown and doubled headers are warned about. */
function mapHeader(header: readonly string[]): {
	columnAt: Map<number, Column>;
	headers: Map<Column, string>;
	problems: ImportProblem[];
} {
	const columnAt = new Map<number, Column>();
	const headers = new Map<Column, string>();
	const problems: ImportProblem[] = [];
	header.forEach((raw, index) => {
		const name = raw.trim();
		if (!name) return;
		const column = columnForHeader(name);
		if (!column) {
			problems.push({
				level: 'waarschuwing',
				column: name,
				message: 'deze kolom ken ik niet; die sla ik over'
			});
		} else if (headers.has(column)) {
			problems.push({
				level: 'waarschuwing',
				column: name,
				message: `staat er twee keer (als "${column.header}"); alleen de eerste telt`
			});
		} else {
			columnAt.set(index, column);
			headers.set(column, name);
			if (isDeprecatedHeader(column, name)) {
				problems.push({
					level: 'waarschuwing',
					column: name,
					message: `lees ik als "${column.header}": ${column.help ?? column.header}. Noem de kolom liever "${column.header}", want "${name}" lijkt op "bedoeld voor".`
				});
			}
		}
	});
	return { columnAt, headers, problems };
}

/** One schema issue as the beheerder reads it: the value they typed, then what is wrong with it. */
function issueText(
	issue: z.core.$ZodIssue,
	raw: unknown,
	columnPresent: boolean,
	scheduleCount: number
): string {
	const value = valueAt(raw, issue.path);
	// Zod reports a missing enum value as an unknown "undefined"; it is simply missing.
	let message =
		issue.code === 'invalid_value' && value === undefined ? 'ontbreekt' : schemaIssueMessage(issue);
	if (columnPresent) message = message.replace(/^ontbreekt/, 'is leeg');
	const shown = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
	if (shown && !message.includes(`"${shown}"`) && !message.includes(`(${shown})`))
		message = `"${shown}" ${message}`;
	if (issue.path[1] === 'schedules' && scheduleCount > 1 && typeof issue.path[2] === 'number') {
		message = `tijd ${issue.path[2] + 1}: ${message}`;
	}
	return message;
}

const ADDRESS_PARTS = new Set(['address.street', 'address.city']);
/** Why an address needs its street and city, and what works instead: the bare "is leeg" said neither. */
const ADDRESS_HELP =
	'een adres heeft straat en plaats nodig, zodat bezoekers de plek vinden (de postcode mag leeg als er lat en lon zijn, of met --geocode). Heeft het aanbod geen vaste plek, laat adres, postcode en plaats dan allemaal leeg';

/** Columns that may be left out of the sheet: every row then has the value "not known". */
const UNKNOWN_WHEN_MISSING = ['cost', 'howToStart'] as const;

export function importOffersCsv(text: string, options: ImportOptions = {}): ImportResult {
	const table = readCsv(text);
	const separator = table.delimiter === '\t' ? 'tab' : table.delimiter;
	const result = importOffersTable(table.records, options, separator);
	result.problems.unshift(
		...table.errors.map((error): ImportProblem => ({
			level: 'fout',
			row: error.row,
			message: error.message
		}))
	);
	for (const error of table.errors)
		if (!result.failedRows.includes(error.row)) result.failedRows.push(error.row);
	return { ...result, delimiter: table.delimiter };
}

/**
 * Rows of cells (the header first), from a CSV or a workbook → offers. Every failing row is
 * reported by its row number and column; the good rows are always returned.
 */
export function importOffersTable(
	records: readonly (readonly string[])[],
	options: ImportOptions = {},
	separator = 'scheidingsteken'
): ImportResult {
	const problems: ImportProblem[] = [];
	const offers: ImportedOffer[] = [];
	const failedRows: number[] = [];
	const [header, ...body] = records;

	if (!header || header.every((name) => !name.trim())) {
		problems.push({
			level: 'fout',
			message: 'Het bestand is leeg: de eerste rij moet de kolomnamen bevatten.'
		});
		return { offers, problems, failedRows };
	}

	const { columnAt, headers, problems: headerProblems } = mapHeader(header);
	problems.push(...headerProblems);
	const present = new Set(columnAt.values());
	const missingRequired = COLUMNS.filter((column) => column.required && !present.has(column));
	for (const column of missingRequired) {
		problems.push({
			level: 'fout',
			column: column.header,
			message: 'deze kolom ontbreekt en is verplicht; geen enkele rij kan zonder'
		});
	}
	const forWhomColumn = COLUMNS.find((c) => c.field === 'forWhom')!;
	if (!present.has(forWhomColumn)) {
		problems.push({
			level: 'waarschuwing',
			column: forWhomColumn.header,
			message:
				'deze kolom ontbreekt; elk aanbod is nu bedoeld voor wie bij zijn soort past (een dagopvang voor de naaste, een cursus voor de mantelzorger). Voeg de kolom toe als het anders is.'
		});
	}
	for (const field of UNKNOWN_WHEN_MISSING) {
		const column = COLUMNS.find((c) => c.field === field)!;
		if (present.has(column)) continue;
		problems.push({
			level: 'waarschuwing',
			column: column.header,
			message:
				'deze kolom ontbreekt; bij elk aanbod staat nu "niet bekend". Voeg de kolom toe als u het weet.'
		});
	}

	const rows = body
		.map((record, index) => {
			const cells = new Map<Column, string>();
			const brokenLines: Column[] = [];
			for (const [position, column] of columnAt) {
				let value = cleanCell(record[position]);
				if (column.singleLine && /[\r\n]/.test(value)) {
					value = value.replace(/\s*[\r\n]+\s*/g, ' ');
					brokenLines.push(column);
				}
				cells.set(column, value);
			}
			// Cells beyond the last header usually mean an unquoted separator inside a cell.
			const overflow = record.slice(header.length).some((value) => value.trim());
			return {
				row: index + 2,
				cells,
				brokenLines,
				overflowCells: overflow ? record.length : 0,
				empty: record.every((value) => !value.trim())
			};
		})
		.filter((row) => !row.empty);

	// Explicit ids first, so a slug made from a name never takes an id that a later row names.
	const idColumn = COLUMNS.find((c) => c.field === 'id')!;
	const nameColumn = COLUMNS.find((c) => c.field === 'name')!;
	const takenIds = new Set(rows.map((row) => row.cells.get(idColumn) ?? '').filter(Boolean));
	const firstRowOfId = new Map<string, number>();
	const wijkByLowercase = new Map(
		[...(options.wijkCodes ?? [])].map((code) => [code.toLowerCase(), code])
	);
	const unknownCount = { cost: 0, howToStart: 0 };
	/** Rows whose empty wijk cell got the area of their point. */
	const placedRows: number[] = [];

	for (const { row, cells, brokenLines, overflowCells } of rows) {
		const context: RowContext = { row, cells, headers, problems: [] };
		for (const column of brokenLines) {
			context.problems.push({
				level: 'waarschuwing',
				row,
				column: columnName(context, column),
				message:
					'had een regeleinde (Alt+Enter); dat is een spatie geworden, want deze tekst staat op één regel'
			});
		}
		if (overflowCells) {
			context.problems.push({
				level: 'fout',
				row,
				message: `heeft ${overflowCells} cellen, maar er zijn ${header.length} kolommen: staat er een ${separator} in een cel zonder aanhalingstekens eromheen?`
			});
		}
		let id = cells.get(idColumn) ?? '';
		if (!id) {
			const base = slugify(cells.get(nameColumn) ?? '') || `aanbod-rij-${row}`;
			id = base;
			for (let n = 2; takenIds.has(id); n++) id = `${base}-${n}`;
			takenIds.add(id);
		}
		const raw = rowToFeature(context, id);
		const failedColumns = new Set(
			context.problems.filter((p) => p.level === 'fout').map((p) => p.column)
		);

		const parsed = offerFeatureSchema.safeParse(raw, { error: dutchMessage });
		if (!parsed.success) {
			const scheduleCount = Array.isArray(raw.properties.schedules)
				? raw.properties.schedules.length
				: 0;
			for (const issue of parsed.error.issues) {
				const column = columnForIssuePath(issue.path);
				if (column && missingRequired.includes(column)) continue;
				const name = column && columnName(context, column);
				// The importer's own message for this cell already says what is wrong.
				if (name && failedColumns.has(name)) continue;
				let message = issueText(issue, raw, !!column && present.has(column), scheduleCount);
				if (column && ADDRESS_PARTS.has(column.field) && /^(is leeg|ontbreekt)/.test(message))
					message = `${message}: ${ADDRESS_HELP}`;
				context.problems.push({ level: 'fout', row, column: name, message });
			}
		}

		const offer = raw.properties;
		if (typeof offer.id === 'string' && cells.get(idColumn)) {
			const first = firstRowOfId.get(offer.id);
			if (first !== undefined)
				fail(context, 'id', `"${offer.id}" staat ook in rij ${first}; elke id moet uniek zijn`);
			else firstRowOfId.set(offer.id, row);
		}
		let placed = false;
		if (options.areas) {
			placed = placeInArea(context, options.areas, offer.wijk, parsed.data);
		} else if (typeof offer.wijk === 'string' && options.wijkCodes) {
			const code = wijkByLowercase.get(offer.wijk.toLowerCase());
			if (code === undefined) {
				fail(
					context,
					'wijk',
					`"${offer.wijk}" is geen wijk uit gebieden.geojson; kies uit: ${[...options.wijkCodes].join(', ')}`
				);
			} else if (parsed.success) {
				parsed.data.properties.wijk = code;
			}
		}
		if (options.today && parsed.success && parsed.data.properties.lastVerified > options.today) {
			fail(context, 'lastVerified', `${parsed.data.properties.lastVerified} ligt in de toekomst`);
		}

		problems.push(...context.problems);
		if (parsed.success && !context.problems.some((p) => p.level === 'fout')) {
			offers.push({ row, feature: parsed.data });
			if (placed) placedRows.push(row);
			if (parsed.data.properties.cost === undefined) unknownCount.cost++;
			if (parsed.data.properties.howToStart === undefined) unknownCount.howToStart++;
		} else {
			failedRows.push(row);
		}
	}

	for (const field of UNKNOWN_WHEN_MISSING) {
		const column = COLUMNS.find((c) => c.field === field)!;
		const count = unknownCount[field];
		// A missing column already has its one line above.
		if (!count || !present.has(column)) continue;
		problems.push({
			level: 'waarschuwing',
			column: headers.get(column) ?? column.header,
			message: `bij ${count} van ${offers.length} aanbod niet bekend (leeg of "onbekend"); de site zegt dan "niet bekend". Vul het in als u het weet.`
		});
	}

	if (placedRows.length) {
		const wijk = COLUMNS.find((c) => c.field === 'wijk')!;
		problems.push({
			level: 'waarschuwing',
			column: headers.get(wijk) ?? wijk.header,
			message: `was leeg bij ${placedRows.length} aanbod (rij ${placedRows.join(', ')}); daar staat nu het gebied waar de plek (lat, lon) in ligt. Klopt dat niet, vul de wijk dan zelf in.`
		});
	}

	return { offers, problems, failedRows };
}

/**
 * The wijk cell against gebieden.geojson: a code or a name becomes the code; an empty cell
 * gets the area that holds the point, when that says more than "in the one gemeente";
 * a stated area the point contradicts is a warning. True when the cell was filled.
 */
function placeInArea(
	context: RowContext,
	hierarchy: AreaHierarchy,
	cellValue: unknown,
	feature: OfferFeature | undefined
): boolean {
	const choices = areasForOffers(hierarchy);
	const point = feature?.geometry?.coordinates;
	if (typeof cellValue !== 'string') {
		const area = point && areaAt(hierarchy, point);
		const informative =
			area && choices.includes(area) && (area.type === 'wijk' || hierarchy.gemeenten.length > 1);
		if (!feature || !informative) return false;
		feature.properties.wijk = area.code;
		return true;
	}
	const found = resolveArea({ ...hierarchy, areas: choices }, cellValue);
	if (found === undefined) {
		fail(
			context,
			'wijk',
			`"${cellValue}" is geen gebied uit gebieden.geojson; kies uit: ${choices.map((a) => labelOf(hierarchy, a.code)).join(', ')}`
		);
	} else if ('ambiguous' in found) {
		fail(
			context,
			'wijk',
			`"${cellValue}" is de naam van meer dan één gebied: ${found.ambiguous.map((code) => labelOf(hierarchy, code)).join(', ')}; schrijf de code`
		);
	} else if (feature) {
		feature.properties.wijk = found.code;
		const conflict = point && areaConflict(hierarchy, found.code, point);
		if (conflict) {
			const column = COLUMNS.find((c) => c.field === 'wijk')!;
			context.problems.push({
				level: 'waarschuwing',
				row: context.row,
				column: columnName(context, column),
				message: areaConflictMessage(hierarchy, conflict)
			});
		}
	}
	return false;
}
