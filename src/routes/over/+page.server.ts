import { HSDS_FILE_NAMES } from '$lib/exporter';
import { loadDataset } from '$lib/server/data';

export function load() {
	const { areas, offers, site } = loadDataset();
	const newest = offers
		.map((f) => f.properties.lastVerified)
		.sort()
		.at(-1);
	return {
		attribution: areas.attribution,
		offerCount: offers.length,
		newestCheck: newest,
		beheerderName: site.beheerder.name,
		pdok: site.geocoder.pdok,
		onlineBasemap: !!site.basemap.styleUrl,
		hsdsTables: HSDS_FILE_NAMES
	};
}
