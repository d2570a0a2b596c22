import { mapAreasOf, plattegrondBase } from '$lib/map';
import { BASEMAP_STYLE } from '$lib/basemap';
import { hasBasemap } from '$lib/server/basemap/folder';
import { loadCatalog } from '$lib/server/catalog';
import { dataDir, loadDataset } from '$lib/server/data';

export function load() {
	const { site, areas } = loadDataset();
	const { listings } = loadCatalog();
	return {
		listings: listings.toSorted((a, b) => a.name.localeCompare(b.name, 'nl')),
		// The basemap the site hosts comes before an online one: it sends nothing to another host.
		basemap: hasBasemap(dataDir())
			? { styleUrl: BASEMAP_STYLE, attribution: undefined }
			: site.basemap,
		plattegrond: plattegrondBase(mapAreasOf(areas))
	};
}
