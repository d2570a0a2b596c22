/** The wijk × hulpvraag table of /overzicht as a spreadsheet for Dutch Excel. */
import { coverageByNeed, coverageToCsv, wijkenOf } from '$lib/coverage';
import { loadDataset } from '$lib/server/data';

export const prerender = true;

export function GET() {
	const { offers, areas } = loadDataset();
	return new Response(coverageToCsv(coverageByNeed(offers, wijkenOf(areas))), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
