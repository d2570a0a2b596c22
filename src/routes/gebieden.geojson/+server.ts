/** The gebieden as the map draws them, as a static file: the map fetches it instead of carrying it in every page. */
import { json } from '@sveltejs/kit';
import { toMapAreas } from '$lib/map';
import { loadDataset } from '$lib/server/data';

export const prerender = true;

export function GET() {
	return json(toMapAreas(loadDataset().areas));
}
