import { mapAreasOf, plattegrondBase } from '$lib/map';
import { loadCatalog } from '$lib/server/catalog';
import { loadDataset } from '$lib/server/data';

export function load() {
	return {
		...loadCatalog(),
		plattegrond: plattegrondBase(mapAreasOf(loadDataset().areas), undefined, { width: 480 })
	};
}
