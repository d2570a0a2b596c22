/** The validated gemeente outline and wijken, with the credit line their source requires. */
import { formatDataJson } from '$lib/exporter';
import { loadDataset } from '$lib/server/data';

export const prerender = true;

export function GET() {
	return new Response(formatDataJson(loadDataset().areas), {
		headers: { 'content-type': 'application/geo+json' }
	});
}
