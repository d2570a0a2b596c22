/** The wijk × hulpvraag table of /overzicht as a spreadsheet for Dutch Excel. */
import { buildHierarchy } from '$lib/areas';
import { coverageAreas, coverageByNeed, coverageToCsv } from '$lib/coverage';
import { loadDataset } from '$lib/server/data';

export const prerender = true;

export function GET() {
	const { offers, areas } = loadDataset();
	// In a region each row is what a resident answers: a wijk, or a gemeente without wijken.
	const { rows } = coverageAreas(offers, buildHierarchy(areas.features));
	return new Response(coverageToCsv(coverageByNeed(offers, rows)), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
