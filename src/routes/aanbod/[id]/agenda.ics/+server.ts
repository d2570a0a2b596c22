import { error } from '@sveltejs/kit';
import { hasCalendar, offerToICalendar } from '$lib/calendar';
import { loadDataset } from '$lib/server/data';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Only groups with meetings to come get a file; a link to any other would be broken. */
export const entries: EntryGenerator = () =>
	loadDataset()
		.offers.filter((feature) => hasCalendar(feature.properties))
		.map((feature) => ({ id: feature.properties.id }));

export const GET: RequestHandler = ({ params }) => {
	const { offers, site } = loadDataset();
	const feature = offers.find((f) => f.properties.id === params.id);
	// Without siteUrl in site.json the events carry no link rather than a made-up address.
	const ics = feature ? offerToICalendar(feature.properties, feature.geometry, site.siteUrl) : null;
	if (ics === null) error(404, 'Voor deze hulp is geen agenda.');
	return new Response(ics, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
