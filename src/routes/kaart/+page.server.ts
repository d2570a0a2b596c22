import { mapAreasOf, plattegrondBase } from '$lib/map';
import { loadCatalog } from '$lib/server/catalog';
import { loadDataset } from '$lib/server/data';

export function load() {
	const { areas } = loadDataset();
	const { listings } = loadCatalog();
	return {
		listings: listings.toSorted((a, b) => a.name.localeCompare(b.name, 'nl')),
		plattegrond: plattegrondBase(mapAreasOf(areas))
	};
}
