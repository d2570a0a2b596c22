import { json } from '@sveltejs/kit';
import { loadDataset } from '$lib/server/data';

export const prerender = true;

/** The ids of this build's offers: the header counts only saved offers that still exist. */
export function GET() {
	return json(loadDataset().offers.map((f) => f.properties.id));
}
