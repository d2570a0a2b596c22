/** The search index as a static file, fetched only when someone types a query (see $lib/search). */
import { json } from '@sveltejs/kit';
import { buildSearchIndex, toSearchDocument } from '$lib/search';
import { loadDataset } from '$lib/server/data';

export const prerender = true;

export function GET() {
	return json(buildSearchIndex(loadDataset().offers.map((f) => toSearchDocument(f.properties))));
}
