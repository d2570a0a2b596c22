import { mapAreasOf, plattegrondBase } from '$lib/map';
import { loadCatalog } from '$lib/server/catalog';
import { loadDataset } from '$lib/server/data';

export function load() {
	const { site, areas } = loadDataset();
	const { listings } = loadCatalog();
	return {
		listings: listings.toSorted((a, b) => a.name.localeCompare(b.name, 'nl')),
		basemap: site.basemap,
		plattegrond: plattegrondBase(mapAreasOf(areas))
	};
}
