/**
 * Which areas the overview counts for: a single gemeente's wijken, or in a region each
 * gemeente, each gemeente's wijken, and what a resident answers (for the map and the
 * aandachtspunten). One place, so the page and the CSV count the same rows.
 */
import { isRegion, wijkList, type AreaHierarchy } from '../areas';
import type { OfferFeature } from '../data/schema';
import { regionAreas, type AreaReach } from './coverage';
import type { WijkRef } from './coverage';

export function coverageAreas(
	offers: readonly OfferFeature[],
	hierarchy: AreaHierarchy
): {
	region?: ReturnType<typeof regionAreas>;
	/** The rows of the wijk (or answer area) tables, the map and the CSV. */
	rows: readonly WijkRef[] | readonly AreaReach[];
} {
	if (!isRegion(hierarchy)) return { rows: wijkList(hierarchy) };
	const region = regionAreas(offers, hierarchy);
	return { region, rows: region.answerAreas };
}
