import {
	coverageByAandachtspunt,
	coverageByNeed,
	gapsOf,
	staleEntries,
	warningEntries,
	wijkenOf
} from '$lib/coverage';
import { todayInAmsterdam } from '$lib/data';
import { mapAreasOf, plattegrondBase } from '$lib/map';
import { checkDataDir, loadDataset } from '$lib/server/data';

export function load() {
	const { offers, areas } = loadDataset();
	// The same problems `npm run data:check` prints: stale entries and warnings come from there.
	const { problems } = checkDataDir().result;
	const warnings = warningEntries(offers, problems);
	const wijken = wijkenOf(areas);
	const byNeed = coverageByNeed(offers, wijken);
	return {
		builtOn: todayInAmsterdam(),
		offerCount: offers.length,
		byNeed,
		byAandachtspunt: coverageByAandachtspunt(offers, wijken),
		gaps: byNeed.map(gapsOf),
		plattegrond: plattegrondBase(mapAreasOf(areas)),
		stale: staleEntries(offers, problems),
		warnings,
		// Each warning counts, as in data:check's total, not each offer that has one.
		warningCount: warnings.reduce((sum, entry) => sum + entry.warnings.length, 0)
	};
}
