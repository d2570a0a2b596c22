import {
	coverageByAandachtspunt,
	coverageByNeed,
	gapsOf,
	staleEntries,
	warningEntries,
	wijkenOf
} from '$lib/coverage';
import { todayInAmsterdam } from '$lib/data';
import { labelPoint } from '$lib/map';
import { checkDataDir, loadDataset } from '$lib/server/data';

export function load() {
	const { offers, areas } = loadDataset();
	// The same problems `npm run data:check` prints: stale entries and warnings come from there.
	const { problems } = checkDataDir().result;
	const warnings = warningEntries(offers, problems);
	const wijken = wijkenOf(areas);
	const byNeed = coverageByNeed(offers, wijken);
	// The point where the map puts each wijk's name; the shading badge goes right under it.
	const labels = new Map(
		areas.features
			.filter((f) => f.properties.type === 'wijk')
			.map((f) => [f.properties.code, labelPoint(f.geometry)])
	);
	return {
		builtOn: todayInAmsterdam(),
		offerCount: offers.length,
		byNeed,
		byAandachtspunt: coverageByAandachtspunt(offers, wijken),
		gaps: byNeed.map(gapsOf).map((gaps) => ({ ...gaps, label: labels.get(gaps.wijk.code)! })),
		stale: staleEntries(offers, problems),
		warnings,
		// Each warning counts, as in data:check's total, not each offer that has one.
		warningCount: warnings.reduce((sum, entry) => sum + entry.warnings.length, 0)
	};
}
