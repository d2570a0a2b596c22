import { areaAt, buildHierarchy } from '$lib/areas';
import type { Listing } from '$lib/data';
import { mapAreasOf, plattegrondBase } from '$lib/map';
import { loadCatalog } from '$lib/server/catalog';
import { loadDataset } from '$lib/server/data';

export function load() {
	const { areas, site } = loadDataset();
	const catalog = loadCatalog();
	const hierarchy = buildHierarchy(areas.features);
	// A gemeente's own first contact serves that gemeente, even without a place or area code.
	const firstContactOf = new Map<string, string[]>();
	for (const [gemeente, id] of Object.entries(site.eersteContact ?? {}))
		firstContactOf.set(id, [...(firstContactOf.get(id) ?? []), gemeente]);
	const areaOf = (listing: Listing) =>
		listing.coordinates
			? areaAt(hierarchy, listing.coordinates)?.code
			: firstContactOf.get(listing.id)?.length === 1
				? firstContactOf.get(listing.id)![0]
				: undefined;
	return {
		...catalog,
		// Without an area code, an offer is in the area that holds its point, if it has one.
		listings: catalog.listings.map((listing) =>
			listing.wijk ? listing : { ...listing, wijk: areaOf(listing) }
		),
		regio: site.regio?.name,
		plattegrond: plattegrondBase(mapAreasOf(areas), undefined, { width: 480 })
	};
}
