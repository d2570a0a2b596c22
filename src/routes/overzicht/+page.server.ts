import { buildHierarchy } from '$lib/areas';
import {
	coverageAreas,
	coverageByAandachtspunt,
	coverageByNeed,
	gapsOf,
	staleEntries,
	warningEntries
} from '$lib/coverage';
import { todayInAmsterdam } from '$lib/data';
import { mapAreasOf, plattegrondBase } from '$lib/map';
import { checkDataDir, loadDataset } from '$lib/server/data';

export function load() {
	const { offers, areas } = loadDataset();
	const hierarchy = buildHierarchy(areas.features);
	// The same problems `npm run data:check` prints: stale entries and warnings come from there.
	const { problems } = checkDataDir().result;
	const warnings = warningEntries(offers, problems);
	const { region, rows } = coverageAreas(offers, hierarchy);
	const byNeed = coverageByNeed(offers, rows);
	return {
		builtOn: todayInAmsterdam(),
		offerCount: offers.length,
		byNeed,
		/** In a region: per gemeente, and per wijk within each gemeente that has wijken. */
		region: region && {
			byGemeente: coverageByNeed(offers, region.gemeenten),
			wijkenPerGemeente: region.wijkenPerGemeente
				.filter((g) => g.wijken.length)
				.map((g) => ({ gemeente: g.gemeente, byNeed: coverageByNeed(offers, g.wijken) }))
		},
		/** Every area's name by code, for the stale list's area column. */
		areaNames: Object.fromEntries(hierarchy.areas.map((a) => [a.code, a.name])),
		byAandachtspunt: coverageByAandachtspunt(offers, rows),
		gaps: byNeed.map(gapsOf),
		plattegrond: plattegrondBase(mapAreasOf(areas)),
		stale: staleEntries(offers, problems),
		warnings,
		// Each warning counts, as in data:check's total, not each offer that has one.
		warningCount: warnings.reduce((sum, entry) => sum + entry.warnings.length, 0)
	};
}
