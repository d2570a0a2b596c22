/** Every offer that passed validation, as one GeoJSON FeatureCollection: the open data of the kaart. */
import { formatDataJson } from '$lib/exporter';
import { loadDataset } from '$lib/server/data';

export const prerender = true;

export function GET() {
	const { offers } = loadDataset();
	// The layout of data/aanbod.geojson, so a download compares line by line with the source file.
	return new Response(formatDataJson({ type: 'FeatureCollection', features: offers }), {
		headers: { 'content-type': 'application/geo+json' }
	});
}
