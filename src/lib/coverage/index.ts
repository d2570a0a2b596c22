/** The beheerder's overview: coverage per wijk and hulpvraag, gaps, stale entries, warnings. Pure. */
export {
	AANDACHTSPUNT_GROUPS,
	coverageByAandachtspunt,
	coverageByNeed,
	gapsOf,
	regionAreas,
	type AreaReach,
	type AandachtspuntCell,
	type AandachtspuntRow,
	type CellStatus,
	type CoverageCount,
	type CoverageRow,
	type NeedCell,
	type WijkGaps,
	type WijkRef
} from './coverage';
export { coverageAreas } from './areas';
export {
	staleEntries,
	warningEntries,
	type OfferWarning,
	type StaleEntry,
	type WarningEntry,
	type WarningKind
} from './review';
export { COVERAGE_CSV_HEADERS, coverageToCsv } from './csv';
export { aandachtspuntText, gapSentence, missingBadge, needList, warningText } from './text';
