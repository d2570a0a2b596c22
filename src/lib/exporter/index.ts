/** Offers → CSV for a spreadsheet, and offers → Open Referral HSDS 3.0 tables. Pure. */
export { neutralizeFormula, offerRows, offersToCsv } from './csv';
export { buildHsds, type HsdsOptions } from './hsds';
export {
	HSDS_FILE_NAMES,
	HSDS_SCHEMAS,
	formatHsdsProblem,
	validateHsds,
	type HsdsFileName,
	type HsdsFiles,
	type HsdsProblem
} from './hsds-schema';
export { formatDataJson, type JsonLayout } from './json';
