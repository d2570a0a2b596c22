import { json } from '@sveltejs/kit';
import { loadDataset } from '$lib/server/data';

export const prerender = true;

/** The kiosk's timers from site.json, fetched at run time so a kiosk can be tuned without a new page. */
export function GET() {
	return json(loadDataset().site.kiosk);
}
