/** Spreadsheet (CSV) → offers. Pure: the caller reads the file and writes the result. */
export {
	importOffersCsv,
	importOffersTable,
	formatImportProblem,
	schemaIssueMessage
} from './import';
export type {
	ImportOptions,
	ImportProblem,
	ImportProblemLevel,
	ImportResult,
	ImportedOffer
} from './import';
export { COLUMNS, allowedValues, type Column } from './columns';
export { decodeCsv, readCsv, type CsvTable, type Decoded, type Delimiter } from './csv';
export {
	formatCoordinate,
	formatPhones,
	formatSchedule,
	formatSchedules,
	parseSchedule,
	TEXT_LIST_JOIN
} from './cells';
