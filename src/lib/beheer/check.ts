/**
 * /beheer's work, in the browser: a spreadsheet's bytes → what data:import and data:check
 * would print about it, the coverage beside today's and the file to download. The same
 * functions as the commands (importSpreadsheet, validateDataset, formatDataJson), so the
 * page can never say something the commands would not. The page loads this module only
 * after a file is chosen: it brings the importer, ExcelJS and zod.
 */
import Papa from 'papaparse';
import { coverageAreas } from '../coverage/areas';
import { coverageByNeed, type CoverageRow } from '../coverage/coverage';
import { checkReportLines, sortProblems, unknownLine } from '../data/report';
import type { OfferFeature } from '../data/schema';
import { formatProblem, summarize, validateDataset, type Problem } from '../data/validate';
import { formatDataJson } from '../exporter/json';
import { neutralizeFormula } from '../exporter/csv';
import type { ImportProblem } from '../importer/import';
import { formatImportProblem } from '../importer/import';
import { readOds } from '../importer/ods';
import {
	importReportLines,
	importSpreadsheet,
	splitProblems,
	unplacedWarnings,
	areasOf
} from '../importer/sheet';
import { readWorkbook } from '../importer/workbook';
import { offerChanges, type OfferChanges } from './changes';

/** Today's data as the site was built with it: what data:check reads beside the new offers. */
export interface TodayData {
	gebieden: unknown;
	site: unknown;
	postcodes?: unknown;
	offers: OfferFeature[];
}

export interface RowProblem extends ImportProblem {
	/** The cell's value as the sheet has it; absent for problems without a cell. */
	value?: string;
}

export interface BeheerReport {
	file: string;
	/** Whole-file refusals (nothing could be read), as data:import prints them. */
	refused: string[];
	notes: string[];
	rowsGood: number;
	failedRows: number[];
	errors: RowProblem[];
	/** The importer's warnings, by row. */
	warnings: RowProblem[];
	/** What data:import prints, line by line. */
	importLines: string[];
	/** data:check on the good rows, beside today's gebieden and site.json. */
	check: {
		problems: Problem[];
		lines: string[];
		summary: string;
		unknown?: string;
	};
	offers: OfferFeature[];
	/** The rows' offers by spreadsheet row, for the preview. */
	rows: { row: number; id: string; name: string }[];
	coverage?: { before: CoverageRow[]; after: CoverageRow[] };
	changes: OfferChanges;
	/** aanbod.geojson as data:import writes it; only when there is no error anywhere. */
	geojson?: string;
	/** Every error (the importer's by row, data:check's) as a CSV for Excel; only when there are errors. */
	errorCsv?: string;
}

/** A problem's cell: the row's value in the column with that header, as the sheet writes it. */
function withValue(problem: ImportProblem, rows: readonly (readonly string[])[]): RowProblem {
	if (problem.row === undefined || !problem.column) return problem;
	const header = rows[0] ?? [];
	const wanted = problem.column.trim().toLowerCase();
	const index = header.findIndex((h) => h.trim().toLowerCase() === wanted);
	const value = index >= 0 ? rows[problem.row - 1]?.[index]?.trim() : undefined;
	return value ? { ...problem, value } : problem;
}

export async function checkSpreadsheet(
	file: string,
	bytes: Uint8Array,
	today: TodayData,
	date: string
): Promise<BeheerReport> {
	const outcome = await importSpreadsheet(
		file,
		bytes,
		{ areas: areasOf(today.gebieden), today: date },
		{ xlsx: readWorkbook, ods: readOds }
	);
	const empty: BeheerReport = {
		file,
		refused: outcome.errors,
		notes: outcome.notes,
		rowsGood: 0,
		failedRows: [],
		errors: [],
		warnings: [],
		importLines: [...outcome.errors, ...outcome.notes],
		check: { problems: [], lines: [], summary: '' },
		offers: [],
		rows: [],
		changes: { added: [], removed: [], changed: [] }
	};
	const result = outcome.result;
	if (!result) return empty;

	// In the browser nothing is looked up at PDOK: as data:import without --geocode.
	const problems = [...result.problems, ...unplacedWarnings(result.offers)];
	const { errors, warnings } = splitProblems(problems);
	const rows = outcome.rows ?? [];
	const offers = result.offers.map((o) => o.feature);
	const collection = { type: 'FeatureCollection', features: offers };

	// data:check on the file data:import would write (with --force when rows fail).
	const written = formatDataJson(collection);
	const validation = validateDataset(
		{
			aanbod: JSON.parse(written),
			gebieden: today.gebieden,
			site: today.site,
			postcodes: today.postcodes
		},
		date
	);
	const checkProblems = sortProblems(validation.problems);
	// The same rows as /overzicht: a gemeente's wijken, or what a resident of a region answers.
	const hierarchy = areasOf(today.gebieden);
	const wijken = hierarchy ? coverageAreas(today.offers, hierarchy).rows : [];
	const anyError = errors.length > 0 || checkProblems.some((p) => p.level === 'fout');

	const rowErrors = errors.map((p) => withValue(p, rows));
	// The foutenlijst has every error that blocks the file, also data:check's: those of an
	// offer at its spreadsheet row, those of the whole file (site.json's steunpunt) without.
	const rowOfId = new Map(result.offers.map((o) => [o.feature.properties.id, o.row]));
	const listed: RowProblem[] = [
		...rowErrors,
		...checkProblems
			.filter((p) => p.level === 'fout')
			.map((p) => ({
				level: 'fout' as const,
				row: p.feature === undefined ? undefined : rowOfId.get(p.feature),
				message: formatProblem(p, 'data')
			}))
	];
	return {
		...empty,
		rowsGood: result.offers.length,
		failedRows: result.failedRows,
		errors: rowErrors,
		errorCsv: listed.length ? errorListCsv(listed) : undefined,
		warnings: warnings.map((p) => withValue(p, rows)),
		importLines: [...outcome.notes, ...importReportLines(result, problems)],
		check: {
			problems: checkProblems,
			lines: checkReportLines(checkProblems, validation.dataset?.offers.length, 'data'),
			summary: summarize(checkProblems),
			unknown: unknownLine(checkProblems)
		},
		offers,
		rows: result.offers.map((o) => ({
			row: o.row,
			id: o.feature.properties.id,
			name: o.feature.properties.name
		})),
		coverage: wijken.length
			? { before: coverageByNeed(today.offers, wijken), after: coverageByNeed(offers, wijken) }
			: undefined,
		changes: offerChanges(today.offers, offers),
		geojson: anyError || offers.length === 0 ? undefined : written
	};
}

export const ERROR_LIST_HEADERS = ['rij', 'kolom', 'waarde', 'wat is er mis', 'melding'] as const;

/**
 * The error table as a CSV a colleague opens in Excel: semicolons and a byte order mark as
 * Dutch Excel expects, every cell neutralised so a value like "=..." stays text.
 */
export function errorListCsv(problems: readonly RowProblem[]): string {
	const csv = Papa.unparse(
		{
			fields: [...ERROR_LIST_HEADERS],
			data: problems.map((p) =>
				[
					p.row === undefined ? '' : String(p.row),
					p.column ?? '',
					p.value ?? '',
					p.message,
					formatImportProblem(p)
				].map(neutralizeFormula)
			)
		},
		{ delimiter: ';', newline: '\r\n', escapeFormulae: false }
	);
	return `\uFEFF${csv}\r\n`;
}
